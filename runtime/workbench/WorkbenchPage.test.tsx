import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import requirements from '../../templates/forms/manufacturing.requirements.json' with { type: 'json' };
import { mockFetch, renderWithApp } from '../../tests/ui/harness';
import { WithSession } from '../fixtures';
import { demoBattleCards, demoChatText, demoQueue, demoSuggestions } from './fixtures';
import { WorkbenchPage } from './WorkbenchPage';

// jsdom renders of antd are slow on a busy machine: generous waits.
const SLOW = { timeout: 20_000 };
const LONG = 120_000;

function setup(
  over: (m: string, p: string, b: unknown) => { status: number; body?: unknown } | undefined = () =>
    undefined,
) {
  const puts: unknown[] = [];
  const touches: unknown[] = [];
  const fetchMock = mockFetch((method, path, body) => {
    const hit = over(method, path, body);
    if (hit) return hit;
    if (path === '/api/workbench/queue')
      return { status: 200, body: { now: new Date().toISOString(), items: demoQueue } };
    if (path.startsWith('/api/battle-report'))
      return { status: 200, body: { date: '2026-11-27', cards: demoBattleCards } };
    if (path.startsWith('/api/artifacts'))
      return {
        status: 200,
        body: {
          items: [
            {
              id: 't-req',
              kind: 'form-template',
              key: 'manufacturing.requirements',
              name: { zh: '需求表', en: 'Requirements' },
              publishedVersion: 1,
              latestVersion: 1,
              updatedAt: '',
            },
          ],
        },
      };
    if (path === '/api/forms/t-req')
      return {
        status: 200,
        body: { id: 't-req', key: 'manufacturing.requirements', version: 1, content: requirements.content },
      };
    if (path === '/api/extract/chat' && method === 'POST')
      return { status: 200, body: { suggestions: demoSuggestions } };
    if (path === '/api/forms/t-req/submissions/q-1' && method === 'GET')
      return { status: 404, body: { errors: [{ path: '', message: 'not found' }] } };
    if (path === '/api/forms/t-req/submissions/q-1' && method === 'PUT') {
      puts.push(body);
      return { status: 200, body: { completeness: 40, errors: [] } };
    }
    if (path === '/api/leads/q-1/touches' && method === 'POST') {
      touches.push(body);
      return {
        status: 201,
        body: {
          id: 't1',
          leadId: 'q-1',
          channel: 'call',
          at: '',
          note: null,
          transcript: null,
          keywords: { phrases: ['生产报工'], painPoints: [] },
          userId: null,
          userName: null,
          createdAt: '',
        },
      };
    }
    if (path.startsWith('/api/leads'))
      return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } };
    return undefined;
  });
  renderWithApp(
    <WithSession role="rep">
      <WorkbenchPage />
    </WithSession>,
    { route: '/workbench' },
  );
  return { fetchMock, puts, touches };
}

describe('W1 workbench page', () => {
  it(
    'W1: shows the queue most urgent first with grade reasons, and the battle report (W2)',
    async () => {
      setup();
      const queue = await screen.findByRole('listbox', { name: '我的待办队列' }, SLOW);
      const options = await within(queue).findAllByRole('option', undefined, SLOW);
      expect(options.map((o) => o.getAttribute('data-lead-id'))).toEqual(['q-1', 'q-2', 'q-3', 'q-4']);
      expect(options[0]!.textContent).toMatch(/华东精密MES项目.*已超时.*评级依据：注册资本≥5000万 \+30/s);
      expect(await screen.findByText(/2 条 A 类线索已在 30 分钟内触达/, undefined, SLOW)).toBeTruthy();
    },
    LONG,
  );

  it(
    'W1: j/k move through the queue and c logs a call in one step, showing key phrases',
    async () => {
      const { touches } = setup();
      const queue = await screen.findByRole('listbox', undefined, SLOW);
      await within(queue).findAllByRole('option', undefined, SLOW);
      fireEvent.keyDown(window, { key: 'j' });
      await waitFor(() =>
        expect(within(queue).getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true'),
      );
      fireEvent.keyDown(window, { key: 'k' });
      await waitFor(() =>
        expect(within(queue).getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true'),
      );
      fireEvent.keyDown(window, { key: 'c' });
      const drawer = await screen.findByRole('dialog', undefined, SLOW);
      expect(within(drawer).getByText(/记电话 · 华东精密MES项目/)).toBeTruthy();
      await userEvent.type(within(drawer).getByLabelText('跟进备注'), '客户希望下周演示');
      await userEvent.click(within(drawer).getByRole('button', { name: '保存跟进' }));
      await waitFor(() => expect(touches).toEqual([{ channel: 'call', note: '客户希望下周演示' }]));
      expect(await within(drawer).findByText('生产报工')).toBeTruthy();
    },
    LONG,
  );

  it(
    'W1: the signals action appears only for a lead with an opportunity',
    async () => {
      setup();
      const toolbar = await screen.findByRole('toolbar', undefined, SLOW);
      await waitFor(() => expect(within(toolbar).getByRole('button', { name: /需求表/ })).toBeTruthy());
      expect(within(toolbar).queryByRole('button', { name: /购买信号/ })).toBeNull();
      const queue = screen.getByRole('listbox');
      await userEvent.click((await within(queue).findAllByRole('option'))[1]!);
      expect(await within(toolbar).findByRole('button', { name: /购买信号/ })).toBeTruthy();
    },
    LONG,
  );

  it(
    'C7: paste a chat, accept two suggestions, write them into the form with their source line',
    async () => {
      // Label and text queries: role queries over the whole page are too slow in jsdom here.
      const { puts } = setup();
      await screen.findByText('华东精密MES项目', undefined, SLOW);
      fireEvent.keyDown(window, { key: 'p' });
      const box = screen.getByLabelText('粘贴微信/企业微信聊天记录');
      await waitFor(() => expect(document.activeElement).toBe(box));
      fireEvent.change(box, { target: { value: demoChatText } });
      fireEvent.click(screen.getByText('识 别').closest('button')!);
      const budget = await screen.findByLabelText('采纳 预算', undefined, SLOW);
      // Company name is not a field of the requirement form: it cannot be accepted.
      expect((screen.getByLabelText('采纳 公司名称') as HTMLButtonElement).disabled).toBe(true);
      fireEvent.click(budget);
      fireEvent.click(screen.getByLabelText('采纳 期望上线日期'));
      fireEvent.click((await screen.findByText('写入需求表（2 项）', undefined, SLOW)).closest('button')!);
      await waitFor(() => expect(puts).toHaveLength(1), SLOW);
      const put = puts[0] as {
        data: Record<string, unknown>;
        provenance: Record<string, { line: number; source: string }>;
      };
      expect(put.data).toEqual({ budget: 350000, expectedGoLive: '2027-03-15' });
      expect(put.provenance.budget).toMatchObject({ source: 'chat', line: 4 });
      expect(put.provenance.expectedGoLive).toMatchObject({ source: 'chat', line: 7 });
      expect(await screen.findByText(/已写入 2 项，需求完整度 40%/, undefined, SLOW)).toBeTruthy();
      // Written suggestions cannot be written twice.
      await waitFor(() =>
        expect((screen.getByLabelText('采纳 预算') as HTMLButtonElement).disabled).toBe(true),
      );
    },
    LONG,
  );

  it(
    'W1: shows error states with retry when the queue fails',
    async () => {
      setup((_m, p) =>
        p === '/api/workbench/queue'
          ? { status: 403, body: { errors: [{ path: '', message: '没有权限' }] } }
          : undefined,
      );
      expect(await screen.findByText('待办队列加载失败', undefined, SLOW)).toBeTruthy();
      expect(screen.getByRole('button', { name: '重 试' })).toBeTruthy();
    },
    LONG,
  );
});
