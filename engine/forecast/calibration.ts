/** F5/F7 measuring: Brier score, calibration table, forecast error and the weekly rule. */

export interface CalibrationRow {
  /** Predicted-probability bin [lo, hi); the last bin includes 1. */
  bin: [number, number];
  n: number;
  meanPredicted: number | null;
  actualRate: number | null;
}

/** Mean squared difference between predicted probability and outcome (0/1); null if empty. */
export function brierScore(predictions: readonly number[], outcomes: readonly boolean[]): number | null {
  if (predictions.length === 0) return null;
  let s = 0;
  predictions.forEach((p, i) => {
    const o = outcomes[i] ? 1 : 0;
    s += (p - o) ** 2;
  });
  return s / predictions.length;
}

/** Predicted vs actual by probability bin (default 10 bins of 0.1). */
export function calibrationTable(
  predictions: readonly number[],
  outcomes: readonly boolean[],
  bins = 10,
): CalibrationRow[] {
  const rows = Array.from({ length: bins }, (_, i) => ({ i, n: 0, p: 0, w: 0 }));
  predictions.forEach((p, k) => {
    const row = rows[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))];
    if (!row) return;
    row.n += 1;
    row.p += p;
    if (outcomes[k]) row.w += 1;
  });
  return rows.map((r) => ({
    bin: [r.i / bins, (r.i + 1) / bins],
    n: r.n,
    meanPredicted: r.n > 0 ? r.p / r.n : null,
    actualRate: r.n > 0 ? r.w / r.n : null,
  }));
}

/** |forecast − actual| / actual; null when actual is 0. */
export function forecastError(forecast: number, actual: number): number | null {
  if (actual === 0) return null;
  return Math.abs(forecast - actual) / Math.abs(actual);
}

export interface CalibrationFlag {
  /** Consecutive most recent weeks off by more than the threshold. */
  streak: number;
  /** streak ≥ consecutiveWeeks → open an improvement-plan task. */
  flagged: boolean;
}

/**
 * Weekly calibration rule (F5): weekly relative errors in chronological order (null = not
 * measurable, breaks the streak); a rep is flagged when the latest `consecutiveWeeks` errors
 * all exceed `deviationThreshold` (strictly).
 */
export function calibrationFlag(
  weeklyErrors: readonly (number | null)[],
  policy: { deviationThreshold: number; consecutiveWeeks: number },
): CalibrationFlag {
  let streak = 0;
  for (let i = weeklyErrors.length - 1; i >= 0; i--) {
    const e = weeklyErrors[i];
    if (e === null || e === undefined || !(e > policy.deviationThreshold)) break;
    streak += 1;
  }
  return { streak, flagged: streak >= policy.consecutiveWeeks };
}
