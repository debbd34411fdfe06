/**
 * Quarter-end effect: many B2B teams win noticeably more of the deals that close in the
 * last month of a quarter. Measured, not assumed: the smoothed win rate of deals closed in
 * each month of the quarter over the look-back, divided by the overall rate (1 = no effect).
 */
import { monthsBefore } from './banding';
import { DAY_MS } from './types';

/** 0, 1 or 2: month of the quarter an instant falls in (UTC). */
export function monthOfQuarter(at: number): number {
  return new Date(at).getUTCMonth() % 3;
}

/**
 * Win-rate lift per month of the quarter, each month's rate shrunk toward the overall rate
 * with `strength` pseudo-deals: lift_m = ((w_m + s·p) / (n_m + s)) / p.
 */
export function quarterMonthLift(
  history: readonly { closedAt: number; won: boolean }[],
  now: number,
  lookbackMonths: number,
  strength = 50,
): [number, number, number] {
  const from = monthsBefore(now, lookbackMonths);
  const w = [0, 0, 0];
  const n = [0, 0, 0];
  for (const h of history) {
    if (h.closedAt < from || h.closedAt >= now) continue;
    const m = monthOfQuarter(h.closedAt);
    n[m] = (n[m] ?? 0) + 1;
    if (h.won) w[m] = (w[m] ?? 0) + 1;
  }
  const total = n.reduce((a, b) => a + b, 0);
  if (total === 0) return [1, 1, 1];
  const p = w.reduce((a, b) => a + b, 0) / total;
  if (p === 0) return [1, 1, 1];
  const lift = (m: number) => ((w[m] ?? 0) + strength * p) / ((n[m] ?? 0) + strength) / p;
  return [lift(0), lift(1), lift(2)];
}

/** Day-index lift function for a horizon starting at `now` (day x → month of now + x days). */
export function dailyLift(lifts: readonly number[], now: number): (dayIndex: number) => number {
  const cache: number[] = [];
  return (x) => {
    let v = cache[x];
    if (v === undefined) {
      v = lifts[monthOfQuarter(now + x * DAY_MS + DAY_MS / 2)] ?? 1;
      if (Number.isInteger(x) && x >= 0 && x < 4000) cache[x] = v;
    }
    return v;
  };
}
