// F1/F4 end to end in Chromium: finance re-weights two signals of the signal model in the studio,
// simulates the draft (each deal's shift and the forecast delta), publishes it, and the forecast
// page shows the new number with what it rests on. Needs `npx vite build`. Run: npm run test:browser
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type Browser, type Page } from 'playwright-core';
import type { RunningServer } from '../../server/index';
import { SHOTS, startStack } from './stack';

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

jest.setTimeout(240_000);

beforeAll(async () => {
  ({ server, browser } = await startStack());
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

type ForecastBody = {
  total: number;
  model: { version: number };
  composition: { key: string; share: number }[];
};

it('F1/F4: finance re-weights signals, simulates, publishes, and the forecast page shows the new number', async () => {
  await page.goto(server.url + '/login');
  await page.getByLabel('邮箱').fill('finance@demo.local');
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const before = await page.evaluate(
    async () => (await (await fetch('/api/forecast')).json()) as ForecastBody,
  );
  const model = await page.evaluate(
    async () =>
      ((await (await fetch('/api/artifacts?kind=signal-model')).json()) as { items: { id: string }[] })
        .items[0]!,
  );

  // The studio's signal-model editor: UAT 25 → 15, CTO workshop 10 → 20 (the sum stays 100).
  await page.goto(`${server.url}/studio/${model.id}`);
  const uat = page.getByLabel('“客户开放UAT环境并运行核心流程”权重');
  await uat.waitFor();
  await uat.fill('15');
  await uat.press('Tab');
  const cto = page.getByLabel('“客户CTO参与技术研讨会”权重');
  await cto.fill('20');
  await cto.press('Tab');
  await shot('forecast-studio-weights');

  // Simulate the draft against every open deal.
  await page.getByRole('tab', { name: '模拟' }).click();
  await page.getByRole('button', { name: /运行模拟/ }).click();
  await page.getByTestId('signal-sim-result').waitFor();
  expect(await page.getByTestId('signal-sim-result').innerText()).toMatch(/个在途商机/);
  await shot('forecast-simulated');

  // Publish with a note.
  await page.getByRole('button', { name: /发布…/ }).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByLabel('发布说明').fill('CTO参与研讨会对赢单更有预测力，UAT权重下调');
  await modal.getByRole('button', { name: /^发\s?布$/ }).click();
  await page.getByText(/v\d+ 已发布/).waitFor();

  // The forecast page: the new number, by the new model version, with its composition.
  const after = await page.evaluate(
    async () => (await (await fetch('/api/forecast')).json()) as ForecastBody,
  );
  expect(after.model.version).toBe(before.model.version + 1);
  expect(after.total).not.toBeCloseTo(before.total, 0);
  await page.goto(`${server.url}/forecast`);
  await page.getByTestId('forecast-total').waitFor();
  const shown = await page.getByTestId('forecast-total').innerText();
  const wan = Math.round(after.total / 10_000).toLocaleString('zh-CN');
  expect(shown.replace(/\s/g, '')).toContain(`${wan}万`);
  await page.getByText(`信号模型 v${after.model.version}`).waitFor();
  const composition = await page.getByTestId('composition-list').innerText();
  expect(composition).toMatch(/% 来自本期已赢单的 \d+ 个商机/);
  expect(composition).toMatch(/来自 \d+ 个得分低于60的商机/);
  await page.getByTestId('composition-chart').waitFor();
  await shot('forecast-page');

  // A deal expands into its signals with the probability's band, sample and interval.
  await page.locator('[data-testid="forecast-deals"] .ant-table-row-expand-icon').first().click();
  await page.getByTestId('signals-panel').first().waitFor();
  expect(await page.getByTestId('deal-probability').first().innerText()).toMatch(/\d+%.*n=\d+/s);
  await shot('forecast-deal-signals');
  expect(pageErrors).toEqual([]);
});
