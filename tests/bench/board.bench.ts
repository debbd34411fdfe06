// GET /api/board for 200 reps over 1,000,000 touches (issue 3: p95 < 100 ms), on PGlite by default
// or on the PostgreSQL server named by BENCH_DATABASE_URL. The data is generated in SQL
// (generate_series), then the board is requested sequentially as a director (every rep's row).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { startServer } from '../../server';
import { signIn } from './sign-in';

const REPS = 200;
const LEADS_PER_REP = 100;
const UNTOUCHED_PER_REP = 30;
/** Touches per followed lead: 200 reps × 70 followed leads × 72 = 1,008,000 touches. */
const TOUCHES_PER_LEAD = Math.ceil(1_000_000 / (REPS * (LEADS_PER_REP - UNTOUCHED_PER_REP)));

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchBoard(requests = 50) {
  const databaseUrl = process.env.BENCH_DATABASE_URL || null;
  const dataDir = databaseUrl ? null : mkdtempSync(path.join(os.tmpdir(), 'board-bench-'));
  const pgSchema = databaseUrl ? `bench_board_${process.pid}` : null;
  const srv = await startServer({
    port: 0,
    dataDir,
    databaseUrl,
    pgSchema,
    seedDemo: true,
    serveUi: false,
    scheduler: false,
    notifyIntervalMs: 0,
  });
  try {
    const t0 = performance.now();
    const db = srv.ctx.db;
    const now = srv.ctx.clock.now().toISOString();
    await db.execute(sql`
      insert into teams (name, region, created_at)
      select 'bench-team-' || t, '华东', now() from generate_series(1, 10) t`);
    await db.execute(sql`
      insert into users (email, name, role, team_id, password_hash, created_at)
      select 'bench-rep-' || i || '@bench.local', '压测销售' || i, 'rep',
        (select id from teams where name = 'bench-team-' || (1 + i % 10)), 'x', now()
      from generate_series(1, ${REPS}) i`);
    await db.execute(sql`
      with r as (select id, row_number() over (order by id) as n from users where email like 'bench-rep-%')
      insert into customers (name, normalized_name, owner_id, created_at)
      select '压测客户' || r.n || '-' || j, 'bench' || r.n || '-' || j, r.id, now()
      from r cross join generate_series(1, ${LEADS_PER_REP}) j`);
    const [grading] = (
      (await db.execute(sql`select id from artifacts where kind = 'grading-rules' limit 1`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    // A lead per customer; the first 30 per rep are untouched, the rest were touched within 10 days.
    await db.execute(sql`
      insert into leads (customer_id, owner_id, status, name, company_name, channel, data, grade_class, grade_score,
        grade_hits, grade_artifact_id, grade_artifact_version, created_via, created_at, assigned_at)
      select c.id, c.owner_id,
        case when split_part(c.normalized_name, '-', 2)::int <= ${UNTOUCHED_PER_REP} then 'assigned' else 'contacted' end,
        c.name, c.name, 'expo_qr', '{}'::jsonb, 'B', 50, '[]'::jsonb, ${grading!.id}, 1, 'import',
        ${now}::timestamptz - interval '20 days', ${now}::timestamptz - interval '20 days'
      from customers c where c.normalized_name like 'bench%'`);
    await db.execute(sql`
      insert into touches (lead_id, customer_id, user_id, channel, at, note, created_at)
      select l.id, l.customer_id, l.owner_id, 'call',
        ${now}::timestamptz - ((g * 4 + (hashtext(l.id::text) & 255)) || ' hours')::interval, '电话跟进', now()
      from leads l cross join generate_series(1, ${TOUCHES_PER_LEAD}) g
      where l.status = 'contacted' and l.created_via = 'import'`);
    await db.execute(sql`
      update leads l set touched_at = t.last
      from (select lead_id, max(at) as last from touches group by lead_id) t
      where t.lead_id = l.id and l.status = 'contacted'`);
    await db.execute(sql`
      insert into proposals (lead_id, kind, token, title, sent_by, sent_at, first_viewed_at, view_count)
      select l.id, case when random() < 0.5 then 'proposal' else 'quote' end, md5(l.id::text), '方案', l.owner_id,
        ${now}::timestamptz - interval '3 days', case when random() < 0.6 then ${now}::timestamptz - interval '2 days' end, 0
      from leads l where l.status = 'contacted' and hashtext(l.id::text) % 4 = 0`);
    await db.execute(sql`
      insert into sla_clocks (lead_id, kind, policy_artifact_id, policy_version, state, started_at, due_at, owner_id, stopped_at)
      select l.id, k, ${grading!.id}, 1,
        case when l.status = 'assigned' then (case when random() < 0.2 then 'breached' else 'running' end) else 'met' end,
        l.created_at, l.created_at + interval '30 minutes' + (random() * interval '30 days'), l.owner_id,
        case when l.status = 'assigned' then null else l.created_at + interval '10 minutes' end
      from leads l cross join unnest(array['first_touch', 'tags', 'recycle']) k`);
    await db.execute(sql`analyze`);
    const [counts] = (
      (await db.execute(
        sql`select (select count(*) from touches)::int as touches, (select count(*) from leads)::int as leads`,
      )) as unknown as { rows: { touches: number; leads: number }[] }
    ).rows;
    const setupSeconds = (performance.now() - t0) / 1000;

    const cookie = await signIn(srv.url);
    const get = async () => {
      const s = performance.now();
      const r = await fetch(`${srv.url}/api/board`, { headers: { cookie } });
      const body = (await r.json()) as { rows: unknown[] };
      if (r.status !== 200 || body.rows.length < REPS) throw new Error(`board: ${r.status}`);
      return performance.now() - s;
    };
    for (let i = 0; i < 3; i++) await get(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < requests; i++) times.push(await get());
    times.sort((a, b) => a - b);
    const driver = databaseUrl ? 'PostgreSQL' : 'PGlite';
    return [
      {
        name: `board setup (${counts!.touches} touches, ${counts!.leads} leads)`,
        value: +setupSeconds.toFixed(1),
        unit: 's',
      },
      { name: `GET /api/board ${REPS} reps p50 (${driver})`, value: +pct(times, 50).toFixed(1), unit: 'ms' },
      { name: `GET /api/board ${REPS} reps p95 (${driver})`, value: +pct(times, 95).toFixed(1), unit: 'ms' },
    ];
  } finally {
    await srv.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl && pgSchema) {
      const pg = await import('pg');
      const c = new pg.default.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${pgSchema} cascade`);
      await c.end();
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  for (const r of await benchBoard())
    console.log(`${r.name.padEnd(56)} ${String(r.value).padStart(8)} ${r.unit}`);
}
