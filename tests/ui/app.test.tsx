import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { AppRoutes } from '../../runtime/app/AppRoutes';
import type { Role } from '../../runtime/api/types';
import {
  demoArtifacts,
  demoGradingDetail,
  demoLeads,
  demoRepLeads,
  demoSession,
  demoVersions,
} from '../../runtime/fixtures';
import { StudioRoutes } from '../../studio';
import { mockFetch, renderWithApp, type FakeApi } from './harness';

function Where() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

function api(role: Role | null, overrides: FakeApi = () => undefined): FakeApi {
  return (method, path, body) => {
    const hit = overrides(method, path, body);
    if (hit) return hit;
    if (path === '/api/me') return role ? { status: 200, body: demoSession(role) } : { status: 401 };
    if (path.startsWith('/api/leads')) {
      const q = new URLSearchParams(path.split('?')[1] ?? '');
      const all = role === 'rep' ? demoRepLeads : demoLeads;
      const items = all.filter((l) => !q.get('grade') || l.grade?.class === q.get('grade'));
      const pageSize = Number(q.get('pageSize') ?? 20);
      return {
        status: 200,
        body: { items: items.slice(0, pageSize), total: items.length, page: 1, pageSize },
      };
    }
    if (path === '/api/artifacts') return { status: 200, body: { items: demoArtifacts } };
    if (path === '/api/artifacts/a-grading') return { status: 200, body: demoGradingDetail };
    if (path === '/api/artifacts/a-grading/versions') return { status: 200, body: { items: demoVersions } };
    return undefined;
  };
}

function renderApp(route: string) {
  return renderWithApp(
    <>
      <AppRoutes studio={<StudioRoutes />} />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { route },
  );
}

// antd's first table render in jsdom takes a while, longer on a loaded 2-core CI machine.
const SLOW = { timeout: 15_000 };
const path = () => screen.getByTestId('path').textContent;

describe('app routes', () => {
  it('sends anonymous users to /login', async () => {
    mockFetch(api(null));
    renderApp('/workbench');
    expect(await screen.findByText('演示账号')).toBeTruthy();
    expect(path()).toBe('/login');
  });

  it('takes a rep from / to /workbench with their own leads', async () => {
    mockFetch(api('rep'));
    renderApp('/');
    expect(await screen.findByText('苏州精密制造有限公司', undefined, SLOW)).toBeTruthy();
    expect(path()).toBe('/workbench');
    expect(screen.queryByText('杭州安康医疗器械股份有限公司')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '负责人' })).toBeNull();
  });

  it('W1: a manager starts in the war room (/home), with all leads one click away', async () => {
    mockFetch(api('manager'));
    renderApp('/');
    await waitFor(() => expect(path()).toBe('/home'), SLOW);
    expect(await screen.findByRole('menuitem', { name: /全部线索/ }, SLOW)).toBeTruthy();
  });

  it('shows a manager every lead with owners and counts by class', async () => {
    mockFetch(api('manager'));
    renderApp('/leads');
    expect(await screen.findByText('杭州安康医疗器械股份有限公司', undefined, SLOW)).toBeTruthy();
    expect(path()).toBe('/leads');
    expect(screen.getByRole('columnheader', { name: '负责人' })).toBeTruthy();
    const summary = screen.getByText('按评级统计').closest('.ant-card') as HTMLElement;
    await waitFor(
      () => expect(within(summary).getByText('合计').closest('.ant-statistic')?.textContent).toContain('8'),
      SLOW,
    );
  });

  it('returns to /login when the session expires (401)', async () => {
    let expired = false;
    mockFetch(api('rep', (_m, p) => (expired && p !== '/api/me' ? { status: 401 } : undefined)));
    renderApp('/workbench');
    expect(await screen.findByText('苏州精密制造有限公司', undefined, SLOW)).toBeTruthy();
    expired = true;
    await userEvent.type(screen.getByPlaceholderText('搜索姓名或公司'), '张伟{Enter}');
    await waitFor(() => expect(path()).toBe('/login'));
  });

  it('logs out to /login', async () => {
    let signedIn = true;
    const fetchMock = mockFetch(
      api('rep', (m, p) => {
        if (p === '/api/me' && !signedIn) return { status: 401 };
        if (m === 'POST' && p === '/api/auth/logout') {
          signedIn = false;
          return { status: 204 };
        }
        return undefined;
      }),
    );
    renderApp('/workbench');
    await userEvent.click(await screen.findByRole('button', { name: /退出登录/ }));
    await waitFor(() => expect(path()).toBe('/login'));
    expect(await screen.findByText('演示账号')).toBeTruthy();
    expect(
      fetchMock.mock.calls.some(([u, init]) => u === '/api/auth/logout' && init?.method === 'POST'),
    ).toBe(true);
  });

  it('forbids a rep from /leads and shows 404 for unknown pages', async () => {
    mockFetch(api('rep'));
    const { unmount } = renderApp('/leads');
    expect(await screen.findByText('没有访问权限')).toBeTruthy();
    unmount();
    renderApp('/no-such-page');
    expect(await screen.findByText('页面不存在')).toBeTruthy();
  });

  it('gives delivery a home with their artefacts and an explanation', async () => {
    mockFetch(api('delivery'));
    renderApp('/');
    expect(await screen.findByText('交付负责人工作台')).toBeTruthy();
    expect(await screen.findByText('制造业需求调研表')).toBeTruthy();
    expect(screen.queryByText('默认线索评级规则')).toBeNull();
    expect(screen.getAllByText('可编辑').length).toBeGreaterThan(0);
  });

  it('S2: shows an artefact read-only to a role that may not edit it', async () => {
    mockFetch(api('consultant'));
    renderApp('/studio/a-grading');
    expect(await screen.findByText('默认线索评级规则')).toBeTruthy();
    expect(screen.getAllByText('只读').length).toBeGreaterThan(0);
  });
});
