// Simulation of a signal-model draft (F1–F6, S-simulate): how each open deal's score and win
// probability would shift, and what the current quarter's forecast would become, compared with
// the published model. Read-only: nothing is written.
import { and, asc, eq, inArray, lte, ne } from 'drizzle-orm';
import {
  bandedWinRates,
  dealScore,
  fitSurvival,
  forecastPeriod,
  monthsBefore,
  paymentAdjustment,
  winProbability,
} from '../../engine/forecast';
import type { SignalModel } from '../../schemas';
import type { AppContext } from '../context';
import { dealScoreHistory, dealSignals, opportunities, users } from '../db/schema';
import { paymentHistories } from './forecast-model';
import { currentQuarter, parsePeriod } from './forecast-period';
import { signalModelOf, type PublishedModel } from './forecast-scope';
import { dealFacts } from './forecast-facts';
import { counting, detects } from './signals';

const DAY = 86_400_000;
type Opportunity = typeof opportunities.$inferSelect;

interface Loaded {
  now: Date;
  open: Opportunity[];
  entries: Map<string, (typeof dealSignals.$inferSelect)[]>;
  closed: Opportunity[];
  /** Signal ids of each closed deal at its close. */
  closedSignals: Map<string, string[]>;
  payments: Awaited<ReturnType<typeof paymentHistories>>;
  /** What automatic conditions read, per open deal. */
  facts: Map<string, Record<string, unknown>>;
  wonSoFar: number;
  period: { key: string; start: Date; end: Date };
}

async function load(ctx: AppContext, published: PublishedModel): Promise<Loaded> {
  const now = ctx.clock.now();
  const period = parsePeriod(currentQuarter(now));
  const open = await ctx.db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.outcome, 'open'), lte(opportunities.createdAt, now)));
  const closed = await ctx.db
    .select()
    .from(opportunities)
    .where(and(ne(opportunities.outcome, 'open'), lte(opportunities.closedAt, now)));
  const entries = new Map<string, (typeof dealSignals.$inferSelect)[]>(open.map((o) => [o.id, []]));
  if (open.length) {
    const rows = await ctx.db
      .select()
      .from(dealSignals)
      .where(
        inArray(
          dealSignals.opportunityId,
          open.map((o) => o.id),
        ),
      );
    for (const r of rows) entries.get(r.opportunityId)?.push(r);
  }
  const closedSignals = new Map<string, string[]>();
  if (closed.length) {
    const closeOf = new Map(closed.map((c) => [c.id, c.closedAt!.getTime()]));
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
      .orderBy(asc(dealScoreHistory.at), asc(dealScoreHistory.id));
    for (const r of rows) if (r.at.getTime() <= closeOf.get(r.id)!) closedSignals.set(r.id, r.signalIds);
  }
  const wonSoFar = closed
    .filter((c) => c.outcome === 'won' && c.closedAt! >= period.start && c.closedAt! < period.end)
    .reduce((a, c) => a + c.amount, 0);
  const facts = await dealFacts(
    ctx,
    open,
    now,
    new Map(open.map((o) => [o.id, (entries.get(o.id) ?? []).map((e) => e.signalId)])),
  );
  const payments = await paymentHistories(ctx, published, now);
  return { now, open, entries, closed, closedSignals, payments, facts, wonSoFar, period };
}

function evaluate(data: Loaded, content: SignalModel) {
  const t = data.now.getTime();
  const history = data.closed.map((c) => ({
    score: dealScore(content, data.closedSignals.get(c.id) ?? []).score,
    won: c.outcome === 'won',
    closedAt: c.closedAt!.getTime(),
  }));
  const rates = bandedWinRates(history, content.banding, t);
  let curve = null;
  if (content.timing?.enabled) {
    const from = monthsBefore(t, content.timing.lookbackMonths ?? 12);
    curve = fitSurvival([
      ...data.closed
        .filter((c) => c.closedAt!.getTime() >= from)
        .map((c) => ({ ageDays: (c.closedAt!.getTime() - c.createdAt.getTime()) / DAY, closed: true })),
      ...data.open.map((o) => ({ ageDays: (t - o.createdAt.getTime()) / DAY, closed: false })),
    ]);
  }
  const deals = data.open.map((d) => {
    // recorded signals plus what the content's own conditions detect (as the live detection would)
    const recorded = (data.entries.get(d.id) ?? []).filter((e) => e.source !== 'auto');
    const present = new Set(counting(content, recorded, data.now).map((e) => e.signalId));
    for (const sig of content.signals)
      if (sig.detection.mode === 'auto' && detects(sig.detection.when, data.facts.get(d.id)))
        present.add(sig.id);
    const score = dealScore(content, present).score;
    const history = d.customerId ? (data.payments.get(d.customerId) ?? null) : null;
    const pay =
      d.paymentTermsDays == null
        ? { factor: 1, reason: null }
        : paymentAdjustment(content.payment, history, d.paymentTermsDays);
    return {
      id: d.id,
      amount: d.amount,
      score,
      ageDays: (t - d.createdAt.getTime()) / DAY,
      paymentFactor: pay.factor,
      paymentReason: pay.reason,
      probability: winProbability(score, rates),
    };
  });
  const forecast = forecastPeriod({
    period: { start: data.period.start.getTime(), end: data.period.end.getTime() },
    now: t,
    openDeals: deals,
    wonSoFar: data.wonSoFar,
    rates,
    timing: curve,
    ...(content.health ? { health: content.health } : {}),
  });
  return { deals, forecast };
}

/**
 * Simulates a signal-model draft against the published model over every open deal (the studio's
 * `POST /api/artifacts/:id/simulate` for kind signal-model): per deal the score and probability
 * before/after and the shift, and the current quarter's forecast before/after with the delta.
 * `draftContent` must already be a valid signal-model (checkArtifact); nothing is written.
 */
export async function simulateSignalModel(ctx: AppContext, draftContent: SignalModel) {
  const published = await signalModelOf(ctx);
  const base = published?.content ?? draftContent;
  const data = await load(ctx, published ?? { id: '', version: 0, content: draftContent });
  const before = evaluate(data, base);
  const after = evaluate(data, draftContent);
  const owners = await ctx.db.select({ id: users.id, name: users.name }).from(users);
  const ownerName = new Map(owners.map((o) => [o.id, o.name]));
  const byId = new Map(data.open.map((o) => [o.id, o]));
  const fBefore = new Map(before.forecast.deals.map((d) => [d.id, d]));
  const deals = after.forecast.deals
    .map((a) => {
      const b = fBefore.get(a.id)!;
      const o = byId.get(a.id)!;
      return {
        id: a.id,
        name: o.name,
        ownerName: ownerName.get(o.ownerId) ?? null,
        amount: a.amount,
        scoreBefore: b.score,
        scoreAfter: a.score,
        probabilityBefore: b.probability,
        probabilityAfter: a.probability,
        shift: a.probability - b.probability,
        bandAfter: a.band,
        nAfter: a.n,
        contributionBefore: b.contribution,
        contributionAfter: a.contribution,
      };
    })
    .sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift));
  const pick = (f: typeof before.forecast) => ({
    total: f.total,
    committed: f.committed,
    bestCase: f.bestCase,
    wonSoFar: f.wonSoFar,
    pipeline: f.pipeline,
  });
  return {
    kind: 'signal-model' as const,
    period: data.period.key,
    published: published ? { id: published.id, version: published.version } : null,
    openDeals: deals.length,
    changed: deals.filter((d) => d.scoreBefore !== d.scoreAfter || Math.abs(d.shift) > 1e-9).length,
    before: pick(before.forecast),
    after: pick(after.forecast),
    delta: {
      total: after.forecast.total - before.forecast.total,
      committed: after.forecast.committed - before.forecast.committed,
      bestCase: after.forecast.bestCase - before.forecast.bestCase,
    },
    deals,
  };
}
export type SignalModelSimulation = Awaited<ReturnType<typeof simulateSignalModel>>;
