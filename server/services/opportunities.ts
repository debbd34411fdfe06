// Opportunities (C1): created from a qualified lead or for a named customer, listed within the
// caller's scope, and shown with everything the collaboration needs — gates, tracks, forms,
// tickets, the requirement diff, the review and the timeline.
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { normalizeCompanyName } from '../../engine';
import { nextStageChecklists, tracksView } from '../../engine/gates';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { customers, leads, opportunities, opportunityEvents, users } from '../db/schema';
import { withLeadEvents } from '../events/record';
import { conflict, notFound } from '../http/errors';
import { comparisonView, latestComparison } from './opportunities-breaker';
import type { OpportunityCreate, OpportunityQuery } from './opportunities-api';
import { gatherFacts } from './opportunities-facts';
import { submissionSummary } from './opportunities-forms';
import {
  actorOf,
  loadVisible,
  opportunityScope,
  publishedForm,
  publishedGates,
  type OpportunityRow,
} from './opportunities-store';
import { reviewsOf } from './reviews';
import { ticketsOf } from './tickets';

const owner = alias(users, 'owner');

export function toOpportunitySummary(
  o: OpportunityRow,
  x: { ownerName: string | null; customerName: string | null },
) {
  return {
    id: o.id,
    name: o.name,
    customerId: o.customerId,
    customerName: x.customerName,
    leadId: o.leadId,
    ownerId: o.ownerId,
    ownerName: x.ownerName,
    industry: o.industry,
    amount: o.amount,
    expectedClose: o.expectedClose,
    stage: o.stage,
    outcome: o.outcome,
    frozen: o.frozen,
    stageEnteredAt: o.stageEnteredAt.toISOString(),
    templateId: o.templateId,
    assessmentTemplateId: o.assessmentTemplateId,
    gatesArtifact: o.gatesArtifactId ? { id: o.gatesArtifactId, version: o.gatesArtifactVersion } : null,
    requirementTags: (o.data.requirementTags as string[] | undefined) ?? [],
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** The industry's published form of a purpose, else the generic one. */
async function formFor(ctx: AppContext, industry: string, suffix: 'requirements' | 'assessment') {
  return (
    (await publishedForm(ctx.db, { key: `${industry}.${suffix}` })) ??
    (await publishedForm(ctx.db, { key: `generic.${suffix}` }))
  );
}

const CLOSED_LEAD = new Set(['disqualified', 'converted']);

async function customerFor(ctx: AppContext, name: string, industry: string, ownerId: string, now: Date) {
  const normalizedName = normalizeCompanyName(name);
  const [existing] = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.normalizedName, normalizedName))
    .limit(1);
  if (existing) return existing.id;
  const [row] = await ctx.db
    .insert(customers)
    .values({ name: name.trim(), normalizedName, industry, ownerId, createdAt: now })
    .returning({ id: customers.id });
  return row!.id;
}

/** POST /api/opportunities. */
export async function createOpportunity(
  ctx: AppContext,
  who: Principal,
  body: OpportunityCreate,
  via: 'session' | 'seed' = 'session',
) {
  const now = ctx.clock.now();
  const gates = await publishedGates(ctx);
  const initial = gates.content.stages.find((s) => s.id === gates.content.initialStage)!;
  const [reqForm, assForm] = await Promise.all([
    formFor(ctx, body.industry, 'requirements'),
    formFor(ctx, body.industry, 'assessment'),
  ]);
  let ownerId = actorOf(who);
  let customerId: string | null = null;
  let customerName = body.customer?.trim() ?? null;
  let lead: typeof leads.$inferSelect | null = null;
  if (body.leadId) {
    const [found] = await ctx.db.select().from(leads).where(eq(leads.id, body.leadId)).limit(1);
    lead = found ?? null;
    const visible = !!lead && (await canSeeOwner(ctx, who, lead.ownerId));
    if (!lead || !visible) throw notFound('lead not found');
    if (CLOSED_LEAD.has(lead.status)) throw conflict('/leadId', `a ${lead.status} lead cannot be converted`);
    const [dup] = await ctx.db
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(eq(opportunities.leadId, lead.id));
    if (dup) throw conflict('/leadId', 'this lead has already been converted to an opportunity');
    ownerId = lead.ownerId ?? ownerId;
    customerId = lead.customerId;
    customerName = lead.companyName ?? lead.name;
  }
  if (!ownerId) throw conflict('', 'an opportunity needs an owner: convert a lead or sign in as a user');
  if (!customerId && customerName)
    customerId = await customerFor(ctx, customerName, body.industry, ownerId, now);
  const insert = async (tx: Parameters<Parameters<AppContext['db']['transaction']>[0]>[0]) => {
    const [row] = await tx
      .insert(opportunities)
      .values({
        name: body.name?.trim() || `${customerName ?? ''}`.trim() || body.industry,
        customerId,
        leadId: lead?.id ?? null,
        ownerId: ownerId!,
        industry: body.industry,
        amount: body.amount,
        expectedClose: body.expectedClose,
        stage: initial.id,
        outcome: initial.outcome,
        stageEnteredAt: now,
        templateId: reqForm?.id ?? null,
        assessmentTemplateId: assForm?.id ?? null,
        gatesArtifactId: gates.id,
        gatesArtifactVersion: gates.version,
        createdVia: via,
        createdBy: actorOf(who),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(opportunityEvents).values({
      opportunityId: row!.id,
      type: 'opportunity.created',
      at: now,
      actorId: actorOf(who),
      data: { leadId: lead?.id ?? null, stage: initial.id, amount: body.amount },
    });
    return row!;
  };
  const row = lead
    ? await withLeadEvents(ctx, async (tx, emit) => {
        const [l] = await tx
          .select({ status: leads.status })
          .from(leads)
          .where(eq(leads.id, lead!.id))
          .for('update');
        if (!l || CLOSED_LEAD.has(l.status))
          throw conflict('/leadId', 'this lead can no longer be converted');
        const created = await insert(tx);
        await tx.update(leads).set({ status: 'converted' }).where(eq(leads.id, lead!.id));
        await emit({
          leadId: lead!.id,
          type: 'lead.converted',
          at: now,
          actorId: actorOf(who),
          ownerId: lead!.ownerId,
          data: { from: l.status, opportunityId: created.id, amount: body.amount },
        });
        return created;
      })
    : await ctx.db.transaction(insert);
  return toOpportunitySummary(row, { ownerName: null, customerName });
}

async function canSeeOwner(ctx: AppContext, who: Principal, ownerId: string | null): Promise<boolean> {
  if ((await opportunityScope(ctx, who)) === undefined) return true;
  if (!ownerId || who.kind !== 'user') return false;
  if (ownerId === who.id) return true;
  if (who.teamId && who.permissions.has('opportunities:read:team')) {
    const [m] = await ctx.db.select({ teamId: users.teamId }).from(users).where(eq(users.id, ownerId));
    return m?.teamId === who.teamId;
  }
  return false;
}

const customerName = customers.name;

/** GET /api/opportunities. */
export async function listOpportunities(ctx: AppContext, who: Principal, q: OpportunityQuery) {
  const me = actorOf(who);
  const where = and(
    await opportunityScope(ctx, who),
    q.stage ? eq(opportunities.stage, q.stage) : undefined,
    q.owner ? eq(opportunities.ownerId, q.owner === 'me' ? (me ?? '') : q.owner) : undefined,
    q.frozen ? eq(opportunities.frozen, q.frozen === 'true') : undefined,
    q.q
      ? or(
          ilike(opportunities.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
          ilike(customerName, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
        )
      : undefined,
  );
  const rows = await ctx.db
    .select({ o: opportunities, ownerName: owner.name, customerName })
    .from(opportunities)
    .leftJoin(owner, eq(owner.id, opportunities.ownerId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(where)
    .orderBy(desc(opportunities.frozen), desc(opportunities.updatedAt), asc(opportunities.id))
    .limit(500);
  const items = rows.map((r) => toOpportunitySummary(r.o, r));
  return { items, total: items.length };
}

/** GET /api/opportunities/:id: the whole collaboration picture of one opportunity. */
export async function getOpportunity(ctx: AppContext, who: Principal, id: string) {
  const now = ctx.clock.now();
  const o = await loadVisible(ctx, who, id);
  const gates = await publishedGates(ctx);
  const [names] = await ctx.db
    .select({ ownerName: owner.name, customerName })
    .from(opportunities)
    .leftJoin(owner, eq(owner.id, opportunities.ownerId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(eq(opportunities.id, id));
  const [facts, comparison, tickets, reviewList, events] = await Promise.all([
    gatherFacts(ctx.db, o),
    latestComparison(ctx.db, id),
    ticketsOf(ctx.db, id, now),
    reviewsOf(ctx, id),
    ctx.db
      .select({ e: opportunityEvents, actorName: users.name })
      .from(opportunityEvents)
      .leftJoin(users, sql`${users.id}::text = ${opportunityEvents.actorId}`) // actor_id is text
      .where(eq(opportunityEvents.opportunityId, id))
      .orderBy(desc(opportunityEvents.at), desc(opportunityEvents.id))
      .limit(200),
  ]);
  const tracks = tracksView(gates.content, o.tracks, now);
  const doneBy = new Set(
    [...tracks.sales, ...tracks.delivery].map((m) => m.by).filter((x): x is string => !!x),
  );
  const byNames = doneBy.size
    ? new Map(
        (await ctx.db.select({ id: users.id, name: users.name }).from(users))
          .filter((u) => doneBy.has(u.id))
          .map((u) => [u.id, u.name]),
      )
    : new Map<string, string>();
  for (const m of [...tracks.sales, ...tracks.delivery])
    Object.assign(m, { byName: m.by ? (byNames.get(m.by) ?? null) : null });
  const cb = gates.content.circuitBreaker;
  const checklists = nextStageChecklists(gates.content, o.stage, facts.facts, now);
  return {
    ...toOpportunitySummary(o, names ?? { ownerName: null, customerName: null }),
    stages: [...gates.content.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ id: s.id, label: s.label, order: s.order, outcome: s.outcome })),
    /** Checklists of the gates of the next stage (what is missing), then of the later ones. */
    gates: checklists[0]?.gates ?? [],
    nextStages: checklists,
    circuitBreaker: {
      enabled: cb.enabled,
      threshold: cb.threshold,
      atStage: cb.atStage,
      onMissingAssessment: cb.onMissingAssessment,
    },
    elements: facts.facts.requirements.elements,
    tracks,
    requirements: submissionSummary(
      facts.requirements.submission,
      facts.requirements.form,
      facts.requirements.evaluation,
    ),
    assessment: submissionSummary(
      facts.assessment.submission,
      facts.assessment.form,
      facts.assessment.evaluation,
    ),
    requirementDiff: comparison ? comparisonView(comparison) : null,
    tickets,
    review: reviewList.find((r) => r.status === 'open') ?? reviewList[0] ?? null,
    reviews: reviewList,
    timeline: events.map(({ e, actorName }) => ({
      id: e.id,
      type: e.type,
      at: e.at.toISOString(),
      actorId: e.actorId,
      actorName,
      data: e.data,
    })),
  };
}
