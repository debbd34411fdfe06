// GET /api/opportunities/:id/score (F1–F3, F6): the deal's score with each signal's contribution
// and evidence, its history, the banded win probability (band, sample, interval) and the
// payment factor with its reason.
import { asc, eq } from 'drizzle-orm';
import { winProbability } from '../../engine/forecast';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { dealScoreHistory } from '../db/schema';
import { notFound } from '../http/errors';
import { fitModel, paymentOf } from './forecast-model';
import { signalModelOf } from './forecast-scope';
import { counting, entriesOf, entryView, refreshScores, visibleDeal } from './signals';

export async function dealScoreView(ctx: AppContext, who: Principal, id: string) {
  const deal = await visibleDeal(ctx, who, id);
  const model = await signalModelOf(ctx);
  if (!model) throw notFound('no published signal model');
  const now = ctx.clock.now();
  const scores = await refreshScores(ctx, [deal], now, 'auto', model);
  const score = scores.get(deal.id) ?? 0;
  const entries = (await entriesOf(ctx, [deal.id])).get(deal.id) ?? [];
  const live = new Set(counting(model.content, entries, now).map((e) => e.id));
  const contributions = model.content.signals.map((s) => {
    const e = entries.find((x) => x.signalId === s.id);
    return {
      signalId: s.id,
      label: s.label,
      category: s.category,
      weight: s.weight,
      mode: s.detection.mode,
      evidenceRequired: s.evidence?.required ?? false,
      present: !!e && live.has(e.id),
      expired: !!e && !live.has(e.id),
      evidence: e ? entryView(e) : null,
    };
  });
  const history = await ctx.db
    .select()
    .from(dealScoreHistory)
    .where(eq(dealScoreHistory.opportunityId, deal.id))
    .orderBy(asc(dealScoreHistory.at), asc(dealScoreHistory.id));
  const fit = await fitModel(ctx, model, now);
  const p = winProbability(score, fit.rates);
  const pay = paymentOf(fit, deal);
  return {
    opportunityId: deal.id,
    outcome: deal.outcome,
    score,
    contributions,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      score: h.score,
      signalIds: h.signalIds,
      reason: h.reason,
      artifact: { id: h.artifactId, version: h.artifactVersion },
    })),
    probability: { value: p.value, band: p.band, n: p.n, wins: p.wins, interval: p.interval, thin: p.thin },
    paymentFactor: pay.factor,
    paymentAvgDays: pay.avgDays,
    paymentTermsDays: deal.paymentTermsDays,
    reason: pay.reason,
    model: { id: model.id, version: model.version },
  };
}
