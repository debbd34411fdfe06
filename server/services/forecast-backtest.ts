// The studio backtest (F7) over the organisation's own history (imported and recorded deals):
// each deal's signals at close become its derived signals, then engine/forecast's weekly replay
// (server/cli/backtest-core) compares the signal method with the stage-percentage baseline.
import { asc, inArray } from 'drizzle-orm';
import type { SignalModelView } from '../../engine/forecast';
import { runBacktest } from '../cli/backtest-core';
import type { DerivedSignal } from '../cli/crm-signals';
import type { HistoricalDeal } from '../cli/deals';
import type { AppContext } from '../context';
import { dealScoreHistory, opportunities } from '../db/schema';
import { notFound } from '../http/errors';
import { monthsBefore } from '../../engine/forecast';
import { signalModelOf } from './forecast-scope';

export interface BacktestInput {
  from?: string;
  to?: string;
  source?: 'all' | 'import';
}

export async function backtestHistory(ctx: AppContext, input: BacktestInput) {
  const model = await signalModelOf(ctx);
  if (!model) throw notFound('no published signal model');
  const now = ctx.clock.now().getTime();
  const rows = await ctx.db.select().from(opportunities);
  const deals = input.source === 'import' ? rows.filter((r) => r.createdVia === 'import') : rows;
  const signalsOf = new Map<string, string[]>();
  if (deals.length) {
    const hist = await ctx.db
      .select({
        id: dealScoreHistory.opportunityId,
        at: dealScoreHistory.at,
        signalIds: dealScoreHistory.signalIds,
      })
      .from(dealScoreHistory)
      .where(
        inArray(
          dealScoreHistory.opportunityId,
          deals.map((d) => d.id),
        ),
      )
      .orderBy(asc(dealScoreHistory.at), asc(dealScoreHistory.id));
    const closeOf = new Map(deals.map((d) => [d.id, d.closedAt?.getTime() ?? Infinity]));
    for (const h of hist) if (h.at.getTime() <= closeOf.get(h.id)!) signalsOf.set(h.id, h.signalIds);
  }
  const history: HistoricalDeal[] = deals.map((d) => ({
    id: d.id,
    owner: d.ownerId,
    stage: d.stage,
    engagedAt: d.createdAt.getTime(),
    closedAt: d.closedAt?.getTime() ?? null,
    won: d.outcome === 'won',
    closed: d.outcome !== 'open',
    wonValue: d.outcome === 'won' ? d.amount : 0,
    expected: d.amount,
    attrs: Object.fromEntries((signalsOf.get(d.id) ?? []).map((s) => [`signals.${s}`, '1'])),
  }));
  const signals: DerivedSignal[] = model.content.signals.map((s) => ({
    id: s.id,
    weight: s.weight,
    when: { '!!': [{ var: `signals.${s.id}` }] },
  }));
  const to = input.to ? Date.parse(`${input.to}T00:00:00Z`) : now;
  const from = input.from ? Date.parse(`${input.from}T00:00:00Z`) : monthsBefore(now, 6);
  const result = runBacktest(history, {
    from,
    to: Math.min(to, now),
    model: model.content as SignalModelView,
    signals,
  });
  return {
    model: { id: model.id, version: model.version },
    deals: history.length,
    closed: history.filter((d) => d.closed).length,
    imported: deals.filter((d) => d.createdVia === 'import').length,
    from: new Date(from).toISOString(),
    to: new Date(Math.min(to, now)).toISOString(),
    ...result,
  };
}
