// Weekly calibration (F5): each week a snapshot stores every open deal's probability and each
// rep's forecast for the month; once outcomes are known, predicted is compared with actual and a
// rep off by more than the threshold N weeks in a row gets an improvement-plan task for their
// manager (pushed live). Idempotent per week, so every server may run the tick.
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import {
  calibrationFlag,
  calibrationTable,
  dealScore,
  forecastError,
  winProbability,
} from '../../engine/forecast';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import {
  calibrationTasks,
  dealScoreHistory,
  forecastSnapshots,
  opportunities,
  teams,
  users,
} from '../db/schema';
import { computeForecast, wonInPeriod } from './forecast';
import { fitModel } from './forecast-model';
import { currentQuarter, parsePeriod, weekdayOf, weekOf } from './forecast-period';
import { signalModelOf, type PublishedModel } from './forecast-scope';
import { detectAllSignals } from './signals';

export const SYSTEM: Principal = {
  kind: 'api_key',
  id: 'system',
  name: 'forecast snapshot',
  permissions: new Set(['opportunities:read:all', 'forecast:read']),
};

const monthOf = (week: string) => week.slice(0, 7);

/** Takes this week's snapshot unless it exists (or `onlyOnWeekday` and today is not the model's day). */
export async function takeSnapshot(ctx: AppContext, opts: { onlyOnWeekday?: boolean; now?: Date } = {}) {
  const now = opts.now ?? ctx.clock.now();
  const model = await signalModelOf(ctx);
  if (!model) return { week: null, created: false };
  const weekday = model.content.calibration?.snapshotWeekday ?? 'monday';
  if (opts.onlyOnWeekday && weekdayOf(now) !== weekday) return { week: null, created: false };
  const week = weekOf(now);
  const [exists] = await ctx.db
    .select({ id: forecastSnapshots.id })
    .from(forecastSnapshots)
    .where(eq(forecastSnapshots.week, week))
    .limit(1);
  if (exists) return { week, created: false };
  const quarter = await computeForecast(ctx, SYSTEM, { period: currentQuarter(now) }, now);
  const month = await computeForecast(ctx, SYSTEM, { period: monthOf(week) }, now);
  const rows: (typeof forecastSnapshots.$inferInsert)[] = [
    ...quarter.deals.map((d) => ({
      week,
      takenAt: now,
      kind: 'deal',
      subject: d.id,
      opportunityId: d.id,
      ownerId: d.ownerId,
      period: quarter.period,
      score: d.score,
      probability: d.probability,
      amount: d.amount,
      artifactId: model.id,
      artifactVersion: model.version,
    })),
    ...month.byOwner.map((o) => ({
      week,
      takenAt: now,
      kind: 'rep',
      subject: o.ownerId,
      ownerId: o.ownerId,
      period: month.period,
      amount: o.total,
      artifactId: model.id,
      artifactVersion: model.version,
    })),
  ];
  if (rows.length) await ctx.db.insert(forecastSnapshots).values(rows).onConflictDoNothing();
  await settle(ctx, model, now);
  return { week, created: true, deals: quarter.deals.length, reps: month.byOwner.length };
}

/** Fills in actuals that are now known and opens improvement-plan tasks (F5). */
export async function settle(ctx: AppContext, model: PublishedModel, now: Date) {
  // deals: 1 won / 0 lost once closed
  const open = await ctx.db
    .select({ id: forecastSnapshots.id, opp: forecastSnapshots.opportunityId })
    .from(forecastSnapshots)
    .where(and(eq(forecastSnapshots.kind, 'deal'), isNull(forecastSnapshots.actual)));
  const oppIds = [...new Set(open.flatMap((r) => (r.opp ? [r.opp] : [])))];
  if (oppIds.length) {
    const closed = await ctx.db
      .select({ id: opportunities.id, outcome: opportunities.outcome })
      .from(opportunities)
      .where(and(inArray(opportunities.id, oppIds), ne(opportunities.outcome, 'open')));
    for (const outcome of ['won', 'lost'] as const) {
      const ids = closed.filter((c) => c.outcome === outcome).map((c) => c.id);
      if (ids.length)
        await ctx.db
          .update(forecastSnapshots)
          .set({ actual: outcome === 'won' ? 1 : 0 })
          .where(and(eq(forecastSnapshots.kind, 'deal'), inArray(forecastSnapshots.opportunityId, ids)));
    }
  }
  // reps: the value they actually won in the month, once the month is over
  const reps = await ctx.db
    .select()
    .from(forecastSnapshots)
    .where(and(eq(forecastSnapshots.kind, 'rep'), isNull(forecastSnapshots.actual)));
  const periods = new Set(reps.map((r) => r.period));
  for (const key of periods) {
    const p = parsePeriod(key);
    if (p.end.getTime() > now.getTime()) continue;
    const rows = reps.filter((r) => r.period === key);
    const won = await wonInPeriod(ctx, [...new Set(rows.map((r) => r.ownerId!))], p.start, p.end);
    for (const r of rows) {
      const actual = won.filter((w) => w.ownerId === r.ownerId).reduce((a, w) => a + w.amount, 0);
      await ctx.db.update(forecastSnapshots).set({ actual }).where(eq(forecastSnapshots.id, r.id));
    }
  }
  return openImprovementTasks(ctx, model, now);
}

/** Per rep: weekly deviations in week order (settled weeks only). */
export async function repDeviations(ctx: AppContext, ownerIds: string[] | null) {
  const rows = await ctx.db
    .select()
    .from(forecastSnapshots)
    .where(
      and(
        eq(forecastSnapshots.kind, 'rep'),
        ownerIds
          ? inArray(
              forecastSnapshots.ownerId,
              ownerIds.length ? ownerIds : ['00000000-0000-0000-0000-000000000000'],
            )
          : undefined,
      ),
    )
    .orderBy(asc(forecastSnapshots.week));
  const by = new Map<
    string,
    { week: string; period: string; forecast: number; actual: number | null; deviation: number | null }[]
  >();
  for (const r of rows) {
    const list = by.get(r.ownerId!) ?? [];
    const deviation =
      r.actual === null ? null : (forecastError(r.amount ?? 0, r.actual) ?? (r.amount ? 1 : 0));
    list.push({ week: r.week, period: r.period, forecast: r.amount ?? 0, actual: r.actual, deviation });
    by.set(r.ownerId!, list);
  }
  return by;
}

async function openImprovementTasks(ctx: AppContext, model: PublishedModel, now: Date) {
  const policy = model.content.calibration ?? {
    deviationThreshold: 0.15,
    consecutiveWeeks: 2,
    snapshotWeekday: 'monday',
  };
  const by = await repDeviations(ctx, null);
  const opened: string[] = [];
  for (const [repId, weeks] of by) {
    const settled = weeks.filter((w) => w.deviation !== null);
    if (!settled.length) continue;
    const flag = calibrationFlag(
      settled.map((w) => w.deviation),
      policy,
    );
    if (!flag.flagged) continue;
    const last = settled[settled.length - 1]!;
    const [rep] = await ctx.db.select().from(users).where(eq(users.id, repId));
    const [task] = await ctx.db
      .insert(calibrationTasks)
      .values({
        repId,
        managerId: rep?.supervisorId ?? null,
        week: last.week,
        deviations: settled.slice(-flag.streak).map((w) => ({ week: w.week, deviation: w.deviation! })),
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (task) {
      opened.push(task.id);
      ctx.bus.publish({
        type: 'calibration.task_opened',
        at: now.toISOString(),
        ownerId: repId,
        teamId: rep?.teamId ?? null,
        data: { taskId: task.id, repId, managerId: task.managerId, week: task.week, streak: flag.streak },
      });
    }
  }
  return opened;
}

/**
 * On-demand calibration (F5, the customer's first trial step): for each chosen closed deal,
 * the probability the model gave it at each point of its life — fitted only on deals closed
 * before that point — against what happened.
 */
export async function calibrateDeals(ctx: AppContext, ids: readonly string[]) {
  const model = await signalModelOf(ctx);
  if (!model) return null;
  const deals = await ctx.db
    .select()
    .from(opportunities)
    .where(inArray(opportunities.id, [...ids]));
  const now = ctx.clock.now();
  const out = [];
  for (const d of deals) {
    if (d.outcome === 'open' || !d.closedAt) continue;
    const history = await ctx.db
      .select()
      .from(dealScoreHistory)
      .where(eq(dealScoreHistory.opportunityId, d.id));
    const points = [];
    const sorted = [...history]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .filter((h) => h.at < d.closedAt!);
    for (const h of sorted) {
      const fit = await fitModel(ctx, model, h.at);
      const score = dealScore(model.content, h.signalIds).score; // on the same scale as the fit
      const p = winProbability(score, fit.rates);
      points.push({
        at: h.at.toISOString(),
        score,
        probability: p.value,
        band: p.band,
        n: p.n,
        interval: p.interval,
      });
    }
    const final = points[points.length - 1] ?? null;
    const actual = d.outcome === 'won' ? 1 : 0;
    out.push({
      id: d.id,
      name: d.name,
      amount: d.amount,
      outcome: d.outcome,
      closedAt: d.closedAt.toISOString(),
      points,
      predicted: final?.probability ?? null,
      actual,
      error: final ? Math.abs(final.probability - actual) : null,
    });
  }
  const scored = out.filter((o) => o.predicted !== null);
  const predicted = scored.map((o) => o.predicted!);
  const outcomes = scored.map((o) => o.actual === 1);
  const brier = predicted.length
    ? predicted.reduce((a, p, i) => a + (p - (outcomes[i] ? 1 : 0)) ** 2, 0) / predicted.length
    : null;
  await settle(ctx, model, now);
  return {
    deals: out,
    brier,
    meanPredicted: predicted.length ? predicted.reduce((a, b) => a + b, 0) / predicted.length : null,
    actualRate: outcomes.length ? outcomes.filter(Boolean).length / outcomes.length : null,
    model: { id: model.id, version: model.version },
  };
}

/** The calibration view: predicted vs actual per team, rep deviation history, open tasks. */
export async function calibrationView(ctx: AppContext, ownerIds: string[] | null, team?: string) {
  const model = await signalModelOf(ctx);
  const people = await ctx.db
    .select({ id: users.id, name: users.name, teamId: users.teamId, supervisorId: users.supervisorId })
    .from(users);
  let ids = ownerIds;
  if (team) {
    const members = people.filter((p) => p.teamId === team).map((p) => p.id);
    ids = ids === null ? members : ids.filter((i) => members.includes(i));
  }
  const dealRows = await ctx.db
    .select()
    .from(forecastSnapshots)
    .where(
      and(
        eq(forecastSnapshots.kind, 'deal'),
        ids
          ? inArray(forecastSnapshots.ownerId, ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
          : undefined,
      ),
    );
  const settled = dealRows.filter((r) => r.actual !== null && r.probability !== null);
  const teamOf = new Map(people.map((p) => [p.id, p.teamId]));
  const teamIds = [...new Set(settled.map((r) => teamOf.get(r.ownerId!) ?? null))];
  const table = (rows: typeof settled) =>
    calibrationTable(
      rows.map((r) => r.probability!),
      rows.map((r) => r.actual === 1),
      10,
    ).filter((r) => r.n > 0);
  const teamRows = await ctx.db.select({ id: teams.id, name: teams.name }).from(teams);
  const devs = await repDeviations(ctx, ids);
  const tasks = await ctx.db
    .select()
    .from(calibrationTasks)
    .where(
      ids
        ? inArray(calibrationTasks.repId, ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
        : undefined,
    )
    .orderBy(asc(calibrationTasks.createdAt));
  const name = new Map(people.map((p) => [p.id, p.name]));
  return {
    policy: model?.content.calibration ?? null,
    overall: { n: settled.length, rows: table(settled) },
    teams: teamIds.map((t) => ({
      name: teamRows.find((x) => x.id === t)?.name ?? null,
      teamId: t,
      rows: table(settled.filter((r) => (teamOf.get(r.ownerId!) ?? null) === t)),
    })),
    reps: [...devs.entries()].map(([repId, weeks]) => ({
      repId,
      name: name.get(repId) ?? repId,
      teamId: teamOf.get(repId) ?? null,
      weeks,
    })),
    tasks: tasks.map((t) => ({
      ...t,
      repName: name.get(t.repId) ?? null,
      managerName: t.managerId ? (name.get(t.managerId) ?? null) : null,
      createdAt: t.createdAt.toISOString(),
    })),
    weeks: [...new Set(dealRows.map((r) => r.week))].sort(),
  };
}

/** Marks an improvement-plan task done. */
export async function closeTask(ctx: AppContext, id: string, ownerIds: string[] | null) {
  const [row] = await ctx.db.select().from(calibrationTasks).where(eq(calibrationTasks.id, id));
  if (!row || (ownerIds && !ownerIds.includes(row.repId))) return null;
  const [done] = await ctx.db
    .update(calibrationTasks)
    .set({ status: 'done' })
    .where(eq(calibrationTasks.id, id))
    .returning();
  return done;
}

/** Runs detection daily and the snapshot on the model's weekday (hourly check; idempotent). */
export function startForecastTick(ctx: AppContext, intervalMs = 3_600_000, firstAfterMs = 60_000) {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = (async () => {
      await detectAllSignals(ctx);
      await takeSnapshot(ctx, { onlyOnWeekday: true });
    })()
      .catch((err) => {
        if (!stopped) ctx.log.error('forecast tick failed', err);
      })
      .finally(() => (running = null));
  };
  const first = setTimeout(run, firstAfterMs);
  const every = setInterval(run, intervalMs);
  first.unref();
  every.unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
