// S1/S3 end to end in Chromium: a delivery lead opens the requirement form template in /studio,
// drags a field type from the palette onto a section (dnd-kit pointer sensor), names it in the
// properties panel, sees it in the live preview (runtime/forms renderer), publishes with a note;
// the forms API then serves the published template with the new field. Needs `npx vite build`.
// Run: npm run test:browser -- --testPathPatterns studio-forms
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type Browser, type Page } from 'playwright-core';
import type { RunningServer } from '../../server/index';
import { pointerDrag, SHOTS, startStack } from './stack';

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

jest.setTimeout(180_000);

beforeAll(async () => {
  ({ server, browser } = await startStack());
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

it('S1: a delivery lead drags a field onto the template, publishes, and the form shows it', async () => {
  await page.goto(server.url + '/login');
  await page.getByLabel('邮箱').fill('delivery@demo.local');
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const form = await page.evaluate(async () =>
    (
      (await (await fetch('/api/artifacts?kind=form-template')).json()) as {
        items: { id: string; key: string; publishedVersion: number }[];
      }
    ).items.find((i) => i.key === 'generic.requirements')!,
  );

  await page.goto(`${server.url}/studio/${form.id}`);
  await page.getByText('字段类型').first().waitFor();
  const section = page.getByTestId('section-background');
  await section.waitFor();

  // Drag the rating type onto the first section's drop zone.
  await pointerDrag(
    page,
    page.getByRole('button', { name: '拖动“评分”字段类型' }),
    section.locator('[data-testid^="fdrop:"]'),
  );
  const field = section.getByTestId('field-rating1');
  await field.waitFor();
  const props = page.getByTestId('field-properties');
  await props.getByLabel('标签 中文').fill('客户意向评分');
  await props.getByLabel('标签 英文').fill('Customer intent rating');
  await shot('studio-forms-dropped');

  // The live preview renders the template with the new field.
  await page.getByRole('tab', { name: '实时预览' }).click();
  await page.getByTestId('form-preview').getByText('客户意向评分').waitFor();
  await shot('studio-forms-preview');

  // Publish with a note (saves the draft first).
  await page.getByRole('button', { name: /发布…/ }).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByLabel('发布说明').fill('需求表增加客户意向评分');
  await modal.getByRole('button', { name: /^发\s?布$/ }).click();
  await page.getByText(/v\d+ 已发布/).waitFor();

  const published = await page.evaluate(
    async (id) =>
      (await (await fetch(`/api/forms/${id}`)).json()) as {
        version: number;
        content: {
          sections: { id: string; fields: { key: string; type: string; label: { zh: string } }[] }[];
        };
      },
    form.id,
  );
  expect(published.version).toBeGreaterThan(form.publishedVersion);
  const bg = published.content.sections.find((s) => s.id === 'background')!;
  expect(bg.fields.at(-1)).toMatchObject({ key: 'rating1', type: 'rating', label: { zh: '客户意向评分' } });
  await shot('studio-forms-published');
  expect(pageErrors).toEqual([]);
});
