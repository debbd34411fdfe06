/**
 * Close timing (F3 optional factor, F7): how likely an open deal of a given age closes
 * inside the rest of the period. Kaplan–Meier survival of deal age at close, where deals
 * still open at the fitting instant count as censored at their current age, so stale deals
 * that never close lower the hazard instead of being ignored.
 */
import { DAY_MS } from './types';

export interface AgeObservation {
  /** Age (days) when the deal closed, or its age when last seen open. */
  ageDays: number;
  /** true = closed (won or lost) at ageDays; false = still open (censored). */
  closed: boolean;
  /** Closed as won (only meaningful when closed). */
  won?: boolean;
}

export interface SurvivalCurve {
  /** Ascending distinct closing ages (days). */
  ages: number[];
  /** S(t) just after each age: probability a deal is still open past it. */
  survival: number[];
  /** Cumulative incidence of closing as won by each age (Aalen–Johansen). */
  wonIncidence: number[];
  /** Observations used. */
  n: number;
}

/** Kaplan–Meier estimate of "still open at age t". */
export function fitSurvival(observations: readonly AgeObservation[]): SurvivalCurve {
  const sorted = [...observations]
    .filter((o) => Number.isFinite(o.ageDays) && o.ageDays >= 0)
    .sort((a, b) => a.ageDays - b.ageDays || Number(b.closed) - Number(a.closed));
  const ages: number[] = [];
  const survival: number[] = [];
  const wonIncidence: number[] = [];
  let cif = 0;
  let atRisk = sorted.length;
  let s = 1;
  let i = 0;
  for (;;) {
    const head = sorted[i];
    if (!head) break;
    const t = head.ageDays;
    let events = 0;
    let wins = 0;
    let removed = 0;
    for (let o = sorted[i]; o && o.ageDays === t; o = sorted[i]) {
      if (o.closed) events += 1;
      if (o.closed && o.won) wins += 1;
      removed += 1;
      i += 1;
    }
    if (events > 0 && atRisk > 0) {
      cif += (s * wins) / atRisk;
      s *= 1 - events / atRisk;
      ages.push(t);
      survival.push(s);
      wonIncidence.push(cif);
    }
    atRisk -= removed;
  }
  return { ages, survival, wonIncidence, n: sorted.length };
}

/** Number of curve ages ≤ ageDays. */
function stepIndex(curve: SurvivalCurve, ageDays: number): number {
  let lo = 0;
  let hi = curve.ages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((curve.ages[mid] ?? Infinity) <= ageDays) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** S(t): probability a deal is still open at age t (closes counted at ages ≤ t). */
export function survivalAt(curve: SurvivalCurve, ageDays: number): number {
  const i = stepIndex(curve, ageDays);
  return i === 0 ? 1 : (curve.survival[i - 1] ?? 1);
}

/** Probability a new deal has closed as won by age t. */
export function wonIncidenceAt(curve: SurvivalCurve, ageDays: number): number {
  const i = stepIndex(curve, ageDays);
  return i === 0 ? 0 : (curve.wonIncidence[i - 1] ?? 0);
}

/**
 * P(closes within the next `horizonDays` | still open at age `ageDays`)
 * = (S(a⁻) − S((a + h)⁻)) / S(a⁻); ages are whole days, so a close at the deal's current
 * age still lies ahead (evaluated half a day earlier). 0 when no deal of that age survives.
 * With `lift(dayIndex)` each day's closing probability is weighted (e.g. a quarter-end win
 * lift), giving Σ_x P(close on day x) × lift(x).
 */
export function closeInPeriodProbability(
  ageDays: number,
  horizonDays: number,
  curve: SurvivalCurve,
  lift?: (dayIndex: number) => number,
): number {
  if (horizonDays <= 0) return 0;
  const sa = survivalAt(curve, ageDays - 0.5);
  if (sa <= 0) return 0;
  if (!lift) {
    const sb = survivalAt(curve, ageDays + horizonDays - 0.5);
    return Math.max(0, Math.min(1, (sa - sb) / sa));
  }
  // Walk the curve's steps once: each close age in [a − ½, a + h − ½) falls on day ⌈age − a + ½⌉ − 1.
  let p = 0;
  let prev = sa;
  for (let i = stepIndex(curve, ageDays - 0.5); i < curve.ages.length; i++) {
    const age = curve.ages[i] as number;
    if (age > ageDays + horizonDays - 0.5) break;
    const next = curve.survival[i] as number;
    const day = Math.max(0, Math.ceil(age - ageDays + 0.5) - 1);
    p += ((prev - next) / sa) * lift(day);
    prev = next;
  }
  return Math.max(0, p);
}

/** Whole days between two instants (floor). */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

export interface RunRateDeal {
  engagedAt: number;
  /** Close instant when closed before the fitting instant, else null. */
  closedAt: number | null;
  won: boolean;
  /** Won value. */
  amount: number;
}

export interface NewBusinessAllowance {
  /** Expected value won within the horizon from deals not yet in the pipeline. */
  amount: number;
  /** New deals per day over the recent window. */
  perDay: number;
  /** Mean value of a won deal over the look-back. */
  avgWonValue: number;
  /** Expected number of wins the allowance stands for. */
  expectedWins: number;
}

/**
 * New-business allowance from the recent run rate: deals enter the pipeline at the recent
 * rate λ (deals engaged in the last `recentDays`, default 28, per day); a deal entering u
 * days from now is won at age x (before the period ends: u + x < h) with probability
 * dCIF_won(x), the increment of the cumulative incidence of winning by age, fitted on the
 * look-back's deals (closed before `now` = events, still open = censored); each win is
 * worth the mean won value and optionally weighted by `lift(u + x)` (quarter-end effect):
 *   amount = λ × mean won value × Σ_u Σ_x dCIF_won(x) × lift(u + x).
 * Only deals known at `now` are used (closedAt ≥ now counts as still open).
 */
export function newBusinessAllowance(
  deals: readonly RunRateDeal[],
  now: number,
  horizonDays: number,
  lookbackDays: number,
  recentDays = 28,
  lift?: (dayIndex: number) => number,
): NewBusinessAllowance {
  const from = now - lookbackDays * DAY_MS;
  const inWindow = deals.filter((d) => d.engagedAt >= from && d.engagedAt < now);
  const recentFrom = now - recentDays * DAY_MS;
  const perDay = recentDays > 0 ? inWindow.filter((d) => d.engagedAt >= recentFrom).length / recentDays : 0;
  const won = inWindow.filter((d) => d.won && d.closedAt !== null && d.closedAt < now);
  const avgWonValue = won.length ? won.reduce((a, d) => a + d.amount, 0) / won.length : 0;
  const h = Math.floor(horizonDays);
  if (h <= 0 || perDay === 0 || won.length === 0) {
    return { amount: 0, perDay, avgWonValue, expectedWins: 0 };
  }
  const curve = fitSurvival(
    inWindow.map((d) =>
      d.closedAt !== null && d.closedAt < now
        ? { ageDays: Math.floor((d.closedAt - d.engagedAt) / DAY_MS), closed: true, won: d.won }
        : { ageDays: Math.floor((now - d.engagedAt) / DAY_MS), closed: false },
    ),
  );
  // A deal entering on day u wins at age x (day u + x < h) with dCIF(x).
  const dCif = Array.from(
    { length: h },
    (_, x) => wonIncidenceAt(curve, x + 0.5) - wonIncidenceAt(curve, x - 0.5),
  );
  let sum = 0;
  for (let u = 0; u < h; u++) {
    for (let x = 0; u + x < h; x++) sum += (dCif[x] ?? 0) * (lift ? lift(u + x) : 1);
  }
  const expectedWins = perDay * sum;
  return { amount: expectedWins * avgWonValue, perDay, avgWonValue, expectedWins };
}
