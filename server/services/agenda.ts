// The morning meeting agenda (MISSION.md L8): red board rows (and amber ones if the policy says
// so) and breached clocks become items of the next meeting automatically — one item per date,
// kind and ref, so rebuilding is idempotent. Managers and directors tick items off.
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  boardAgendaItems,
  clockAgendaItem,
  createCalendar,
  nextMeetingDate,
  overdueWorkItem,
  type AgendaItemDraft,
  type OverdueWork,
} from '../../engine';
import type { I18nText } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { agendaItems, users } from '../db/schema';
import { notFound } from '../http/errors';
import { publishedOf } from './artifacts';
import { boardPolicy, boardRows, repScope } from './board';

const OPEN = sql`('assigned', 'contacted', 'qualified')`;
/** Breached clocks (and, apart, overdue tickets and reviews) per agenda: the oldest first. */
const MAX_CLOCK_ITEMS = 100;

async function clockLabels(ctx: AppContext): Promise<Map<string, I18nText>> {
  const sla = await publishedOf(ctx, 'sla-policy');
  const clocks = (sla?.content as { clocks?: { id: string; label: I18nText }[] } | undefined)?.clocks ?? [];
  return new Map(clocks.map((c) => [c.id, c.label]));
}

interface BreachedRow {
  id: string;
  kind: string;
  lead_id: string;
  due_at: string | Date;
  owner_id: string | null;
  team_id: string | null;
  lead_name: string;
  company_name: string | null;
}

async function breachedClockItems(ctx: AppContext): Promise<AgendaItemDraft[]> {
  const labels = await clockLabels(ctx);
  const result = await ctx.db.execute(sql`
    select c.id, c.kind, c.lead_id, c.due_at, c.owner_id, u.team_id, l.name as lead_name, l.company_name
    from sla_clocks c join leads l on l.id = c.lead_id left join users u on u.id = c.owner_id
    where c.state = 'breached' and c.stopped_at is null and l.status in ${OPEN}
    order by c.due_at, c.id limit ${MAX_CLOCK_ITEMS}`);
  return (result as unknown as { rows: BreachedRow[] }).rows.map((r) =>
    clockAgendaItem({
      clockId: r.id,
      kind: r.kind,
      label: labels.get(r.kind) ?? { zh: r.kind, en: r.kind },
      leadId: r.lead_id,
      leadName: r.lead_name,
      company: r.company_name,
      ownerId: r.owner_id,
      teamId: r.team_id,
      dueAt: new Date(r.due_at).toISOString(),
    }),
  );
}

interface OverdueRow {
  id: string;
  opportunity_id: string;
  opportunity_name: string;
  title: I18nText | null;
  waiting_on: string[] | null;
  owner_id: string | null;
  team_id: string | null;
  due_at: string | Date;
}

/** Open pre-check tickets and freeze reviews past their due time, on deals still open (C4, C5). */
async function overdueWorkItems(ctx: AppContext): Promise<AgendaItemDraft[]> {
  const now = ctx.clock.now().toISOString();
  const rowsOf = (r: unknown) => (r as { rows: OverdueRow[] }).rows;
  const tickets = rowsOf(
    await ctx.db.execute(sql`
      select t.id, t.opportunity_id, o.name as opportunity_name, t.title, o.owner_id, u.team_id, t.due_at,
        case when a.name is null then '[]'::jsonb else jsonb_build_array(a.name) end as waiting_on
      from pre_check_tickets t
      join opportunities o on o.id = t.opportunity_id
      left join users u on u.id = o.owner_id
      left join users a on a.id = t.assignee_id
      where t.status = 'open' and t.due_at < ${now}::timestamptz and o.outcome = 'open'
      order by t.due_at, t.id limit ${MAX_CLOCK_ITEMS}`),
  );
  const reviews = rowsOf(
    await ctx.db.execute(sql`
      select r.id, r.opportunity_id, o.name as opportunity_name, null as title, o.owner_id, u.team_id, r.due_at,
        (select coalesce(jsonb_agg(a.name order by a.name), '[]'::jsonb) from users a
          where a.id::text in (select jsonb_array_elements_text(r.assignee_ids))) as waiting_on
      from reviews r
      join opportunities o on o.id = r.opportunity_id
      left join users u on u.id = o.owner_id
      where r.status = 'open' and r.due_at is not null and r.due_at < ${now}::timestamptz and o.outcome = 'open'
      order by r.due_at, r.id limit ${MAX_CLOCK_ITEMS}`),
  );
  const work = (kind: OverdueWork['kind'], r: OverdueRow): OverdueWork => ({
    kind,
    id: r.id,
    opportunityId: r.opportunity_id,
    opportunityName: r.opportunity_name,
    ...(r.title ? { title: r.title } : {}),
    waitingOn: r.waiting_on ?? [],
    ownerId: r.owner_id,
    teamId: r.team_id,
    dueAt: new Date(r.due_at).toISOString(),
  });
  return [
    ...tickets.map((r) => overdueWorkItem(work('ticket', r))),
    ...reviews.map((r) => overdueWorkItem(work('review', r))),
  ];
}

/** Adds the current red items to a date's agenda (existing items keep their done state). */
export async function buildAgenda(ctx: AppContext, date: string): Promise<number> {
  const policy = await boardPolicy(ctx);
  if (!policy.content.agenda.enabled) return 0;
  const rows = await boardRows(ctx, { all: true }, policy.content);
  const items = [
    ...boardAgendaItems(rows, policy.content),
    ...(await breachedClockItems(ctx)),
    ...(await overdueWorkItems(ctx)),
  ];
  if (!items.length) return 0;
  const now = ctx.clock.now();
  await ctx.db
    .insert(agendaItems)
    .values(items.map((i) => ({ ...i, date, createdAt: now })))
    .onConflictDoUpdate({
      target: [agendaItems.date, agendaItems.kind, agendaItems.ref],
      set: { title: sql`excluded.title`, detail: sql`excluded.detail` },
    });
  return items.length;
}

/** Today and the next meeting's date in the agenda's time zone. */
export async function agendaDates(ctx: AppContext) {
  const { agenda } = (await boardPolicy(ctx)).content;
  const now = ctx.clock.now().getTime();
  const calendar = createCalendar({ timezone: agenda.timezone });
  return {
    today: calendar.toLocal(now).date,
    next: nextMeetingDate(now, agenda, calendar.isWorkingDay),
  };
}

export async function getAgenda(ctx: AppContext, who: Principal, date?: string) {
  const scope = repScope(who);
  const dates = await agendaDates(ctx);
  const day = date ?? dates.next;
  // Today's and future agendas are (re)built on demand; past ones are the record.
  if (day >= dates.today) await buildAgenda(ctx, day);
  const where = and(
    eq(agendaItems.date, day),
    'all' in scope
      ? undefined
      : 'teamId' in scope
        ? eq(agendaItems.teamId, scope.teamId)
        : eq(agendaItems.ownerId, scope.userId),
  );
  const rows = await ctx.db
    .select({ item: agendaItems, ownerName: users.name })
    .from(agendaItems)
    .leftJoin(users, eq(users.id, agendaItems.ownerId))
    .where(where)
    .orderBy(
      sql`case ${agendaItems.kind} when 'board_red' then 0 when 'board_amber' then 2 else 1 end`,
      asc(users.name),
      asc(agendaItems.ref),
    );
  return {
    date: day,
    nextMeeting: dates.next,
    items: rows.map(({ item, ownerName }) => ({
      id: item.id,
      kind: item.kind,
      ref: item.ref,
      title: item.title,
      ownerId: item.ownerId,
      ownerName,
      teamId: item.teamId,
      detail: item.detail,
      done: item.done,
      doneBy: item.doneBy,
      doneAt: item.doneAt?.toISOString() ?? null,
    })),
  };
}

export async function setAgendaItemDone(ctx: AppContext, who: Principal, id: string, done: boolean) {
  const scope = repScope(who);
  const teamOnly = !can(who, 'leads:read:all');
  const [item] = await ctx.db.select().from(agendaItems).where(eq(agendaItems.id, id)).limit(1);
  if (!item || (teamOnly && (!('teamId' in scope) || item.teamId !== scope.teamId)))
    throw notFound('agenda item not found');
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .update(agendaItems)
    .set(done ? { done, doneBy: who.id, doneAt: now } : { done, doneBy: null, doneAt: null })
    .where(eq(agendaItems.id, id))
    .returning();
  return { id: row!.id, done: row!.done, doneBy: row!.doneBy, doneAt: row!.doneAt?.toISOString() ?? null };
}

/** Builds the next meeting's agenda now and then every `intervalMs` (idempotent upserts). */
export function startAgendaTick(ctx: AppContext, intervalMs = 15 * 60_000, firstAfterMs = 2_000) {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = agendaDates(ctx)
      .then((d) => buildAgenda(ctx, d.next))
      .catch((err) => ctx.log.error('agenda tick failed', err))
      .finally(() => (running = null));
  };
  const first = setTimeout(run, firstAfterMs);
  const every = setInterval(run, intervalMs);
  first.unref();
  every.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
