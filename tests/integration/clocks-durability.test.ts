// L5: clocks are rows, not timers — they survive a restart (overdue ones fire at once) and each
// ladder step fires exactly once, however many schedulers (or server processes) compete.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { startServer, type RunningServer } from '../../server';
import { createScheduler } from '../../server/clocks';
import { leadEvents, slaClocks } from '../../server/db/schema';
import { Client, pgUrl, sampleLead, startTestServer, TestClock } from './harness';
import { timeline, waitForEvent } from './clock-helpers';

const MIN = 60_000;

/** Storage that outlives a server: a PGlite folder, or a schema on TEST_DATABASE_URL. */
function durableStorage() {
  const url = pgUrl();
  if (url) {
    const pgSchema = `t_${randomBytes(6).toString('hex')}`;
    return {
      opts: { databaseUrl: url, pgSchema },
      cleanup: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${pgSchema} cascade`);
        await c.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'clocks-'));
  return { opts: { dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function login(srv: RunningServer) {
  const c = new Client(srv.url + '/api');
  const r = await c.post('/auth/login', { email: 'director@demo.local', password: 'demo1234' });
  expect(r.status).toBe(200);
  return c;
}

/** Every (clock, step) pair in the timeline at most once; returns how many ladder events there were. */
async function assertFiredOnce(srv: RunningServer) {
  const rows = await srv.ctx.db.select({ type: leadEvents.type, data: leadEvents.data }).from(leadEvents);
  const seen = new Map<string, number>();
  for (const r of rows) {
    const d = r.data as { clockId?: string; step?: number };
    if (!d.clockId || d.step === undefined) continue;
    const key = `${d.clockId}/${d.step}/${r.type}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const twice = [...seen].filter(([, n]) => n > 1);
  expect(twice).toEqual([]);
  return seen.size;
}

test('L5: clocks survive a restart; overdue steps fire at once after it', async () => {
  const storage = durableStorage();
  const clock = new TestClock();
  const start = () => startServer({ port: 0, serveUi: false, seedDemo: true, clock, ...storage.opts });
  let srv = await start();
  try {
    const r = await (await login(srv)).post('/leads', sampleLead());
    const id = r.body.id as string;
    await srv.close();
    clock.advance(3 * 60 * MIN); // the server is down while first_touch and tags run out
    const restartedAt = Date.now();
    srv = await start();
    const director = await login(srv);
    await waitForEvent(director, id, 'lead.reassigned', 3000);
    expect(Date.now() - restartedAt).toBeLessThan(3000);
    const types = (await timeline(director, id)).map((e) => e.type);
    for (const t of ['clock.warned', 'clock.breached', 'lead.escalated', 'lead.reassigned'])
      expect(types).toContain(t);
    await new Promise((res) => setTimeout(res, 500));
    // first_touch: warned, breached, escalated, reassigned (the reassignment restarts the others).
    expect(await assertFiredOnce(srv)).toBe(4);
  } finally {
    await srv.close().catch(() => undefined);
    await storage.cleanup();
  }
}, 30_000);

test('L5: competing schedulers on one database fire each step exactly once', async () => {
  const srv = await startTestServer({ scheduler: false });
  try {
    const director = await srv.as('director@demo.local');
    for (let i = 0; i < 20; i++) expect((await director.post('/leads', sampleLead())).status).toBe(201);
    srv.clock.advance(3 * 60 * MIN);
    const a = createScheduler(srv.ctx, { batchSize: 7 });
    const b = createScheduler(srv.ctx, { batchSize: 7 });
    // Both tick concurrently until nothing is due any more.
    for (let round = 0; round < 50; round++) {
      const [x, y] = await Promise.all([a.tick(), b.tick()]);
      if (x + y === 0) break;
    }
    // Per lead the first_touch ladder: warned, breached, escalated, reassigned at 60 min — the
    // reassignment gives the new owner fresh clocks, so the old tags/a_proposal ones never fire.
    expect(await assertFiredOnce(srv)).toBe(20 * 4);
    const reassigned = await srv.ctx.db
      .select({ leadId: leadEvents.leadId })
      .from(leadEvents)
      .where(eq(leadEvents.type, 'lead.reassigned'));
    expect(reassigned).toHaveLength(20);
    expect(new Set(reassigned.map((r) => r.leadId)).size).toBe(20);
    const open = await srv.ctx.db.select({ id: slaClocks.id, next: slaClocks.nextFireAt }).from(slaClocks);
    expect(open.filter((c) => c.next && c.next.getTime() <= srv.clock.now().getTime())).toEqual([]);
  } finally {
    await srv.close();
  }
}, 60_000);

const onPostgres = pgUrl() ? describe : describe.skip;
onPostgres('on PostgreSQL (TEST_DATABASE_URL)', () => {
  test('L5: two server processes on one schema fire each step exactly once', async () => {
    const srvA = await startTestServer({ schedulerIntervalMs: 20 });
    const schema = (await srvA.ctx.db.execute('select current_schema() as s')) as unknown as {
      rows: { s: string }[];
    };
    const srvB = await startServer({
      port: 0,
      serveUi: false,
      databaseUrl: pgUrl(),
      pgSchema: schema.rows[0]!.s,
      clock: srvA.clock,
      schedulerIntervalMs: 20,
    });
    try {
      const director = await srvA.as('director@demo.local');
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) ids.push((await director.post('/leads', sampleLead())).body.id);
      srvA.clock.advance(3 * 60 * MIN);
      for (const id of ids) await waitForEvent(director, id, 'lead.reassigned', 10_000);
      await new Promise((res) => setTimeout(res, 500));
      expect(await assertFiredOnce(srvA)).toBe(40 * 4);
    } finally {
      await srvB.close();
      await srvA.close();
    }
  }, 60_000);
});

if (!pgUrl())
  test('L5: exactly-once across two server processes needs PostgreSQL (set TEST_DATABASE_URL)', () => {
    // PGlite is one process's embedded database: the single-instance test above covers it.
    expect(pgUrl()).toBeNull();
  });
