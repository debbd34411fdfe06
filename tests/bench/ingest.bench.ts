// Lead ingest through the real HTTP API, beside GET /api/health in the same run (the machine's
// own baseline: one `select 1` per request), so the ratio means something on a noisy 2-core box.
// The clients run in a separate process (http-load.ts). Per database: health closed loop, leads
// closed loop (sustained leads/s), leads open loop at a fixed 300/s (latency at the goal's rate,
// L1). On PGlite by default, and also on the PostgreSQL server named by BENCH_DATABASE_URL.
import pg from 'pg';
import { startServer } from '../../server';
import { load } from './http-load';
import { signIn } from './sign-in';

export async function benchIngest(seconds = 8, connections = 64) {
  const rows = await ingestOn(null, seconds, connections, 'PGlite');
  // The same on PGlite kept on the main thread (PGLITE_THREAD=0), side by side in this run.
  const before = process.env.PGLITE_THREAD;
  process.env.PGLITE_THREAD = '0';
  try {
    rows.push(...(await ingestOn(null, seconds, connections, 'PGlite, main thread')));
  } finally {
    if (before === undefined) delete process.env.PGLITE_THREAD;
    else process.env.PGLITE_THREAD = before;
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (url) rows.push(...(await ingestOn(url, seconds, connections, 'PostgreSQL')));
  return rows;
}

async function ingestOn(databaseUrl: string | null, seconds: number, connections: number, db: string) {
  const pgSchema = databaseUrl ? `bench_ingest_${process.pid}` : null;
  const srv = await startServer({
    port: 0,
    dataDir: null,
    databaseUrl,
    pgSchema,
    seedDemo: true,
    serveUi: false,
  });
  try {
    const cookie = await signIn(srv.url);
    const base = { url: srv.url, seconds, connections, cookie };
    const health = await load({ ...base, kind: 'health' });
    const ingest = await load({ ...base, kind: 'lead' });
    const paced = await load({ ...base, kind: 'lead', rate: 300, offset: 10_000_000 });
    return [
      {
        name: `GET /api/health (${db})`,
        value: Math.round(health.perSecond),
        unit: 'req/s',
        p50: health.p50,
        p99: health.p99,
      },
      {
        name: `POST /api/leads closed loop (${db})`,
        value: Math.round(ingest.perSecond),
        unit: 'leads/s',
        p50: ingest.p50,
        p99: ingest.p99,
        errors: ingest.errors,
      },
      {
        name: `POST /api/leads at 300/s open loop (${db})`,
        value: Math.round(paced.perSecond),
        unit: 'leads/s',
        p50: paced.p50,
        p99: paced.p99,
        errors: paced.errors,
      },
      {
        name: `ingest / health ratio (${db})`,
        value: +(ingest.perSecond / health.perSecond).toFixed(3),
        unit: '',
      },
    ];
  } finally {
    await srv.close();
    if (databaseUrl && pgSchema) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${pgSchema} cascade`);
      await c.end();
    }
  }
}
