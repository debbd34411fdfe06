// L1 import: a 100,000-row CSV through POST /api/leads/import on PGlite keeping its files in a
// folder, as `npm start` does (every row graded, deduped and assigned by the same ingest path as
// the API), with RSS sampled during the run to show that memory stays flat. Bounded: stops
// waiting after `maxSeconds` and reports the rate so far.
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../server';
import { signIn } from './sign-in';

const INDUSTRIES = [
  '制造业',
  '医疗器械',
  'SaaS软件服务',
  '物流',
  '教育',
  '政府与公共事业',
  '新能源汽车',
  '金融',
];
const CHANNELS = ['展会扫码', '官网表单', '线上研讨会', '客户转介绍', '广告投放'];

export async function writeLeadCsv(file: string, rows: number): Promise<void> {
  const lines = ['姓名,公司名称,手机,邮箱,行业,省份,注册资本(万元),来源渠道,停留时长,浏览页数,下载白皮书'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        `客户${i}`,
        `导入压测${i}科技有限公司`,
        `13${String(100_000_000 + i).slice(-9)}`,
        i % 3 ? '' : `c${i}@bench.cn`,
        INDUSTRIES[i % INDUSTRIES.length],
        i % 2 ? '江苏' : '广东',
        (i % 50) * 100,
        CHANNELS[i % CHANNELS.length],
        i % 400,
        i % 12,
        i % 3 ? '否' : '是',
      ].join(','),
    );
  }
  await writeFile(file, '\uFEFF' + lines.join('\n') + '\n');
}

export async function benchImport(rows = 100_000, maxSeconds = 120) {
  const dir = await mkdtemp(path.join(tmpdir(), 'import-bench-'));
  const file = path.join(dir, 'leads.csv');
  await writeLeadCsv(file, rows);
  const srv = await startServer({ port: 0, dataDir: path.join(dir, 'db'), seedDemo: true, serveUi: false });
  try {
    const cookie = await signIn(srv.url);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = performance.now();
    const form = new FormData();
    form.append('file', await openAsBlob(file), 'leads.csv');
    const accepted = await fetch(`${srv.url}/api/leads/import`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    const reply = (await accepted.json()) as { jobId: string };
    if (accepted.status !== 202)
      throw new Error(`import refused: ${accepted.status} ${JSON.stringify(reply)}`);
    const { jobId } = reply;
    let job: { state: string; processed: number; accepted: number; rejected: number; total: number };
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      job = await (await fetch(`${srv.url}/api/jobs/${jobId}`, { headers: { cookie } })).json();
      if (job.state === 'done' || job.state === 'failed') break;
      if (performance.now() - started > maxSeconds * 1000) break;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const finished = job.state === 'done';
    if (!finished) await stopImport(srv);
    const mb = (b: number) => Math.round(b / 2 ** 20);
    return [
      {
        name: `import ${rows.toLocaleString('en')} rows: state`,
        value: job.state,
        unit: `${job.processed}/${job.total} rows`,
      },
      { name: 'import rows/s', value: Math.round(job.processed / seconds), unit: 'rows/s' },
      {
        name: finished ? 'import total time' : `import projected time (stopped after ${maxSeconds} s)`,
        value: +(finished ? seconds : (seconds * job.total) / Math.max(1, job.processed)).toFixed(1),
        unit: 's',
      },
      { name: 'import accepted / rejected', value: `${job.accepted}/${job.rejected}`, unit: 'rows' },
      { name: 'import RSS before', value: mb(rssBefore), unit: 'MiB' },
      { name: 'import peak RSS during run', value: mb(peak), unit: 'MiB' },
    ];
  } finally {
    await srv.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

/** A bounded run that gave up: let the job notice the closed database rather than keep going. */
async function stopImport(srv: Awaited<ReturnType<typeof startServer>>) {
  srv.ctx.log = { info: () => {}, error: () => {} };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [rows, max] = process.argv.slice(2).map(Number);
  for (const r of await benchImport(rows || undefined, max || undefined)) console.log(r);
}
