// End to end in real Chromium (Debian `chromium` + playwright-core) against the real server,
// in-process, on an in-memory PGlite database with the demo organisation. Needs `npx vite build`
// (the server serves dist/public). Run: npm run test:browser
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningServer } from '../../server/index';
import { SHOTS, startStack } from './stack';

interface LeadsPage {
  items: { id: string; ownerId: string | null; company: { name: string } }[];
  total: number;
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

jest.setTimeout(90_000);

beforeAll(async () => {
  ({ server, browser } = await startStack());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function logIn(email: string, password: string) {
  await page.getByLabel(/邮箱|Email/).fill(email);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByLabel(/密码|Password/).press('Enter');
}

/** The API's view of the leads, fetched with the page's session cookie. */
function apiLeads(): Promise<LeadsPage> {
  return page.evaluate(async () => (await fetch('/api/leads?pageSize=100')).json() as Promise<LeadsPage>);
}

it('serves the login page in Chinese and switches to English', async () => {
  await page.goto(server.url + '/');
  await page.waitForURL('**/login');
  await page.getByRole('heading', { name: '登录' }).waitFor();
  await page.getByText('演示账号').waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await shot('login-zh');

  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByText('Demo accounts').waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  // The choice survives a reload.
  await page.reload();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
});

it('logs a rep in to their own leads, then out', async () => {
  await page.goto(server.url + '/login');
  await page.getByRole('button', { name: /rep1@demo\.local/ }).click();
  expect(await page.getByLabel('邮箱').inputValue()).toBe('rep1@demo.local');
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL('**/workbench');
  await page.getByRole('heading', { name: '我的线索' }).waitFor();

  const me = await page.evaluate(
    async () => (await fetch('/api/me')).json() as Promise<{ user: { id: string } }>,
  );
  const leads = await apiLeads();
  expect(leads.total).toBeGreaterThan(0);
  expect(leads.items.every((l) => l.ownerId === me.user.id)).toBe(true);

  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(Math.min(leads.total, 20));
  const table = await page.locator('.ant-table-tbody').innerText();
  for (const lead of leads.items.slice(0, 20)) expect(table).toContain(lead.company.name);
  expect(await page.getByRole('columnheader', { name: '负责人' }).count()).toBe(0);

  await page.locator('.ant-table-tbody .ant-tag').first().hover();
  await page.getByTestId('grade-details').waitFor();
  await shot('workbench-rep');

  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL('**/login');
  expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
});

it('says 邮箱或密码错误 for a wrong password', async () => {
  await page.goto(server.url + '/login');
  await logIn('rep1@demo.local', 'not-the-password');
  await page.getByRole('alert').filter({ hasText: '邮箱或密码错误' }).waitFor();
  expect(page.url()).toMatch(/\/login$/);
  await shot('login-error');
});

it('lands a director in the war room (/home), all leads one click away with owners and counts by class', async () => {
  await page.goto(server.url + '/login');
  await logIn('director@demo.local', 'demo1234');
  await page.waitForURL('**/home');
  await shot('home-director');
  await page.getByRole('menuitem', { name: /全部线索/ }).click();
  await page.waitForURL('**/leads');
  await page.getByRole('columnheader', { name: '负责人' }).waitFor();
  await page.getByText('按评级统计').waitFor();
  const leads = await apiLeads();
  const owners = new Set(leads.items.map((l) => l.ownerId).filter(Boolean));
  expect(owners.size).toBeGreaterThan(1);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await shot('leads-director');

  await page.getByRole('menuitem', { name: /配置中心/ }).click();
  await page.waitForURL('**/studio');
  await page.getByText('线索评级规则').first().waitFor();
  await page.locator('.ant-card[data-kind="grading-rules"] a').first().click();
  await page.getByText('版本历史').waitFor();
  await page.getByText('已发布内容').waitFor();
  await shot('studio-artifact-director');
});

it('fits a phone screen (375 px)', async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(server.url + '/login');
  await shot('login-phone');
  await logIn('rep1@demo.local', 'demo1234');
  await page.waitForURL('**/workbench');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Name, grade and status stay on screen without scrolling sideways.
  const tag = await page.locator('.ant-table-tbody tr.ant-table-row .ant-tag').first().boundingBox();
  expect(tag && tag.x + tag.width).toBeLessThanOrEqual(375);
  await shot('workbench-phone');
  await page.getByRole('button', { name: '导航菜单' }).click();
  await page.getByRole('menuitem', { name: /我的线索/ }).waitFor();
  await page.waitForTimeout(500); // let the drawer finish sliding in
  await shot('menu-phone');
});
