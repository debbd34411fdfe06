// Fits the forecast model at an instant (F3, F4, F6): banded win rates of closed deals (their
// score at close), the close-timing curve, customers' payment histories and the run rate. The
// maths is engine/forecast; this file only reads the rows it needs.
import { and, desc, inArray, lte, ne, sql } from 'drizzle-orm';
import {
  averagePaymentDays,
  bandedWinRates,
  dealScore,
  fitSurvival,
  monthsBefore,
  paymentAdjustment,
  type BandRate,
  type ClosedDealScore,
  type CustomerPaymentHistory,
  type SurvivalCurve,
} from '../../engine/forecast';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { dealScoreHistory, opportunities, paymentCycles } from '../db/schema';
import type { PublishedModel } from './forecast-scope';

type Opportunity = typeof opportunities.$inferSelect;
type Db = AppContext | { db: Tx };
const DAY = 86_400_000;

export interface FittedModel {
  model: PublishedModel;
  now: Date;
  rates: BandRate[];
  curve: SurvivalCurve | null;
  closed: Opportunity[];
  /** Score of each closed deal at its close. */
  closedScores: Map<string, number>;
  payments: Map<string, CustomerPaymentHistory>;
}

/** Each deal's last score at or before `at` (0 when it never had one). */
export async function scoresAt(ctx: Db, ids: readonly string[], at: Date): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const rows = await ctx.db
    .selectDistinctOn([dealScoreHistory.opportunityId], {
      id: dealScoreHistory.opportunityId,
      score: dealScoreHistory.score,
    })
    .from(dealScoreHistory)
    .where(and(inArray(dealScoreHistory.opportunityId, [...ids]), lte(dealScoreHistory.at, at)))
    .orderBy(dealScoreHistory.opportunityId, desc(dealScoreHistory.at), desc(dealScoreHistory.id));
  for (const r of rows) out.set(r.id, r.score);
  return out;
}

/**
 * Closed deals (won/lost) before `now`, with their score at close under `model`'s weights: the
 * signals present at close (the last history row up to closedAt) scored with the model in force,
 * so closed and open deals are banded on the same scale after a re-weighting.
 */
export async function closedHistory(ctx: Db, now: Date, model: PublishedModel, ids?: readonly string[]) {
  const closed = await ctx.db
    .select()
    .from(opportunities)
    .where(
      and(
        ne(opportunities.outcome, 'open'),
        lte(opportunities.closedAt, now),
        ids ? inArray(opportunities.id, [...ids]) : undefined,
      ),
    );
  const scores = new Map<string, number>();
  if (closed.length) {
    const rows = await ctx.db
      .select({
        id: dealScoreHistory.opportunityId,
        at: dealScoreHistory.at,
        signalIds: dealScoreHistory.signalIds,
      })
      .from(dealScoreHistory)
      .where(
        inArray(
          dealScoreHistory.opportunityId,
          closed.map((c) => c.id),
        ),
      )
      .orderBy(dealScoreHistory.at, dealScoreHistory.id);
    const closeOf = new Map(closed.map((c) => [c.id, c.closedAt!.getTime()]));
    for (const r of rows)
      if (r.at.getTime() <= closeOf.get(r.id)!) scores.set(r.id, dealScore(model.content, r.signalIds).score);
  }
  return { closed, scores };
}

export function closedScoreRows(
  closed: readonly Opportunity[],
  scores: Map<string, number>,
): ClosedDealScore[] {
  return closed.map((c) => ({
    score: scores.get(c.id) ?? 0,
    won: c.outcome === 'won',
    closedAt: c.closedAt!.getTime(),
  }));
}

/** Fits rates, timing and payment histories at `now` over the organisation's whole history. */
export async function fitModel(ctx: Db, model: PublishedModel, now: Date): Promise<FittedModel> {
  const { closed, scores } = await closedHistory(ctx, now, model);
  const t = now.getTime();
  const rates = bandedWinRates(closedScoreRows(closed, scores), model.content.banding, t);
  let curve: SurvivalCurve | null = null;
  if (model.content.timing?.enabled) {
    const from = monthsBefore(t, model.content.timing.lookbackMonths ?? 12);
    const open = await ctx.db
      .select({ createdAt: opportunities.createdAt })
      .from(opportunities)
      .where(sql`${opportunities.outcome} = 'open' and ${opportunities.createdAt} <= ${now}`);
    curve = fitSurvival([
      ...closed
        .filter((c) => c.closedAt!.getTime() >= from)
        .map((c) => ({ ageDays: (c.closedAt!.getTime() - c.createdAt.getTime()) / DAY, closed: true })),
      ...open.map((o) => ({ ageDays: (t - o.createdAt.getTime()) / DAY, closed: false })),
    ]);
  }
  return {
    model,
    now,
    rates,
    curve,
    closed,
    closedScores: scores,
    payments: await paymentHistories(ctx, model, now),
  };
}

export async function paymentHistories(ctx: Db, model: PublishedModel, now: Date) {
  const t = now.getTime();
  const from = monthsBefore(t, model.content.payment.lookbackMonths ?? 24);
  const rows = await ctx.db
    .select({
      customerId: paymentCycles.customerId,
      invoiceDate: paymentCycles.invoiceDate,
      days: paymentCycles.days,
    })
    .from(paymentCycles);
  const by = new Map<string, { invoicedAt: number; paidAt: number | null }[]>();
  for (const r of rows) {
    const invoicedAt = Date.parse(`${r.invoiceDate}T00:00:00Z`);
    const list = by.get(r.customerId) ?? [];
    list.push({ invoicedAt, paidAt: invoicedAt + r.days * DAY });
    by.set(r.customerId, list);
  }
  const out = new Map<string, CustomerPaymentHistory>();
  for (const [id, list] of by) {
    const h = averagePaymentDays(list, t, from);
    if (h) out.set(id, h);
  }
  return out;
}

/** F6: the deal's factor in the cash forecast and the reason, from its customer's history. */
export function paymentOf(fit: FittedModel, deal: Pick<Opportunity, 'customerId' | 'paymentTermsDays'>) {
  const history = deal.customerId ? (fit.payments.get(deal.customerId) ?? null) : null;
  if (deal.paymentTermsDays == null)
    return { factor: 1, reason: null, avgDays: history?.avgDays ?? null, overDays: null };
  const adj = paymentAdjustment(fit.model.content.payment, history, deal.paymentTermsDays);
  return {
    factor: adj.factor,
    reason: adj.reason,
    avgDays: history?.avgDays ?? null,
    overDays: adj.overDays,
  };
}
