// W3 form runtime benchmark: a generated 300-field template rendered by our FormRenderer in real
// Chromium (playwright-core), keystroke → repaint work over 50 characters, and the same form as
// JSON Schema rendered by react-jsonschema-form (@rjsf/core + validator-ajv8) in the same run.
// Goals (issue 5): render < 200 ms, keystroke p95 < 16 ms.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = process.env.FORMS_BENCH_OUT ?? '/tmp/forms-bench-dist';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

type Row = { name: string; value: number; unit: string; p50?: number; p95?: number; p99?: number } & Record<
  string,
  unknown
>;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const median = (xs: number[]) => pct(xs, 50);
const r1 = (x: number) => Math.round(x * 10) / 10;

function build() {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(ROOT, 'tests/bench/forms-page/vite.config.ts'),
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, FORMS_BENCH_OUT: OUT },
    },
  );
}

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(OUT, path === '/' ? 'index.html' : path);
    if (!file.startsWith(OUT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/` });
    }),
  );
}

export async function benchForms(fields = 300, keystrokes = 50, renders = 7): Promise<Row[]> {
  if (!process.env.FORMS_BENCH_SKIP_BUILD) build();
  const { server, url } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${url}?n=${fields}`);
    await page.waitForFunction(
      () => (window as unknown as { __bench?: { ready: boolean } }).__bench?.ready === true,
    );
    const result: Record<
      string,
      { renders: number[]; all: number[]; fields: number; work: number[]; frame: number[] }
    > = {};
    for (const mode of (process.env.FORMS_BENCH_MODES ?? 'ours,rjsf').split(',')) {
      const times: number[] = [];
      const all: number[] = [];
      let mounted = 0;
      for (let i = 0; i < renders; i++) {
        const r: { first: number; all: number; fields: number } = await page.evaluate(
          (m) => (window as any).__bench.renderForm(m),
          mode,
        );
        times.push(r.first);
        all.push(r.all);
        mounted = r.fields;
      }
      // Typing starts once every field is mounted: the steady state of a fully rendered form.
      const typed = await page.evaluate(([m, n]) => (window as any).__bench.typeChars(m, n), [
        mode,
        keystrokes,
      ] as const);
      result[mode] = { renders: times, all, fields: mounted, ...typed };
    }
    if (process.env.FORMS_BENCH_MODES) {
      for (const [m, r] of Object.entries(result))
        console.log(
          m,
          r.fields,
          'render',
          r.renders.map(r1).join(' '),
          'all',
          r.all.map(r1).join(' '),
          'work p50/p95',
          r1(median(r.work)),
          r1(pct(r.work, 95)),
        );
      return rows;
    }
    const ours = result.ours!;
    const rjsf = result.rjsf!;
    const row = (name: string, xs: number[], extra: Record<string, unknown> = {}): Row => ({
      name,
      value: r1(median(xs)),
      unit: 'ms',
      p50: r1(median(xs)),
      p95: r1(pct(xs, 95)),
      p99: r1(pct(xs, 99)),
      ...extra,
    });
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    rows.push(
      row(`forms: ${fields}-field form, first paint (ours)`, ours.renders.slice(1), {
        cold: r1(ours.renders[0]!),
        goal: '< 200 ms',
      }),
    );
    rows.push(
      row(`forms: all ${ours.fields} visible fields mounted (ours)`, ours.all.slice(1), {
        cold: r1(ours.all[0]!),
      }),
    );
    rows.push(
      row(`forms: ${rjsf.fields}-field form rendered (rjsf, all at once)`, rjsf.renders.slice(1), {
        cold: r1(rjsf.renders[0]!),
      }),
    );
    rows.push(row(`forms: keystroke → repaint work (ours)`, ours.work, { goal: 'p95 < 16 ms', keystrokes }));
    rows.push(row(`forms: keystroke → repaint work (rjsf)`, rjsf.work, { keystrokes }));
    rows.push(row(`forms: keystroke → next frame (ours)`, ours.frame));
    rows.push(row(`forms: keystroke → next frame (rjsf)`, rjsf.frame));
    rows.push({
      name: 'forms: first-paint ratio rjsf / ours',
      value: ratio(median(rjsf.renders.slice(1)), median(ours.renders.slice(1))),
      unit: '×',
    });
    rows.push({
      name: 'forms: keystroke p50 ratio rjsf / ours',
      value: ratio(median(rjsf.work), median(ours.work)),
      unit: '×',
    });
    rows.push({
      name: 'forms: keystroke p95 ratio rjsf / ours',
      value: ratio(pct(rjsf.work, 95), pct(ours.work, 95)),
      unit: '×',
    });
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
