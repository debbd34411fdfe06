// Pre-check tickets (C3): a form trigger (e.g. "integrations include ERP or MES") asks a product
// consultant for a feasibility verdict within its own due time; the rep sees the verdict.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { parseIsoDuration } from '../../engine';
import type { FormTrigger } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { customers, opportunities, preCheckTickets, users } from '../db/schema';
import { badRequest, conflict, notFound } from '../http/errors';
import { knowledgeByIds } from './knowledge';
import type { TicketAnswer, TicketQuery } from './opportunities-api';
import {
  actorOf,
  loadVisible,
  opportunityScope,
  withOpportunityEvents,
  type EmitOpportunityEvent,
  type OpportunityRow,
  type PublishedForm,
} from './opportunities-store';

type TicketRow = typeof preCheckTickets.$inferSelect;

/**
 * The consultant for a ticket: active users of the ticket's role, those with the wanted skills
 * first, then the fewest open tickets, then the name (stable).
 */
async function chooseAssignee(tx: Tx, role: string, skills: readonly string[]): Promise<string | null> {
  const candidates = await tx
    .select({ id: users.id, name: users.name, skills: users.skills })
    .from(users)
    .where(and(eq(users.role, role), eq(users.active, true)));
  if (!candidates.length) return null;
  const load = await tx
    .select({ id: preCheckTickets.assigneeId, n: count() })
    .from(preCheckTickets)
    .where(
      and(
        eq(preCheckTickets.status, 'open'),
        inArray(
          preCheckTickets.assigneeId,
          candidates.map((c) => c.id),
        ),
      ),
    )
    .groupBy(preCheckTickets.assigneeId);
  const open = new Map(load.map((l) => [l.id, Number(l.n)]));
  const skillHits = (s: string[]) => s.filter((x) => skills.includes(x)).length;
  candidates.sort(
    (a, b) =>
      skillHits(b.skills) - skillHits(a.skills) ||
      (open.get(a.id) ?? 0) - (open.get(b.id) ?? 0) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  return candidates[0]!.id;
}

/** Opens the trigger's ticket unless this opportunity already has one for it; returns it if opened. */
export async function openPrecheckTicket(
  tx: Tx,
  emit: EmitOpportunityEvent,
  opp: OpportunityRow,
  trigger: FormTrigger,
  form: PublishedForm,
  now: Date,
): Promise<TicketRow | null> {
  const spec = trigger.ticket;
  if (!spec) return null;
  const [existing] = await tx
    .select({ id: preCheckTickets.id })
    .from(preCheckTickets)
    .where(and(eq(preCheckTickets.opportunityId, opp.id), eq(preCheckTickets.triggerId, trigger.id)));
  if (existing) return null;
  const assigneeId = await chooseAssignee(tx, spec.assigneeRole, spec.skills ?? []);
  const [row] = await tx
    .insert(preCheckTickets)
    .values({
      opportunityId: opp.id,
      triggerId: trigger.id,
      title: spec.title,
      assigneeId,
      assigneeRole: spec.assigneeRole,
      skills: spec.skills ?? [],
      priority: spec.priority ?? 'normal',
      knowledgeLinks: spec.knowledgeLinks ?? [],
      dueAt: new Date(now.getTime() + parseIsoDuration(spec.within)),
      formTemplateId: form.id,
      formTemplateVersion: form.version,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await emit({
    opportunityId: opp.id,
    type: 'ticket.opened',
    at: now,
    data: {
      ticketId: row.id,
      triggerId: trigger.id,
      title: spec.title,
      assigneeId,
      dueAt: row.dueAt.toISOString(),
      opportunityName: opp.name,
    },
    notify: [assigneeId, opp.ownerId],
  });
  return row;
}

const assignee = sql<string | null>`(select name from users u where u.id = ${preCheckTickets.assigneeId})`;

function toTicketView(
  t: TicketRow,
  extra: {
    opportunityName: string | null;
    customerName: string | null;
    ownerId: string | null;
    ownerName: string | null;
    assigneeName: string | null;
  },
  now: Date,
) {
  return {
    id: t.id,
    opportunityId: t.opportunityId,
    opportunityName: extra.opportunityName,
    customerName: extra.customerName,
    ownerId: extra.ownerId,
    ownerName: extra.ownerName,
    triggerId: t.triggerId,
    title: t.title,
    status: t.status,
    priority: t.priority,
    skills: t.skills,
    assigneeId: t.assigneeId,
    assigneeName: extra.assigneeName,
    knowledgeLinks: t.knowledgeLinks,
    dueAt: t.dueAt.toISOString(),
    overdue: t.status === 'open' && t.dueAt.getTime() < now.getTime(),
    createdAt: t.createdAt.toISOString(),
    verdict: t.verdict,
    note: t.note,
    knowledgeIds: t.knowledgeIds,
    answeredAt: t.answeredAt?.toISOString() ?? null,
    answeredBy: t.answeredBy,
  };
}
export type TicketView = ReturnType<typeof toTicketView> & { knowledge?: unknown[] };

async function selectTickets(ctx: AppContext | { db: Tx }, where: ReturnType<typeof and>, now: Date) {
  const rows = await ctx.db
    .select({
      t: preCheckTickets,
      opportunityName: opportunities.name,
      ownerId: opportunities.ownerId,
      customerName: customers.name,
      assigneeName: assignee,
      ownerName: sql<string | null>`(select name from users o where o.id = ${opportunities.ownerId})`,
    })
    .from(preCheckTickets)
    .innerJoin(opportunities, eq(opportunities.id, preCheckTickets.opportunityId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(where)
    .orderBy(
      sql`case when ${preCheckTickets.status} = 'open' then 0 else 1 end`,
      asc(preCheckTickets.dueAt),
      desc(preCheckTickets.createdAt),
    )
    .limit(500);
  const views: TicketView[] = rows.map((r) => toTicketView(r.t, r, now));
  const cited = await knowledgeByIds(ctx.db, [...new Set(rows.flatMap((r) => r.t.knowledgeIds))]);
  const byId = new Map(cited.map((k) => [k.id, k]));
  for (const v of views) v.knowledge = v.knowledgeIds.map((id) => byId.get(id)).filter(Boolean);
  return views;
}

/** GET /api/tickets: by opportunity (within the caller's scope), the caller's own, or all a consultant may answer. */
export async function listTickets(ctx: AppContext, who: Principal, q: TicketQuery) {
  const now = ctx.clock.now();
  if (q.opportunityId) await loadVisible(ctx, who, q.opportunityId);
  const scope = q.opportunityId || can(who, 'tickets:answer') ? undefined : await opportunityScope(ctx, who);
  const where = and(
    q.opportunityId ? eq(preCheckTickets.opportunityId, q.opportunityId) : undefined,
    q.assignee === 'me'
      ? eq(preCheckTickets.assigneeId, actorOf(who) ?? '00000000-0000-0000-0000-000000000000')
      : undefined,
    q.status ? eq(preCheckTickets.status, q.status) : undefined,
    scope,
  );
  const items = await selectTickets(ctx, where, now);
  return { items, total: items.length };
}

export async function ticketsOf(db: AppContext['db'], opportunityId: string, now: Date) {
  return selectTickets(
    { db: db as unknown as Tx },
    and(eq(preCheckTickets.opportunityId, opportunityId)),
    now,
  );
}

/** POST /api/tickets/:id/answer: the verdict (once); the rep is told live. */
export async function answerTicket(ctx: AppContext, who: Principal, id: string, body: TicketAnswer) {
  const now = ctx.clock.now();
  const knowledgeIds = body.knowledgeIds ?? [];
  const found = await knowledgeByIds(ctx.db, knowledgeIds);
  if (found.length !== knowledgeIds.length) {
    const known = new Set(found.map((k) => k.id));
    throw badRequest(
      knowledgeIds
        .map((k, i) => ({ k, i }))
        .filter(({ k }) => !known.has(k))
        .map(({ i }) => ({ path: `/knowledgeIds/${i}`, message: 'no such knowledge entry' })),
    );
  }
  await withOpportunityEvents(ctx, async (tx, emit) => {
    const [t] = await tx.select().from(preCheckTickets).where(eq(preCheckTickets.id, id)).for('update');
    if (!t) throw notFound('ticket not found');
    if (t.status !== 'open') throw conflict('/verdict', 'this ticket has already been answered');
    const [opp] = await tx.select().from(opportunities).where(eq(opportunities.id, t.opportunityId));
    await tx
      .update(preCheckTickets)
      .set({
        status: 'answered',
        verdict: body.verdict,
        note: body.note,
        knowledgeIds,
        answeredAt: now,
        answeredBy: actorOf(who),
      })
      .where(eq(preCheckTickets.id, id));
    await emit({
      opportunityId: t.opportunityId,
      type: 'ticket.answered',
      at: now,
      actorId: actorOf(who),
      data: { ticketId: id, title: t.title, verdict: body.verdict, note: body.note, onTime: now <= t.dueAt },
      notify: [opp!.ownerId, t.assigneeId],
    });
  });
  const [view] = await selectTickets(ctx, and(eq(preCheckTickets.id, id)), now);
  return view!;
}
