// Circuit-breaker reviews (C5): a frozen opportunity gets a review task for the rep, the delivery
// lead and the manager; only an approval by one of the artefact's approver roles unfreezes it.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { parseIsoDuration } from '../../engine';
import type { CircuitBreaker } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { opportunities, requirementComparisons, reviews, users } from '../db/schema';
import { conflict, forbidden, notFound } from '../http/errors';
import type { ReviewDecide, ReviewQuery } from './opportunities-api';
import {
  actorOf,
  loadVisible,
  opportunityScope,
  publishedGates,
  withOpportunityEvents,
  type EmitOpportunityEvent,
  type OpportunityRow,
} from './opportunities-store';

type ReviewRow = typeof reviews.$inferSelect;

/** Who gets the review task: the owner (rep), their manager, and every active user of the other roles. */
async function reviewerIds(tx: Tx, opp: OpportunityRow, roles: readonly string[]): Promise<string[]> {
  const ids = new Set<string>([opp.ownerId]);
  const [owner] = await tx
    .select({ supervisorId: users.supervisorId, teamId: users.teamId })
    .from(users)
    .where(eq(users.id, opp.ownerId));
  for (const role of roles) {
    if (role === 'rep') continue;
    if (role === 'manager') {
      if (owner?.supervisorId) {
        ids.add(owner.supervisorId);
        continue;
      }
      const team = owner?.teamId
        ? await tx
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.role, 'manager'), eq(users.teamId, owner.teamId), eq(users.active, true)))
        : [];
      for (const u of team) ids.add(u.id);
      if (team.length) continue;
    }
    const all = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, role), eq(users.active, true)));
    for (const u of all) ids.add(u.id);
  }
  return [...ids];
}

export async function openReview(
  tx: Tx,
  emit: EmitOpportunityEvent,
  input: {
    opp: OpportunityRow;
    comparison: typeof requirementComparisons.$inferSelect;
    breaker: CircuitBreaker;
    fromStage: string;
    targetStage: string;
    now: Date;
  },
): Promise<string> {
  const { opp, comparison, breaker, now } = input;
  const assigneeIds = await reviewerIds(tx, opp, breaker.reviewers);
  const [row] = await tx
    .insert(reviews)
    .values({
      opportunityId: opp.id,
      comparisonId: comparison.id,
      fromStage: input.fromStage,
      targetStage: input.targetStage,
      assigneeIds,
      approverRoles: breaker.approverRoles,
      dueAt: breaker.reviewWithin ? new Date(now.getTime() + parseIsoDuration(breaker.reviewWithin)) : null,
      createdAt: now,
    })
    .returning();
  await emit({
    opportunityId: opp.id,
    type: 'review.opened',
    at: now,
    data: {
      reviewId: row!.id,
      rate: comparison.rate,
      threshold: comparison.threshold,
      opportunityName: opp.name,
      targetStage: input.targetStage,
    },
    notify: assigneeIds,
  });
  return row!.id;
}

const userName = (col: unknown) => sql<string | null>`(select name from users u where u.id = ${col})`;

async function selectReviews(db: AppContext['db'], where: ReturnType<typeof and>) {
  const rows = await db
    .select({
      r: reviews,
      rate: requirementComparisons.rate,
      threshold: requirementComparisons.threshold,
      opportunityName: opportunities.name,
      ownerId: opportunities.ownerId,
      stage: opportunities.stage,
      decidedByName: userName(reviews.decidedBy),
    })
    .from(reviews)
    .innerJoin(opportunities, eq(opportunities.id, reviews.opportunityId))
    .innerJoin(requirementComparisons, eq(requirementComparisons.id, reviews.comparisonId))
    .where(where)
    .orderBy(sql`case when ${reviews.status} = 'open' then 0 else 1 end`, desc(reviews.createdAt))
    .limit(300);
  const people = new Set(rows.flatMap((r) => r.r.assigneeIds));
  const named = people.size
    ? await db
        .select({ id: users.id, name: users.name, role: users.role })
        .from(users)
        .where(inArray(users.id, [...people]))
    : [];
  const byId = new Map(named.map((u) => [u.id, u]));
  return rows.map(({ r, ...x }) => toReviewView(r, x, byId));
}

function toReviewView(
  r: ReviewRow,
  x: {
    rate: number;
    threshold: number;
    opportunityName: string;
    ownerId: string;
    stage: string;
    decidedByName: string | null;
  },
  people: Map<string, { id: string; name: string; role: string }>,
) {
  return {
    id: r.id,
    opportunityId: r.opportunityId,
    opportunityName: x.opportunityName,
    ownerId: x.ownerId,
    stage: x.stage,
    comparisonId: r.comparisonId,
    status: r.status,
    rate: x.rate,
    threshold: x.threshold,
    fromStage: r.fromStage,
    targetStage: r.targetStage,
    reviewers: r.assigneeIds.map((id) => people.get(id) ?? { id, name: null, role: null }),
    approverRoles: r.approverRoles,
    dueAt: r.dueAt?.toISOString() ?? null,
    decision: r.decision,
    note: r.note,
    decidedBy: r.decidedBy,
    decidedByName: x.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
export type ReviewView = ReturnType<typeof toReviewView>;

const mineFlag = (v: string | undefined) => v === '1' || v === 'true';

/** GET /api/reviews: ?mine=1 → the caller's review tasks; otherwise the reviews of visible opportunities. */
export async function listReviews(ctx: AppContext, who: Principal, q: ReviewQuery) {
  const me = actorOf(who);
  const where = and(
    mineFlag(q.mine)
      ? sql`${reviews.assigneeIds} @> ${JSON.stringify([me ?? ''])}::jsonb`
      : await opportunityScope(ctx, who),
    q.status ? eq(reviews.status, q.status) : undefined,
    q.opportunityId ? eq(reviews.opportunityId, q.opportunityId) : undefined,
  );
  const items = await selectReviews(ctx.db, where);
  return { items, total: items.length };
}

export async function reviewsOf(ctx: AppContext, opportunityId: string) {
  return selectReviews(ctx.db, and(eq(reviews.opportunityId, opportunityId)));
}

/** POST /api/reviews/:id/decide: approve unfreezes and moves the opportunity on; reject keeps it frozen. */
export async function decideReview(ctx: AppContext, who: Principal, id: string, body: ReviewDecide) {
  const now = ctx.clock.now();
  const [found] = await ctx.db.select().from(reviews).where(eq(reviews.id, id));
  if (!found) throw notFound('review not found');
  await loadVisible(ctx, who, found.opportunityId);
  const role = who.kind === 'user' ? who.role : null;
  if (role !== 'admin' && !(role && found.approverRoles.includes(role)))
    throw forbidden(`only ${found.approverRoles.join(', ')} may decide this review`);
  const gates = await publishedGates(ctx);
  await withOpportunityEvents(ctx, async (tx, emit) => {
    const [r] = await tx.select().from(reviews).where(eq(reviews.id, id)).for('update');
    if (!r || r.status !== 'open') throw conflict('/decision', 'this review has already been decided');
    const [opp] = await tx
      .select()
      .from(opportunities)
      .where(eq(opportunities.id, r.opportunityId))
      .for('update');
    const approve = body.decision === 'approve';
    await tx
      .update(reviews)
      .set({
        status: approve ? 'approved' : 'rejected',
        decision: body.decision,
        note: body.note ?? null,
        decidedBy: actorOf(who),
        decidedAt: now,
      })
      .where(eq(reviews.id, id));
    const target = gates.content.stages.find((s) => s.id === r.targetStage);
    if (approve) {
      await tx
        .update(opportunities)
        .set({
          frozen: false,
          ...(target && opp!.stage !== target.id
            ? { stage: target.id, outcome: target.outcome, stageEnteredAt: now }
            : {}),
          gatesArtifactId: gates.id,
          gatesArtifactVersion: gates.version,
          updatedAt: now,
        })
        .where(eq(opportunities.id, r.opportunityId));
    }
    await emit({
      opportunityId: r.opportunityId,
      type: approve ? 'review.approved' : 'review.rejected',
      at: now,
      actorId: actorOf(who),
      data: { reviewId: id, note: body.note ?? null, targetStage: r.targetStage },
      notify: r.assigneeIds,
    });
    if (approve) {
      await emit({
        opportunityId: r.opportunityId,
        type: 'opportunity.unfrozen',
        at: now,
        actorId: actorOf(who),
        data: { reviewId: id },
        ownerId: opp!.ownerId,
      });
      if (target && opp!.stage !== target.id)
        await emit({
          opportunityId: r.opportunityId,
          type: 'stage.changed',
          at: now,
          actorId: actorOf(who),
          data: { from: opp!.stage, to: target.id, via: 'review', reviewId: id },
          ownerId: opp!.ownerId,
        });
    }
  });
  const [view] = await selectReviews(ctx.db, and(eq(reviews.id, id)));
  return view!;
}
