import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LoginPage } from '../../runtime/auth/LoginPage';
import { demoSession } from '../../runtime/fixtures';
import { mockFetch, renderWithApp, type FakeResponse } from './harness';

function renderLogin(login: (body: { email: string; password: string }) => FakeResponse) {
  let signedIn = false;
  const fetchMock = mockFetch((method, path, body) => {
    if (path === '/api/me') return signedIn ? { status: 200, body: demoSession('rep') } : { status: 401 };
    if (method === 'POST' && path === '/api/auth/login') {
      const res = login(body as { email: string; password: string });
      signedIn = res.status === 200;
      return res;
    }
    return undefined;
  });
  renderWithApp(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/workbench" element={<p>workbench page</p>} />
    </Routes>,
    { route: '/login' },
  );
  return fetchMock;
}

const submit = () => userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

describe('LoginPage', () => {
  it('requires an email and a password before calling the server', async () => {
    const fetchMock = renderLogin(() => ({ status: 200 }));
    await submit();
    expect(await screen.findByText('请输入邮箱')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/api/auth/login'))).toBe(false);
  });

  it('rejects a malformed email', async () => {
    renderLogin(() => ({ status: 200 }));
    await userEvent.type(screen.getByLabelText('邮箱'), 'not-an-email');
    await userEvent.type(screen.getByLabelText('密码'), 'x');
    await submit();
    expect(await screen.findByText('邮箱格式不正确')).toBeTruthy();
  });

  it('shows 邮箱或密码错误 on 401', async () => {
    renderLogin(() => ({ status: 401, body: { errors: [{ path: '', message: 'invalid credentials' }] } }));
    await userEvent.type(screen.getByLabelText('邮箱'), 'rep1@demo.local');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('邮箱或密码错误');
  });

  it('tells the user to wait on 429', async () => {
    renderLogin(() => ({ status: 429, body: { errors: [{ path: '', message: 'too many attempts' }] } }));
    await userEvent.type(screen.getByLabelText('邮箱'), 'rep1@demo.local');
    await userEvent.type(screen.getByLabelText('密码'), 'demo1234{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('尝试次数过多');
  });

  it('fills the form from a demo account and lands on the role home', async () => {
    const fetchMock = renderLogin((b) =>
      b.email === 'rep1@demo.local' && b.password === 'demo1234'
        ? { status: 200, body: { user: demoSession('rep').user } }
        : { status: 401 },
    );
    await userEvent.click(screen.getByRole('button', { name: /rep1@demo\.local/ }));
    expect((screen.getByLabelText('邮箱') as HTMLInputElement).value).toBe('rep1@demo.local');
    await submit();
    expect(await screen.findByText('workbench page')).toBeTruthy();
    const loginCall = fetchMock.mock.calls.find(([url]) => String(url) === '/api/auth/login');
    expect(loginCall?.[1]).toMatchObject({ method: 'POST', credentials: 'same-origin' });
  });
});
