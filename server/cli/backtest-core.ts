/**
 * F7 backtest: replays weekly snapshots over past quarters. At each snapshot only what was
 * known then is used — deals closed before it fit the banded win rates, the close-timing
 * curve and the run rate — and the period forecast is compared with the value actually won
 * in the quarter. The stage-percentage baseline is computed in the same run.
 */
import {
  bandedWinRates,
  dailyLift,
  quarterMonthLift,
  brierScore,
  calibrationTable,
  dealScore,
  fitSurvival,
  forecastError,
  forecastPeriod,
  monthsBefore,
  newBusinessAllowance,
  stageBaseline,
  stageWinRates,
  type AgeObservation,
  type CalibrationRow,
  type SignalModelView,
} from '../../engine/forecast';
import { presentSignals, type DerivedSignal } from './crm-signals';
import type { HistoricalDeal } from './deals';

const DAY = 86_400_000;

/** Age steps (days) at which like-for-like win rates are fitted. */
export const AGE_STEPS = [0, 15, 30, 60, 90];

function ageStep(ageDays: number): number {
  let i = 0;
  AGE_STEPS.forEach((a, k) => {
    if (ageDays >= a) i = k;
  });
  return i;
}

export interface BacktestOptions {
  /** First instant evaluated (ms, inclusive) and the end (exclusive). */
  from: number;
  to: number;
  model: SignalModelView;
  signals: readonly DerivedSignal[];
  /** Weight closes by the measured quarter-end win lift (default false). */
  quarterEnd?: boolean;
  /** Days between snapshots (default 7). */
  stepDays?: number;
}

export interface SnapshotResult {
  date: string;
  /** 1-based week of the quarter. */
  week: number;
  openDeals: number;
  wonSoFar: number;
  pipeline: number;
  newBusiness: number;
  forecast: number;
  error: number | null;
  stageForecast: number;
  stageError: number | null;
}

export interface PeriodResult {
  period: string;
  actual: number;
  meanError: number;
  stageMeanError: number;
  /** Worst signal-method error from week 3 on. */
  maxErrorFromWeek3: number;
  snapshots: SnapshotResult[];
}

export interface MethodSummary {
  meanError: number;
  brier: number;
  /** Mean predicted p(win) over the scored (snapshot, deal) pairs and the actual win rate. */
  avgPredicted: number;
  actualRate: number;
  pairs: number;
  calibration: CalibrationRow[];
}

export interface BacktestResult {
  methods: { signal: MethodSummary; stage: MethodSummary };
  periods: PeriodResult[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function quarterOf(t: number): { label: string; start: number; end: number } {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const q = Math.floor(d.getUTCMonth() / 3);
  return {
    label: `${y}-Q${q + 1}`,
    start: Date.UTC(y, q * 3, 1),
    end: Date.UTC(y, q * 3 + 3, 1),
  };
}

/** Quarters overlapping [from, to). */
export function quartersBetween(from: number, to: number): { label: string; start: number; end: number }[] {
  const out = [];
  for (let q = quarterOf(from); q.start < to; q = quarterOf(q.end)) out.push(q);
  return out;
}

function summary(preds: number[], outcomes: boolean[], errors: number[]): MethodSummary {
  return {
    meanError: mean(errors),
    brier: brierScore(preds, outcomes) ?? 0,
    avgPredicted: mean(preds),
    actualRate: outcomes.length ? outcomes.filter(Boolean).length / outcomes.length : 0,
    pairs: preds.length,
    calibration: calibrationTable(preds, outcomes),
  };
}

export function runBacktest(deals: readonly HistoricalDeal[], opts: BacktestOptions): BacktestResult {
  const step = (opts.stepDays ?? 7) * DAY;
  const { model } = opts;
  const pipelineDeals = deals.filter((d) => d.engagedAt !== null);
  const scores = new Map(
    pipelineDeals.map((d) => [d.id, dealScore(model, presentSignals(opts.signals, d)).score]),
  );
  const timingMonths = model.timing?.lookbackMonths ?? 12;
  const sig = { p: [] as number[], o: [] as boolean[], e: [] as number[] };
  const stg = { p: [] as number[], o: [] as boolean[], e: [] as number[] };
  const periods: PeriodResult[] = [];

  for (const q of quartersBetween(opts.from, opts.to)) {
    const actual = deals
      .filter((d) => d.won && d.closedAt !== null && d.closedAt >= q.start && d.closedAt < q.end)
      .reduce((a, d) => a + d.wonValue, 0);
    const snapshots: SnapshotResult[] = [];
    for (let t = Math.max(q.start, opts.from), k = 0; t < Math.min(q.end, opts.to); t += step, k++) {
      const closedBefore = pipelineDeals.filter((d) => d.closedAt !== null && d.closedAt < t);
      const history = closedBefore.map((d) => ({
        score: scores.get(d.id) ?? 0,
        won: d.won,
        closedAt: d.closedAt as number,
        ageDays: ((d.closedAt as number) - (d.engagedAt as number)) / DAY,
      }));
      // Win rates of deals that were still open at the same age (per age step).
      const ratesByAge = AGE_STEPS.map((minAgeDays) =>
        bandedWinRates(history, model.banding, t, { minAgeDays }),
      );
      const known = pipelineDeals.filter((d) => (d.engagedAt as number) < t);
      const timingFrom = monthsBefore(t, timingMonths);
      const obs: AgeObservation[] = known
        .filter((d) => (d.engagedAt as number) >= timingFrom || (d.closedAt ?? t) >= timingFrom)
        .map((d) =>
          d.closedAt !== null && d.closedAt < t
            ? { ageDays: (d.closedAt - (d.engagedAt as number)) / DAY, closed: true }
            : { ageDays: (t - (d.engagedAt as number)) / DAY, closed: false },
        );
      const timing = model.timing?.enabled ? fitSurvival(obs) : null;
      const open = known.filter((d) => d.closedAt === null || d.closedAt >= t);
      const wonSoFar = deals
        .filter((d) => d.won && d.closedAt !== null && d.closedAt >= q.start && d.closedAt < t)
        .reduce((a, d) => a + d.wonValue, 0);
      const horizonDays = (q.end - t) / DAY;
      const lift = opts.quarterEnd
        ? dailyLift(quarterMonthLift(history, t, model.banding.lookbackMonths), t)
        : undefined;
      const nb =
        model.timing?.enabled && model.timing.newBusinessAllowance
          ? newBusinessAllowance(
              known.map((d) => ({
                engagedAt: d.engagedAt as number,
                closedAt: d.closedAt !== null && d.closedAt < t ? d.closedAt : null,
                won: d.won,
                amount: d.wonValue,
              })),
              t,
              horizonDays,
              (t - timingFrom) / DAY,
              28,
              lift,
            ).amount
          : 0;
      const f = forecastPeriod({
        period: q,
        now: t,
        openDeals: open.map((d) => ({
          id: d.id,
          amount: d.expected,
          score: scores.get(d.id) ?? 0,
          ageDays: (t - (d.engagedAt as number)) / DAY,
        })),
        wonSoFar,
        rates: ratesByAge[0] ?? [],
        ratesFor: (deal) => ratesByAge[ageStep(deal.ageDays)],
        timing,
        lift,
        newBusiness: nb,
        health: model.health,
      });
      const stageFrom = monthsBefore(t, model.banding.lookbackMonths);
      // Every closed deal passed the Engaging stage: its percentage is their recent win rate.
      const stageRate =
        stageWinRates(
          closedBefore
            .filter((d) => (d.closedAt as number) >= stageFrom)
            .map((d) => ({ stage: 'Engaging', won: d.won })),
        ).Engaging ?? 0;
      const s = stageBaseline(
        open.map((d) => ({ id: d.id, amount: d.expected, stage: 'Engaging' })),
        { Engaging: stageRate },
        wonSoFar,
      );
      f.deals.forEach((fd, i) => {
        const d = open[i] as HistoricalDeal;
        if (!d.closed) return;
        sig.p.push(fd.probability);
        sig.o.push(d.won);
        stg.p.push(stageRate);
        stg.o.push(d.won);
      });
      const error = forecastError(f.total, actual);
      const stageError = forecastError(s.total, actual);
      if (error !== null) sig.e.push(error);
      if (stageError !== null) stg.e.push(stageError);
      snapshots.push({
        date: new Date(t).toISOString().slice(0, 10),
        week: k + 1,
        openDeals: open.length,
        wonSoFar,
        pipeline: f.pipeline,
        newBusiness: f.newBusiness,
        forecast: f.total,
        error,
        stageForecast: s.total,
        stageError,
      });
    }
    const errs = snapshots.map((s) => s.error ?? 0);
    periods.push({
      period: q.label,
      actual,
      meanError: mean(errs),
      stageMeanError: mean(snapshots.map((s) => s.stageError ?? 0)),
      maxErrorFromWeek3: Math.max(0, ...snapshots.filter((s) => s.week >= 3).map((s) => s.error ?? 0)),
      snapshots,
    });
  }
  return {
    methods: { signal: summary(sig.p, sig.o, sig.e), stage: summary(stg.p, stg.o, stg.e) },
    periods,
  };
}
