// The monthly joint review (C6): the month's largest requirement distortions — both versions side
// by side and what came of them (the review's decision, the stage reached).
import { and, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { customers, opportunities, requirementComparisons, reviews, users } from '../db/schema';
import type { OpportunityDistortionQuery } from './opportunities-api';
import { opportunityScope } from './opportunities-store';

/** Months are China time (UTC+8): 2026-11 runs from 2026-10-31T16:00Z to 2026-11-30T16:00Z. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - 8 * 3600_000),
    to: new Date(Date.UTC(y, m, 1) - 8 * 3600_000),
  };
}

export const currentMonth = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);

export async function distortionReport(ctx: AppContext, who: Principal, q: OpportunityDistortionQuery) {
  const month = q.month || currentMonth(ctx.clock.now());
  const limit = Number(q.limit || 10);
  const { from, to } = monthRange(month);
  const rows = await ctx.db
    .select({
      c: requirementComparisons,
      opportunityName: opportunities.name,
      industry: opportunities.industry,
      stage: opportunities.stage,
      frozen: opportunities.frozen,
      ownerName: users.name,
      customerName: customers.name,
    })
    .from(requirementComparisons)
    .innerJoin(opportunities, eq(opportunities.id, requirementComparisons.opportunityId))
    .leftJoin(users, eq(users.id, opportunities.ownerId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(
      and(
        gte(requirementComparisons.createdAt, from),
        lt(requirementComparisons.createdAt, to),
        await opportunityScope(ctx, who),
      ),
    )
    .orderBy(desc(requirementComparisons.rate), desc(requirementComparisons.createdAt));
  // One case per opportunity: its worst comparison of the month.
  const seen = new Set<string>();
  const worst = rows.filter((r) => !seen.has(r.c.opportunityId) && seen.add(r.c.opportunityId));
  const top = worst.slice(0, limit);
  const reviewRows = top.length
    ? await ctx.db
        .select({ r: reviews, decidedByName: users.name })
        .from(reviews)
        .leftJoin(users, eq(users.id, reviews.decidedBy))
        .where(
          inArray(
            reviews.comparisonId,
            top.map((t) => t.c.id),
          ),
        )
    : [];
  const byComparison = new Map(reviewRows.map((r) => [r.r.comparisonId, r]));
  const cases = top.map(({ c, ...x }) => {
    const rv = byComparison.get(c.id);
    return {
      comparisonId: c.id,
      opportunityId: c.opportunityId,
      opportunityName: x.opportunityName,
      customerName: x.customerName,
      ownerName: x.ownerName,
      industry: x.industry,
      stage: x.stage,
      frozen: x.frozen,
      rate: c.rate,
      threshold: c.threshold,
      tripped: c.tripped,
      comparedAt: c.createdAt.toISOString(),
      fields: c.fields,
      sales: {
        data: c.salesData,
        revision: c.requirementsRevision,
        templateVersion: c.requirementsTemplateVersion,
      },
      delivery: {
        data: c.deliveryData,
        revision: c.assessmentRevision,
        templateVersion: c.assessmentTemplateVersion,
      },
      review: rv
        ? {
            id: rv.r.id,
            status: rv.r.status,
            decision: rv.r.decision,
            note: rv.r.note,
            decidedByName: rv.decidedByName,
            decidedAt: rv.r.decidedAt?.toISOString() ?? null,
          }
        : null,
      outcome: {
        review: rv?.r.status ?? null,
        decision: rv?.r.decision ?? null,
        note: rv?.r.note ?? null,
        stage: x.stage,
      },
    };
  });
  const rates = rows.map((r) => r.c.rate);
  return {
    month,
    cases,
    total: rows.length,
    opportunities: worst.length,
    tripped: rows.filter((r) => r.c.tripped).length,
    average: rates.length
      ? Math.round((rates.reduce((a, b) => a + b, 0) / rates.length) * 10_000) / 10_000
      : 0,
  };
}
