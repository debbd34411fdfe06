// What every browser test starts from: the built UI served by a real server (in-memory PGlite,
// demo data) and Debian's Chromium driven by playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/index';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Screenshots land here (git-ignored). */
export const SHOTS = join(ROOT, 'tests', '.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out on a closed network.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function startStack(): Promise<{ server: RunningServer; browser: Browser }> {
  if (!existsSync(join(ROOT, 'dist', 'public', 'index.html'))) {
    throw new Error('dist/public is missing: run `npx vite build` (npm run build) before the browser tests');
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer({ port: 0, dataDir: null, seedDemo: true, serveUi: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return { server, browser };
}

/** A pointer drag in small steps (dnd-kit's PointerSensor starts after 4 px). */
export async function pointerDrag(page: Page, from: Locator, to: Locator) {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 20 });
  await page.waitForTimeout(150);
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2, { steps: 2 });
  await page.mouse.up();
}
