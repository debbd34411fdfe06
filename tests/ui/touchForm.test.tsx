import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LeadDetailPage } from '../../runtime/lead/LeadDetailPage';
import {
  WithSession,
  demoLeadDetail,
  demoProposals,
  demoTimeline,
  demoTouches,
} from '../../runtime/fixtures';
import { mockFetch, renderWithApp, type FakeApi } from './harness';

const SLOW = { timeout: 8000 };
const id = demoLeadDetail.id;
const base = `/api/leads/${id}`;

function api(onTouch: FakeApi): FakeApi {
  return (method, path, body) => {
    if (method === 'POST' && path === `${base}/touches`) return onTouch(method, path, body);
    if (path === base) return { status: 200, body: demoLeadDetail };
    if (path === `${base}/timeline`) return { status: 200, body: { items: demoTimeline } };
    if (path === `${base}/touches`) return { status: 200, body: { items: demoTouches } };
    if (path === `${base}/proposals`) return { status: 200, body: { items: demoProposals } };
    return undefined;
  };
}

function renderPage() {
  return renderWithApp(
    <WithSession role="rep">
      <Routes>
        <Route path="/leads/:id" element={<LeadDetailPage />} />
      </Routes>
    </WithSession>,
    { route: `/leads/${id}` },
  );
}

const form = () => screen.getByRole('form', { name: '记录跟进' }) as HTMLElement;

describe('L10: log a touch on the lead page', () => {
  it('sends the channel, note and transcript and shows the key phrases and pain points found', async () => {
    const fetchMock = mockFetch(
      api((_m, _p, body) => ({
        status: 201,
        body: {
          ...demoTouches[0],
          id: 't-new',
          channel: (body as { channel: string }).channel,
          keywords: {
            phrases: ['报价', '排产系统'],
            painPoints: [
              { keyword: '太贵', category: 'price', categoryLabel: { zh: '价格', en: 'Price' }, count: 2 },
            ],
          },
        },
      })),
    );
    renderPage();
    expect(await screen.findByRole('form', { name: '记录跟进' }, SLOW)).toBeTruthy();
    await userEvent.click(within(form()).getByText('微信'));
    await userEvent.click(within(form()).getByLabelText('跟进备注'));
    await userEvent.paste('客户觉得报价太贵,想先做试点');
    await userEvent.click(within(form()).getByText('粘贴通话/会议记录(自动提取关键词和痛点)'));
    await userEvent.click(within(form()).getByLabelText('通话或会议记录'));
    await userEvent.paste('客户:太贵了');
    await userEvent.click(within(form()).getByRole('button', { name: '保存跟进' }));

    const result = await screen.findByText('已记录微信跟进', undefined, SLOW);
    const alert = result.closest('.ant-alert') as HTMLElement;
    expect(alert.textContent).toContain('价格 · 太贵 ×2');
    expect(alert.textContent).toContain('排产系统');
    const post = fetchMock.mock.calls.find(([u, init]) => u === `${base}/touches` && init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      channel: 'wechat',
      note: '客户觉得报价太贵,想先做试点',
      transcript: '客户:太贵了',
    });
    // The lead (clocks), its touches and its timeline are fetched again.
    await waitFor(() =>
      expect(fetchMock.mock.calls.filter(([u]) => u === `${base}/timeline`).length).toBeGreaterThan(1),
    );
    expect((within(form()).getByLabelText('跟进备注') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the server error and keeps what was typed', async () => {
    mockFetch(
      api(() => ({ status: 400, body: { errors: [{ path: '/at', message: 'must not be in the future' }] } })),
    );
    renderPage();
    await screen.findByRole('form', { name: '记录跟进' }, SLOW);
    await userEvent.click(within(form()).getByLabelText('跟进备注'));
    await userEvent.paste('已电话沟通');
    await userEvent.click(within(form()).getByRole('button', { name: '保存跟进' }));
    expect(await within(form()).findByText('must not be in the future')).toBeTruthy();
    expect((within(form()).getByLabelText('跟进备注') as HTMLTextAreaElement).value).toBe('已电话沟通');
  });

  it('lists earlier touches with their pain points, and the clocks with countdowns', async () => {
    mockFetch(api(() => undefined));
    renderPage();
    const list = await screen.findByTestId('touch-list', undefined, SLOW);
    expect(list.textContent).toContain('排产靠 Excel');
    expect(list.textContent).toContain('实施周期 · 延期');
    const clocks = screen.getByTestId('sla-clocks');
    expect(clocks.querySelectorAll('[role="timer"]').length).toBe(4);
    expect(clocks.textContent).toContain('30分钟首次触达');
  });
});
