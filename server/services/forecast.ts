// GET /api/forecast (F4): the period's number, what it rests on and each deal's share —
// won so far + Σ open value × p(win) × p(close in period | age) × payment factor + new business.
import { and, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { forecastPeriod, newBusinessAllowance, monthsBefore } from '../../engine/forecast';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { customers, dealSignals, opportunities, teams, users } from '../db/schema';
import { notFound } from '../http/errors';
import { fitModel, paymentOf } from './forecast-model';
import { currentQuarter, parsePeriod } from './forecast-period';
import { signalModelOf, visibleOwnerIds } from './forecast-scope';
import { refreshScores } from './signals';

export interface ForecastQuery {
  period?: string;
  team?: string;
  owner?: string;
}

const DAY = 86_400_000;

/** Owner ids in the caller's scope narrowed to a team and/or an owner. */
async function ownersFor(ctx: AppContext, who: Principal, q: ForecastQuery) {
  const visible = await visibleOwnerIds(ctx, who);
  let ids = visible;
  if (q.team) {
    const members = (await ctx.db.select({ id: users.id }).from(users).where(eq(users.teamId, q.team))).map(
      (m) => m.id,
    );
    ids = ids === null ? members : ids.filter((i) => members.includes(i));
  }
  if (q.owner) ids = (ids === null || ids.includes(q.owner) ? [q.owner] : []) as string[];
  return ids;
}

export async function computeForecast(ctx: AppContext, who: Principal, q: ForecastQuery, nowArg?: Date) {
  const now = nowArg ?? ctx.clock.now();
  const period = parsePeriod(q.period ?? currentQuarter(now));
  const model = await signalModelOf(ctx);
  if (!model) throw notFound('no published signal model');
  const owners = await ownersFor(ctx, who, q);
  const ownerWhere = owners?.length ? inArray(opportunities.ownerId, owners) : undefined;
  const open =
    owners !== null && !owners.length
      ? []
      : await ctx.db
          .select()
          .from(opportunities)
          .where(and(eq(opportunities.outcome, 'open'), lte(opportunities.createdAt, now), ownerWhere));
  const scores = await refreshScores(ctx, open, now, 'auto', model);
  const fit = await fitModel(ctx, model, now);
  const t = now.getTime();
  const inScope = (ownerId: string) => owners === null || owners.includes(ownerId);
  const won = fit.closed.filter(
    (c) =>
      c.outcome === 'won' &&
      inScope(c.ownerId) &&
      c.closedAt!.getTime() >= period.start.getTime() &&
      c.closedAt!.getTime() < Math.min(t, period.end.getTime()),
  );
  const wonSoFar = won.reduce((a, c) => a + c.amount, 0);
  let newBusiness = 0;
  const timing = model.content.timing;
  if (timing?.enabled && timing.newBusinessAllowance && t < period.end.getTime()) {
    const horizon = (period.end.getTime() - Math.max(t, period.start.getTime())) / DAY;
    const lookback = (t - monthsBefore(t, timing.lookbackMonths ?? 12)) / DAY;
    const runRate = [...fit.closed, ...open]
      .filter((c) => inScope(c.ownerId))
      .map((c) => ({
        engagedAt: c.createdAt.getTime(),
        closedAt: c.closedAt?.getTime() ?? null,
        won: c.outcome === 'won',
        amount: c.amount,
      }));
    newBusiness = newBusinessAllowance(runRate, t, horizon, lookback).amount;
  }
  const pay = new Map(open.map((d) => [d.id, paymentOf(fit, d)]));
  const f = forecastPeriod({
    period: { start: period.start.getTime(), end: period.end.getTime() },
    now: t,
    openDeals: open.map((d) => ({
      id: d.id,
      amount: d.amount,
      score: scores.get(d.id) ?? 0,
      ageDays: (t - d.createdAt.getTime()) / DAY,
      paymentFactor: pay.get(d.id)!.factor,
      paymentReason: pay.get(d.id)!.reason,
    })),
    wonSoFar,
    rates: fit.rates,
    timing: fit.curve,
    newBusiness,
    ...(model.content.health ? { health: model.content.health } : {}),
  });

  const people = await ctx.db
    .select({ id: users.id, name: users.name, teamId: users.teamId, teamName: teams.name })
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId));
  const person = new Map(people.map((p) => [p.id, p]));
  const customerIds = open.flatMap((d) => (d.customerId ? [d.customerId] : []));
  const customerRows = customerIds.length
    ? await ctx.db
        .select({ id: customers.id, name: customers.name })
        .from(customers)
        .where(inArray(customers.id, customerIds))
    : [];
  const customerName = new Map(customerRows.map((c) => [c.id, c.name]));
  const signalRows = open.length
    ? await ctx.db
        .select({ opportunityId: dealSignals.opportunityId, signalId: dealSignals.signalId })
        .from(dealSignals)
        .where(
          inArray(
            dealSignals.opportunityId,
            open.map((d) => d.id),
          ),
        )
    : [];
  const byDeal = new Map(open.map((d) => [d.id, d]));
  const deals = f.deals
    .map((fd) => {
      const d = byDeal.get(fd.id)!;
      const p = pay.get(fd.id)!;
      return {
        ...fd,
        name: d.name,
        stage: d.stage,
        industry: d.industry,
        expectedClose: d.expectedClose,
        ownerId: d.ownerId,
        ownerName: person.get(d.ownerId)?.name ?? null,
        teamId: person.get(d.ownerId)?.teamId ?? null,
        customerName: d.customerId ? (customerName.get(d.customerId) ?? null) : null,
        paymentAvgDays: p.avgDays,
        paymentTermsDays: d.paymentTermsDays,
        signals: signalRows.filter((s) => s.opportunityId === fd.id).map((s) => s.signalId),
      };
    })
    .sort((a, b) => b.contribution - a.contribution);

  const composition = f.composition.map((part) => {
    const members = deals.filter((d) => d.strength === part.key);
    const counts = new Map<string, number>();
    for (const d of members) for (const s of d.signals) counts.set(s, (counts.get(s) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const signal = top ? model.content.signals.find((s) => s.id === top[0]) : undefined;
    return {
      ...part,
      ...(part.key === 'won' ? { deals: won.length } : {}),
      topSignal: signal && top ? { id: signal.id, label: signal.label, deals: top[1] } : null,
    };
  });

  const groupBy = (key: (d: (typeof deals)[number]) => string | null) => {
    const m = new Map<string, { pipeline: number; deals: number; wonSoFar: number }>();
    for (const d of deals) {
      const k = key(d) ?? '';
      const g = m.get(k) ?? { pipeline: 0, deals: 0, wonSoFar: 0 };
      g.pipeline += d.contribution;
      g.deals += 1;
      m.set(k, g);
    }
    return m;
  };
  const ownerGroups = groupBy((d) => d.ownerId);
  for (const w of won) {
    const g = ownerGroups.get(w.ownerId) ?? { pipeline: 0, deals: 0, wonSoFar: 0 };
    g.wonSoFar += w.amount;
    ownerGroups.set(w.ownerId, g);
  }
  const byOwner = [...ownerGroups.entries()]
    .map(([id, g]) => ({
      ownerId: id,
      name: person.get(id)?.name ?? id,
      teamId: person.get(id)?.teamId ?? null,
      teamName: person.get(id)?.teamName ?? null,
      ...g,
      total: g.pipeline + g.wonSoFar,
    }))
    .sort((a, b) => b.total - a.total);
  const teamMap = new Map<
    string,
    { teamId: string | null; name: string | null; pipeline: number; wonSoFar: number; deals: number }
  >();
  for (const o of byOwner) {
    const k = o.teamId ?? '';
    const g = teamMap.get(k) ?? { teamId: o.teamId, name: o.teamName, pipeline: 0, wonSoFar: 0, deals: 0 };
    g.pipeline += o.pipeline;
    g.wonSoFar += o.wonSoFar;
    g.deals += o.deals;
    teamMap.set(k, g);
  }
  return {
    period: period.key,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    generatedAt: now.toISOString(),
    model: { id: model.id, version: model.version },
    total: f.total,
    committed: f.committed,
    bestCase: f.bestCase,
    wonSoFar: f.wonSoFar,
    pipeline: f.pipeline,
    newBusiness: f.newBusiness,
    health: model.content.health ?? { strongScore: 75, weakScore: 60 },
    deals,
    composition,
    byOwner,
    byTeam: [...teamMap.values()].map((g) => ({ ...g, total: g.pipeline + g.wonSoFar })),
  };
}
export type ForecastView = Awaited<ReturnType<typeof computeForecast>>;

/** Deals won inside a period (for the calibration of period forecasts). */
export async function wonInPeriod(ctx: AppContext, ownerIds: readonly string[], start: Date, end: Date) {
  if (!ownerIds.length) return [];
  return ctx.db
    .select({ ownerId: opportunities.ownerId, amount: opportunities.amount })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.outcome, 'won'),
        inArray(opportunities.ownerId, [...ownerIds]),
        gte(opportunities.closedAt, start),
        lt(opportunities.closedAt, end),
      ),
    );
}
