// L1: an import job left "running" by a crash is reported failed when the server starts again.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer } from '../../server';
import { jobs } from '../../server/db/schema';
import { pgUrl } from './harness';

test('L1: a job left running by a crash is marked failed at startup', async () => {
  const databaseUrl = pgUrl();
  const pgSchema = databaseUrl ? `t_${randomBytes(6).toString('hex')}` : null;
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(tmpdir(), 'import-recovery-'));
  const start = () =>
    startServer({ port: 0, dataDir, databaseUrl, pgSchema, serveUi: false, scheduler: false });
  let srv: RunningServer = await start();
  try {
    const longAgo = new Date(srv.ctx.clock.now().getTime() - 3_600_000);
    const [job] = await srv.ctx.db
      .insert(jobs)
      .values({
        kind: 'lead_import',
        state: 'running',
        total: 100,
        processed: 40,
        accepted: 40,
        params: { heartbeatAt: longAgo.toISOString() },
        createdAt: longAgo,
        startedAt: longAgo,
      })
      .returning();
    await srv.close(); // "crash": the job never finishes
    srv = await start();
    const director = await fetch(`${srv.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'director@demo.local', password: 'demo1234' }),
    });
    const cookie = director.headers.get('set-cookie')!.split(';')[0]!;
    const r = await fetch(`${srv.url}/api/jobs/${job!.id}`, { headers: { cookie } });
    expect(await r.json()).toMatchObject({
      state: 'failed',
      processed: 40,
      accepted: 40,
      error: 'interrupted by a server restart: import the file again',
      finishedAt: expect.any(String),
    });
  } finally {
    await srv.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (databaseUrl && pgSchema) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${pgSchema} cascade`);
      await c.end();
    }
  }
});
