// S4 simulate an SLA-policy draft: how many of the last month's leads would have breached each
// clock under the draft, next to the published policy, replaying their recorded lead events
// (lead_events: lead.created, lead.assigned, touch.logged, …) with the engine's clock maths.
// Read-only: nothing is written.
import { sql } from 'drizzle-orm';
import { clockEventTypes, createCalendar, type SlaPolicyView } from '../../engine';
import type { AppContext } from '../context';
import { leads } from '../db/schema';
import { replayClocks, type ClockOutcome, type ReplayLead } from './simulate-sla-replay';

export interface SlaSimulateOptions {
  /** the window: leads created in the last `days` days before now (default 30) */
  days?: number;
  /** at most this many leads (the most recent of the window) */
  limit?: number;
}

const DAY_MS = 86_400_000;
const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

async function windowLeads(
  ctx: AppContext,
  from: Date,
  to: Date,
  types: readonly string[],
  limit: number,
): Promise<ReplayLead[]> {
  const only = sql`array(select jsonb_array_elements_text(${JSON.stringify(types)}::jsonb))`;
  const result = await ctx.db.execute(sql`
    select l.id, l.data::text as data, l.tags::text as tags, l.status,
      to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
      l.grade_class, l.grade_score,
      coalesce((select json_agg(json_build_array(e.type, floor(extract(epoch from e.at) * 1000))
                  order by e.at, e.id)
                from lead_events e where e.lead_id = l.id and e.type = any(${only})), '[]')::text as events
    from ${leads} l
    where l.created_at >= ${from.toISOString()}::timestamptz and l.created_at < ${to.toISOString()}::timestamptz
    order by l.created_at desc, l.id desc
    limit ${limit}`);
  return rowsOf<{
    id: string;
    data: string;
    tags: string;
    status: string;
    created_at: string;
    grade_class: string;
    grade_score: number;
    events: string;
  }>(result).map((r) => ({
    id: r.id,
    data: {
      ...(JSON.parse(r.data) as Record<string, unknown>),
      tags: JSON.parse(r.tags) as string[],
      status: r.status,
      createdAt: r.created_at,
      grade: { class: r.grade_class, score: Number(r.grade_score) },
    },
    events: (JSON.parse(r.events) as [string, number][]).map(([type, at]) => ({ type, at: Number(at) })),
  }));
}

export interface SlaSimulation {
  kind: 'sla-policy';
  publishedVersion: number | null;
  window: { from: string; to: string; days: number };
  evaluated: number;
  clocks: {
    id: string;
    label: { zh: string; en: string } | null;
    before: ClockOutcome | null;
    after: ClockOutcome;
  }[];
  ms: { load: number; total: number };
}

/** The draft (and the published policy, when there is one) replayed over the window's leads. */
export async function simulateSla(
  ctx: AppContext,
  draft: SlaPolicyView,
  published: { version: number; content: SlaPolicyView } | null,
  opts: SlaSimulateOptions = {},
): Promise<SlaSimulation> {
  const started = performance.now();
  const days = opts.days ?? 30;
  const to = ctx.clock.now();
  const from = new Date(to.getTime() - days * DAY_MS);
  const types = new Set([...clockEventTypes(draft), 'lead.returned']);
  if (published) for (const t of clockEventTypes(published.content)) types.add(t);
  const rows = await windowLeads(ctx, from, to, [...types], opts.limit ?? 100_000);
  const load = performance.now() - started;
  const now = to.getTime();
  const after = replayClocks(draft, createCalendar(draft.calendar ?? {}), rows, now);
  const before = published
    ? replayClocks(published.content, createCalendar(published.content.calendar ?? {}), rows, now)
    : [];
  return {
    kind: 'sla-policy',
    publishedVersion: published?.version ?? null,
    window: { from: from.toISOString(), to: to.toISOString(), days },
    evaluated: rows.length,
    clocks: after.map((a) => ({
      id: a.id,
      label: a.label,
      before: before.find((b) => b.id === a.id) ?? null,
      after: a,
    })),
    ms: { load: Math.round(load), total: Math.round(performance.now() - started) },
  };
}
