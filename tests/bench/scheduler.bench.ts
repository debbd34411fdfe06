// Clock scheduler under load (issue 3 "Measured"): 100,000 open clocks, all due within a short
// window, on a PGlite folder; the server is restarted in the middle of the window. Reports the
// firing lag (fire time − due time) p50/p99 and asserts that no ladder step fired twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { startServer, type RunningServer } from '../../server';

const KINDS = [
  // kind, allowed seconds, ladder index of the breach step in the default sla-policy
  ['assign', 300, 0],
  ['first_touch', 1800, 1],
  ['tags', 7200, 1],
  ['a_proposal', 7200, 1],
  ['quote_feedback', 259_200, 1],
] as const;

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

export async function seedClocks(srv: RunningServer, total: number, dueFrom: number, windowMs: number) {
  const db = srv.ctx.db;
  const leadsNeeded = Math.ceil(total / KINDS.length);
  const [policy] = rowsOf<{ id: string; version: number }>(
    await db.execute(sql`select a.id, v.version from artifacts a join artifact_versions v
      on v.artifact_id = a.id and v.state = 'published' where a.kind = 'sla-policy'`),
  );
  const templates = rowsOf<{ id: string }>(
    await db.execute(sql`select id from leads where owner_id is not null order by created_at limit 4`),
  );
  const perTemplate = Math.ceil(leadsNeeded / templates.length);
  if (!process.env.SCHED_BENCH_AGENDA)
    // Measure the scheduler alone: the morning-agenda build (services/agenda.ts) runs 2 s after
    // every start and, over this many breached clocks, holds PGlite's one connection for seconds.
    await db.execute(sql`update artifact_versions set content = jsonb_set(content, '{agenda,enabled}', 'false')
      where state = 'published' and artifact_id in (select id from artifacts where kind = 'board-policy')`);
  await db.execute(sql`insert into leads (customer_id, owner_id, status, name, company_name, channel, data,
      grade_class, grade_score, grade_hits, grade_artifact_id, grade_artifact_version, tags, created_via, created_at)
    select customer_id, owner_id, 'assigned', name || g, company_name, channel, data, grade_class, grade_score,
      grade_hits, grade_artifact_id, grade_artifact_version, tags, 'bench', created_at
    from leads, generate_series(1, ${perTemplate}) g
    where id in (${sql.join(
      templates.map((t) => sql`${t.id}::uuid`),
      sql`, `,
    )})`);
  const values = sql.join(
    KINDS.map(([k, s, step]) => sql`(${k}, ${s}::int, ${step}::int)`),
    sql`, `,
  );
  await db.execute(sql`insert into sla_clocks (lead_id, kind, policy_artifact_id, policy_version, state,
      started_at, due_at, next_fire_at, ladder_step, owner_id)
    select lead_id, kind, ${policy!.id}::uuid, ${policy!.version}::int, 'running',
      due - make_interval(secs => secs), due, due, step, owner_id
    from (select l.id as lead_id, l.owner_id, k.kind, k.secs, k.step,
        to_timestamp((${dueFrom}::float8 + floor(random() * ${windowMs})) / 1000) as due
      from (select id, owner_id from leads where created_via = 'bench' limit ${leadsNeeded}) l
      cross join (values ${values}) as k(kind, secs, step)) x
    limit ${total}`);
}

async function stats(srv: RunningServer, restartFrom: number, restartTo: number) {
  const [s] = rowsOf<Record<string, number | string>>(
    await srv.ctx.db.execute(sql`with f as (
        select data->>'clockId' as clock, at,
          extract(epoch from at - (data->>'scheduledFor')::timestamptz) * 1000 as lag,
          (data->>'scheduledFor')::timestamptz as due
        from lead_events where type = 'clock.breached')
      select count(*)::int as fired, count(distinct clock)::int as clocks,
        percentile_cont(0.5) within group (order by lag) as p50,
        percentile_cont(0.99) within group (order by lag) as p99,
        max(lag) as max,
        percentile_cont(0.99) within group (order by lag) filter (where due < to_timestamp(${restartFrom}::float8 / 1000)
          or due > to_timestamp(${restartTo}::float8 / 1000)) as p99_up
      from f`),
  );
  return s!;
}

export async function benchScheduler(total = 100_000, windowMs = 60_000) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sched-bench-'));
  const start = (scheduler: boolean) =>
    startServer({ port: 0, dataDir, seedDemo: true, serveUi: false, scheduler, schedulerIntervalMs: 100 });
  let srv = await start(false);
  try {
    const t0 = Date.now();
    const dueFrom = t0 + 15_000;
    await seedClocks(srv, total, dueFrom, windowMs);
    const seeded = Date.now() - t0;
    await srv.close();
    srv = await start(true);
    // Restart in the middle of the window.
    await new Promise((r) => setTimeout(r, Math.max(0, dueFrom + windowMs / 2 - Date.now())));
    const restartFrom = Date.now();
    await srv.close();
    srv = await start(true);
    const restartTo = Date.now();
    const deadline = dueFrom + windowMs + 120_000;
    for (;;) {
      const [left] = rowsOf<{ n: number }>(
        await srv.ctx.db.execute(sql`select count(*)::int as n from sla_clocks where state = 'running'`),
      );
      if (Number(left!.n) === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 2000));
    }
    const s = await stats(srv, restartFrom, restartTo);
    if (process.env.SCHED_BENCH_DEBUG)
      console.log(
        rowsOf(
          await srv.ctx.db
            .execute(sql`select floor(extract(epoch from at) - ${dueFrom / 1000}::float8) as second,
            count(*)::int as fired,
            round(max(extract(epoch from at - (data->>'scheduledFor')::timestamptz))::numeric, 2) as max_lag
          from lead_events where type = 'clock.breached' group by 1 order by 1`),
        ),
        { restartFrom: (restartFrom - dueFrom) / 1000, restartTo: (restartTo - dueFrom) / 1000 },
      );
    const [dupes] = rowsOf<{ n: number }>(
      await srv.ctx.db
        .execute(sql`select count(*)::int as n from (select data->>'clockId', data->>'step', type
        from lead_events where data ? 'clockId' and type <> 'clock.started'
        group by 1, 2, 3 having count(*) > 1) d`),
    );
    if (Number(dupes!.n) !== 0) throw new Error(`${dupes!.n} ladder steps fired more than once`);
    if (Number(s.clocks) !== total) throw new Error(`only ${s.clocks} of ${total} clocks fired`);
    const r = (v: unknown) => Math.round(Number(v));
    return [
      { name: `clocks seeded (${total})`, value: r(seeded), unit: 'ms' },
      { name: 'firing lag p50', value: r(s.p50), unit: 'ms' },
      { name: 'firing lag p99 (all)', value: r(s.p99), unit: 'ms' },
      { name: 'firing lag p99 (due outside restart)', value: r(s.p99_up), unit: 'ms' },
      { name: 'firing lag max', value: r(s.max), unit: 'ms' },
      { name: 'restart downtime', value: restartTo - restartFrom, unit: 'ms' },
      { name: 'steps fired twice', value: Number(dupes!.n), unit: '' },
    ];
  } finally {
    await srv.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = Number(process.argv[2] ?? 100_000);
  const windowMs = Number(process.argv[3] ?? 60_000);
  for (const row of await benchScheduler(total, windowMs))
    console.log(row.name.padEnd(40), row.value, row.unit);
}
