// A rep's day on the workbench (W1, W2, C7), end to end in real Chromium against the real server
// (in-process, in-memory PGlite, demo organisation): a lead posted through the API pops up within
// seconds, the rep logs a call, pastes a WeChat chat and accepts two suggestions (plus the decision
// flow) into the requirement form, sends a quote; the battle report and the board follow.
// Needs `npm run build`. Run: npm run test:browser -- tests/browser/rep-day.test.ts
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHAT_SAMPLES } from '../../engine/chat/samples';
import type { RunningServer } from '../../server/index';
import { SHOTS, startStack } from './stack';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

jest.setTimeout(240_000);

beforeAll(async () => {
  ({ server, browser } = await startStack());
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string, width = 1360, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${email}: ${e.message}`));
  await page.goto(server.url + '/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const apiJson = <T>(page: Page, path: string, init?: { method: string; body: unknown }) =>
  page.evaluate(
    async ([p, i]) => {
      const r = await fetch(
        p,
        i
          ? {
              method: i.method,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(i.body),
            }
          : undefined,
      );
      return r.json();
    },
    [path, init] as const,
  ) as Promise<T>;

interface BoardRow {
  repId: string;
  repName: string;
  pendingLeads: number;
  light: 'green' | 'amber' | 'red';
}

it('W1 W2 C7: a rep runs the day from the workbench', async () => {
  const rep = await signedIn('rep1@demo.local');
  await rep.waitForURL('**/workbench');
  await rep.locator('[role="status"][data-state="open"]').waitFor({ timeout: 15_000 });
  const me = await apiJson<{ user: { id: string; name: string } }>(rep, '/api/me');
  const director = await signedIn('director@demo.local');
  const boardBefore = (await apiJson<{ rows: BoardRow[] }>(director, '/api/board')).rows.find(
    (r) => r.repId === me.user.id,
  )!;

  // A manufacturing lead from the expo goes to rep1 (the manufacturing route) and pops up.
  const company = `苏州华东精密机械${Date.now() % 100000}有限公司`;
  const posted = Date.now();
  const lead = await apiJson<{ id: string; ownerId: string }>(director, '/api/leads', {
    method: 'POST',
    body: {
      name: '张伟',
      company: { name: company, registeredCapital: 80_000_000, industry: 'manufacturing', province: '江苏' },
      contact: { name: '张伟', title: 'IT负责人', phone: `139${String(posted % 1e8).padStart(8, '0')}` },
      source: { channel: 'expo_qr', campaign: '2026工博会' },
      behaviour: { dwellSeconds: 300, pageViews: 8, requestedDemo: true },
    },
  });
  expect(lead.ownerId).toBe(me.user.id);
  const popup = rep.getByTestId('new-lead-popup').filter({ hasText: company }).first();
  await popup.waitFor({ timeout: 10_000 });
  const popupSeconds = (Date.now() - posted) / 1000;
  expect(popupSeconds).toBeLessThan(10);
  const item = rep.locator(`[data-lead-id="${lead.id}"]`);
  await item.waitFor({ timeout: 10_000 });
  const pending = (await apiJson<{ rows: BoardRow[] }>(director, '/api/board')).rows.find(
    (r) => r.repId === me.user.id,
  )!;
  expect(pending.pendingLeads).toBe(boardBefore.pendingLeads + 1);
  await shot(rep, 'rep-day-1-popup');
  // Dismiss the pop-ups (they stay until closed) and pick the new lead in the queue.
  for (const close of await rep.locator('.ant-notification-notice-close').all()) await close.click();
  await item.click();

  // Log a call with the keyboard: c, type, save; the key phrases come back at once.
  await rep.keyboard.press('c');
  const drawer = rep.getByRole('dialog');
  await drawer
    .getByLabel('跟进备注')
    .fill('张总说生产报工全靠纸质单据，交期经常延误，希望上MES并和用友U8对接');
  await drawer.getByRole('button', { name: '保存跟进' }).click();
  await drawer.getByText('已记录').or(drawer.locator('.ant-alert-success')).first().waitFor();
  await rep.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  // Paste the customer's WeChat chat and accept two suggestions, then the decision flow.
  await rep.keyboard.press('p');
  await rep.getByLabel('粘贴微信/企业微信聊天记录').fill(CHAT_SAMPLES[0]!.text);
  await rep.getByRole('button', { name: '识 别' }).click();
  await rep.getByLabel('采纳 预算').click();
  await rep.getByLabel('采纳 期望上线日期').click();
  await rep.getByRole('button', { name: /写入需求表（2 项）/ }).click();
  await rep.getByText(/已写入 2 项，需求完整度 \d+%/).waitFor();
  await rep.getByLabel('采纳 决策流程').click();
  await rep.getByRole('button', { name: /写入需求表（1 项）/ }).click();
  await rep.getByText(/已写入 1 项/).waitFor();
  await shot(rep, 'rep-day-2-chat');

  // The requirement form holds the accepted values, with provenance, and the decision flow.
  const forms = await apiJson<{ items: { id: string; key: string; publishedVersion: number | null }[] }>(
    rep,
    '/api/artifacts?kind=form-template',
  );
  const template = forms.items.find((a) => a.key === 'manufacturing.requirements')!;
  const saved = await apiJson<{ data: Record<string, any>; provenance: Record<string, any> }>(
    rep,
    `/api/forms/${template.id}/submissions/${lead.id}`,
  );
  expect(saved.data.budget).toBe(350000);
  expect(saved.data.expectedGoLive).toBe('2027-03-15');
  expect(saved.data.decisionFlow.nodes.map((n: { name: string }) => n.name)).toEqual(
    expect.arrayContaining(['张伟', '李强']),
  );
  expect(saved.provenance.budget).toMatchObject({ source: 'chat', line: 4 });
  await rep.keyboard.press('f');
  await rep.getByRole('dialog').getByText('李强').first().waitFor();
  await shot(rep, 'rep-day-3-form');
  await rep.keyboard.press('Escape');

  // Send a quote: a tracked link, and the 3-day clock starts.
  await rep.keyboard.press('q');
  const quote = rep.getByRole('dialog');
  await quote.getByText('报价', { exact: true }).click();
  await quote.getByLabel('标题').fill('MES一期实施报价');
  await quote.getByRole('button', { name: /发送/ }).click();
  await quote.getByText('MES一期实施报价').first().waitFor();
  await rep.keyboard.press('Escape');

  // Today's battle report names what the rep's input caused.
  const report = await apiJson<{ cards: { kind: string; names: string[] }[] }>(rep, '/api/battle-report');
  expect(report.cards.map((c) => c.kind)).toEqual(
    expect.arrayContaining(['touches', 'proposalsSent', 'requirementsSynced']),
  );
  await rep.reload();
  await rep.getByText(/已同步给产品顾问/).waitFor({ timeout: 15_000 });
  await shot(rep, 'rep-day-4-battle-report');

  // The board: the new lead was touched, so the rep's pending count is back where it was, and the
  // light on screen is the light the API computes.
  const after = (await apiJson<{ rows: BoardRow[] }>(director, '/api/board')).rows.find(
    (r) => r.repId === me.user.id,
  )!;
  expect(after.pendingLeads).toBe(boardBefore.pendingLeads);
  await director.goto(server.url + '/board');
  const row = director.locator('tr', { hasText: me.user.name });
  await row.locator(`[data-light="${after.light}"]`).first().waitFor();
  await shot(director, 'rep-day-5-board');
  console.log(
    `rep day: pop-up after ${popupSeconds.toFixed(1)} s; board light for ${me.user.name}: ${boardBefore.light} → ${after.light}`,
  );
  expect(pageErrors).toEqual([]);
});
