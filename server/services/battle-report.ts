// Today's battle report (W2) and the rep's queue (W1): the day's events of the signed-in rep
// (a manager: their team; a director: everyone) read in a few SQL statements, turned into cards
// by engine/battle-report.
import { sql, type SQL } from 'drizzle-orm';
import { buildBattleReport, rankQueue, urgencyOf } from '../../engine/battle-report';
import { addDays, dayNumber, tzOffsetMs } from '../../engine/timezone';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { badRequest } from '../http/errors';
import { repScope, type RepScope } from './board';

const TIMEZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;
/** A leads counts as touched fast within these minutes of assignment (the "30" of 5-30-120). */
const FAST_MINUTES = 30;

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown) => (r as Rows<T>).rows;

/** Start of a local day as an instant. */
function dayStart(date: string): number {
  const guess = dayNumber(date) * DAY_MS;
  return guess - tzOffsetMs(TIMEZONE, guess);
}

export function localToday(now: number): string {
  const d = new Date(now + tzOffsetMs(TIMEZONE, now));
  return d.toISOString().slice(0, 10);
}

/** "owner column is in scope" for raw SQL. */
function owned(scope: RepScope, column: SQL): SQL {
  if ('all' in scope) return sql`true`;
  if ('teamId' in scope) return sql`${column} in (select id from users where team_id = ${scope.teamId})`;
  return sql`${column} = ${scope.userId}`;
}

export async function getBattleReport(ctx: AppContext, who: Principal, date?: string) {
  const scope = repScope(who);
  const now = ctx.clock.now().getTime();
  const day = date ?? localToday(now);
  if (Number.isNaN(dayNumber(day)))
    throw badRequest([{ path: '/date', message: 'must be a date YYYY-MM-DD' }]);
  const from = new Date(dayStart(day)).toISOString();
  const to = new Date(dayStart(addDays(day, 1))).toISOString();
  const mine = (c: SQL) => owned(scope, c);

  const [touches, leads, proposals, forms, clocks, consultants] = await Promise.all([
    ctx.db.execute(sql`
      select t.lead_id, l.name as lead_name, t.channel, t.at, t.keywords
      from touches t join leads l on l.id = t.lead_id
      where ${mine(sql`t.user_id`)} and t.at >= ${from}::timestamptz and t.at < ${to}::timestamptz`),
    ctx.db.execute(sql`
      select l.id, l.name, l.grade_class, l.assigned_at,
        (select min(t.at) from touches t where t.lead_id = l.id and t.at >= coalesce(l.assigned_at, l.created_at)) as first_touch_at
      from leads l
      where ${mine(sql`l.owner_id`)} and l.grade_class = 'A' and l.assigned_at >= ${new Date(dayStart(day) - DAY_MS).toISOString()}::timestamptz
        and l.assigned_at < ${to}::timestamptz`),
    ctx.db.execute(sql`
      select p.kind, p.title, p.sent_at, p.view_count, l.name as lead_name,
        (select count(*)::int from proposal_views v where v.proposal_id = p.id and v.at >= ${from}::timestamptz and v.at < ${to}::timestamptz) as views_today
      from proposals p join leads l on l.id = p.lead_id
      where ${mine(sql`p.sent_by`)} and (p.sent_at >= ${from}::timestamptz or p.view_count > 0) and p.sent_at < ${to}::timestamptz`),
    ctx.db.execute(sql`
      select coalesce(l.name, o.name, '') as subject_name, f.updated_at, f.completeness, f.provenance
      from form_submissions f
      left join leads l on l.id = f.subject_id
      left join opportunities o on o.id = f.subject_id
      where ${mine(sql`f.updated_by`)} and f.updated_at >= ${from}::timestamptz and f.updated_at < ${to}::timestamptz`),
    ctx.db.execute(sql`
      select l.name as lead_name, c.kind, c.state, c.stopped_at, c.due_at
      from sla_clocks c join leads l on l.id = c.lead_id
      where ${mine(sql`c.owner_id`)} and c.state in ('met', 'breached')
        and coalesce(c.stopped_at, c.due_at) >= ${from}::timestamptz and coalesce(c.stopped_at, c.due_at) < ${to}::timestamptz`),
    ctx.db.execute(sql`select name from users where role = 'consultant' and active order by name limit 3`),
  ]);

  const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
  const cards = buildBattleReport({
    from,
    to,
    now: new Date(now).toISOString(),
    fastMinutes: FAST_MINUTES,
    consultants: rowsOf<{ name: string }>(consultants).map((r) => r.name),
    consultantHours: null,
    touches: rowsOf<{
      lead_id: string;
      lead_name: string;
      channel: string;
      at: string;
      keywords: { phrases?: string[]; painPoints?: { keyword: string }[] };
    }>(touches).map((t) => ({
      leadId: t.lead_id,
      leadName: t.lead_name,
      channel: t.channel,
      at: iso(t.at)!,
      keywordCount: t.keywords?.phrases?.length ?? 0,
      painPoints: (t.keywords?.painPoints ?? []).map((p) => p.keyword),
    })),
    leads: rowsOf<{
      id: string;
      name: string;
      grade_class: string;
      assigned_at: string | null;
      first_touch_at: string | null;
    }>(leads).map((l) => ({
      id: l.id,
      name: l.name,
      gradeClass: l.grade_class,
      assignedAt: iso(l.assigned_at),
      firstTouchAt: iso(l.first_touch_at),
    })),
    proposals: rowsOf<{
      kind: string;
      title: string;
      sent_at: string;
      view_count: number;
      lead_name: string;
      views_today: number;
    }>(proposals).map((p) => ({
      leadName: p.lead_name,
      kind: p.kind,
      title: p.title,
      sentAt: iso(p.sent_at)!,
      viewCount: Number(p.view_count),
      viewsToday: Number(p.views_today),
    })),
    forms: rowsOf<{
      subject_name: string;
      updated_at: string;
      completeness: number;
      provenance: Record<string, unknown>;
    }>(forms).map((f) => ({
      subjectName: f.subject_name,
      savedAt: iso(f.updated_at)!,
      completeness: Number(f.completeness),
      autoFilled: Object.keys(f.provenance ?? {}).length,
    })),
    clocks: rowsOf<{
      lead_name: string;
      kind: string;
      state: 'met' | 'breached';
      stopped_at: string | null;
      due_at: string;
    }>(clocks).map((c) => ({
      leadName: c.lead_name,
      kind: c.kind,
      state: c.state,
      at: iso(c.stopped_at ?? c.due_at)!,
    })),
  });
  return { date: day, cards };
}

/** The rep's open leads with their running clocks, most urgent first (W1). */
export async function getQueue(ctx: AppContext, who: Principal) {
  const scope = repScope(who);
  const now = ctx.clock.now().getTime();
  const result = await ctx.db.execute(sql`
    select l.id, l.name, l.company_name, l.status, l.grade_class, l.grade_score, l.grade_hits, l.tags,
      l.grade_artifact_id, l.grade_artifact_version,
      l.created_at, l.assigned_at, l.touched_at, l.owner_id, l.data->'contact' as contact, l.data->'company'->>'industry' as industry,
      (select o.id from opportunities o where o.lead_id = l.id order by o.created_at desc limit 1) as opportunity_id,
      coalesce((select json_agg(json_build_object('id', c.id, 'kind', c.kind, 'dueAt', c.due_at, 'startedAt', c.started_at) order by c.due_at)
        from sla_clocks c where c.lead_id = l.id and c.state = 'running'), '[]'::json) as clocks
    from leads l
    where ${owned(scope, sql`l.owner_id`)} and l.status in ('assigned', 'contacted', 'qualified')
    order by l.created_at desc
    limit 200`);
  type Raw = {
    id: string;
    name: string;
    company_name: string | null;
    status: string;
    grade_class: string;
    grade_score: number;
    grade_hits: unknown;
    grade_artifact_id: string;
    grade_artifact_version: number;
    tags: string[];
    created_at: string;
    assigned_at: string | null;
    touched_at: string | null;
    owner_id: string | null;
    contact: Record<string, string> | null;
    industry: string | null;
    opportunity_id: string | null;
    clocks: { id: string; kind: string; dueAt: string; startedAt: string }[];
  };
  const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
  const items = rowsOf<Raw>(result).map((r) => {
    const clocks = r.clocks.map((c) => ({ ...c, dueAt: iso(c.dueAt)!, startedAt: iso(c.startedAt)! }));
    return {
      id: r.id,
      name: r.name,
      companyName: r.company_name,
      industry: r.industry,
      status: r.status,
      grade: {
        class: r.grade_class,
        score: r.grade_score,
        hits: r.grade_hits,
        artifact: { id: r.grade_artifact_id, version: r.grade_artifact_version },
      },
      tags: r.tags,
      contact: r.contact ?? {},
      createdAt: iso(r.created_at)!,
      assignedAt: iso(r.assigned_at),
      touchedAt: iso(r.touched_at),
      opportunityId: r.opportunity_id,
      clocks,
      gradeClass: r.grade_class,
      dueAts: clocks.map((c) => c.dueAt),
    };
  });
  return {
    now: new Date(now).toISOString(),
    items: rankQueue(items, now).map(({ gradeClass: _g, dueAts: _d, ...rest }) => ({
      ...rest,
      urgency: urgencyOf(
        {
          id: rest.id,
          gradeClass: rest.grade.class,
          createdAt: rest.createdAt,
          dueAts: rest.clocks.map((c) => c.dueAt),
        },
        now,
      ),
    })),
  };
}
