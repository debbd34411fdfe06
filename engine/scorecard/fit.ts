/**
 * F7/L3 scorecard suggestion: from historical leads, pick at most `maxConditions`
 * conditions by forward selection (score test on the current L2 logistic fit), refit, turn
 * the coefficients into integer points and choose A/B/C thresholds — all on the training
 * rows only. The result is a grading-rules-shaped rule set.
 */
import { auc, classTable, type ClassStats, type ScoreClass } from './auc';
import {
  buildCandidates,
  indicator,
  isIdentifierColumn,
  type Candidate,
  type CandidateOptions,
  type Row,
} from './candidates';
import {
  adjustedScoreStatistics,
  fitLogistic,
  linearScores,
  scoreStatistics,
  sigmoid,
  type LogisticModel,
} from './logistic';

export interface ScorecardRule {
  when: unknown;
  points: number;
  column: string;
  kind: Candidate['kind'];
  value: Candidate['value'];
  /** Unrounded log-odds coefficient. */
  coefficient: number;
  /** Single conditions of a "both" rule (else the rule itself). */
  parts: NonNullable<Candidate['parts']>;
}

export interface ScorecardThresholds {
  A: number;
  B: number;
  C: number;
}

export interface FitOptions extends CandidateOptions {
  maxConditions?: number;
  /** L2 penalty (default 1). */
  lambda?: number;
  /** Points per unit of log-odds (default 10 / ln 2: 10 points double the odds). */
  pointsPerLogit?: number;
  /** Training conversion wanted in class A (default 0.85) and allowed in class D (default 0.04). */
  targetA?: number;
  targetD?: number;
  /** Least score-test statistic to add a condition (default 1). */
  minStatistic?: number;
  /** Also offer "A and B" conditions built from this many strongest single conditions (default 30). */
  pairs?: number;
  /** Rank candidates by the score test adjusted for the chosen conditions (default true). */
  adjusted?: boolean;
  /** Offer "one of the best-converting values" conditions (default false). */
  oneOf?: boolean;
}

export interface Scorecard {
  rules: ScorecardRule[];
  thresholds: ScorecardThresholds;
  intercept: number;
  columns: string[];
  skippedColumns: string[];
  training: { n: number; auc: number | null; unroundedAuc: number | null };
}

/** Parses a target cell: 1/true/yes/converted/won → true. */
export function targetValue(v: string | undefined): boolean {
  return /^(1|1\.0|true|yes|y|converted|won)$/i.test(String(v ?? '').trim());
}

function chooseThresholds(
  scores: readonly number[],
  y: readonly boolean[],
  targetA: number,
  targetD: number,
): ScorecardThresholds {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  const conv = (pred: (s: number) => boolean) => {
    let n = 0;
    let w = 0;
    scores.forEach((s, i) => {
      if (!pred(s)) return;
      n += 1;
      if (y[i]) w += 1;
    });
    return { n, rate: n ? w / n : 0 };
  };
  const minN = Math.max(10, Math.ceil(scores.length * 0.02));
  // A: lowest cut whose "score ≥ cut" group converts ≥ targetA (with enough leads).
  let A = (distinct[distinct.length - 1] ?? 0) + 1;
  for (const c of distinct) {
    const g = conv((s) => s >= c);
    if (g.n >= minN && g.rate >= targetA) {
      A = c;
      break;
    }
  }
  // C: highest cut whose "score < cut" group converts ≤ targetD.
  let C = distinct[0] ?? 0;
  for (const c of distinct) {
    if (c >= A) break;
    const g = conv((s) => s < c);
    if (g.n >= minN && g.rate <= targetD) C = c;
  }
  // B: lowest cut in (C, A) where "C..cut" and "cut..A" split at a 50 % conversion.
  let B = Math.round((A + C) / 2);
  for (const c of distinct) {
    if (c <= C || c >= A) continue;
    const g = conv((s) => s >= c && s < A);
    if (g.n >= minN && g.rate >= 0.5) {
      B = c;
      break;
    }
  }
  if (!(B > C)) B = C + 1;
  if (!(A > B)) A = B + 1;
  return { A, B, C };
}

/** Appends "A and B" candidates from the `top` strongest single conditions (different columns). */
function addPairs(
  candidates: Candidate[],
  cols: Uint8Array[],
  y: readonly boolean[],
  top: number,
  minCount: number,
): void {
  if (top < 2) return;
  const base = y.filter(Boolean).length / y.length;
  const stats = scoreStatistics(
    cols,
    y,
    y.map(() => base),
  );
  const order = stats
    .map((s, j) => [s, j] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, top)
    .map(([, j]) => j);
  const n = y.length;
  for (let a = 0; a < order.length; a++) {
    for (let b = a + 1; b < order.length; b++) {
      const ca = candidates[order[a] as number] as Candidate;
      const cb = candidates[order[b] as number] as Candidate;
      if (ca.column === cb.column) continue;
      const xa = cols[order[a] as number] as Uint8Array;
      const xb = cols[order[b] as number] as Uint8Array;
      const both = new Uint8Array(n);
      let count = 0;
      for (let r = 0; r < n; r++) {
        if (xa[r] && xb[r]) {
          both[r] = 1;
          count += 1;
        }
      }
      if (count < minCount || count === n) continue;
      candidates.push({
        column: `${ca.column} & ${cb.column}`,
        kind: 'both',
        value: `${String(ca.value)} & ${String(cb.value)}`,
        when: { and: [ca.when, cb.when] },
        parts: [ca, cb].map((c) => ({ column: c.column, kind: c.kind as 'equals', value: c.value })),
      });
      cols.push(both);
    }
  }
}

export function fitScorecard(
  rows: readonly Row[],
  target: string,
  exclude: readonly string[] = [],
  opts: FitOptions = {},
): Scorecard {
  const y = rows.map((r) => targetValue(r[target]));
  const all = Object.keys(rows[0] ?? {}).filter((c) => c !== target && !exclude.includes(c));
  const skippedColumns = all.filter((c) => isIdentifierColumn(rows, c));
  const columns = all.filter((c) => !skippedColumns.includes(c));
  const candidates = buildCandidates(rows, columns, { ...opts, outcomes: opts.oneOf ? y : undefined });
  const cols = candidates.map((c) => indicator(c.when, rows));
  addPairs(
    candidates,
    cols,
    y,
    opts.pairs ?? 30,
    opts.minCount ?? Math.max(30, Math.ceil(rows.length * 0.01)),
  );
  const lambda = opts.lambda ?? 1;
  const maxConditions = opts.maxConditions ?? 15;
  const minStat = opts.minStatistic ?? 1;
  const chosen: number[] = [];
  let model: LogisticModel = fitLogistic([], y, lambda);
  while (chosen.length < maxConditions) {
    const eta = linearScores(
      chosen.map((j) => cols[j] as Uint8Array),
      model.coefficients,
      rows.length,
    );
    const p = eta.map((e) => sigmoid(e + model.intercept));
    const stats =
      opts.adjusted === false
        ? scoreStatistics(cols, y, p)
        : adjustedScoreStatistics(
            cols,
            chosen.map((j) => cols[j] as Uint8Array),
            y,
            p,
            lambda,
          );
    let best = -1;
    stats.forEach((s, j) => {
      if (chosen.includes(j)) return;
      if (best < 0 || s > (stats[best] as number)) best = j;
    });
    if (best < 0 || (stats[best] as number) < minStat) break;
    chosen.push(best);
    model = fitLogistic(
      chosen.map((j) => cols[j] as Uint8Array),
      y,
      lambda,
    );
  }
  const k = opts.pointsPerLogit ?? 10 / Math.LN2;
  const rules: ScorecardRule[] = chosen
    .map((j, i) => {
      const c = candidates[j] as Candidate;
      const coefficient = model.coefficients[i] as number;
      return {
        when: c.when,
        points: Math.round(coefficient * k),
        column: c.column,
        kind: c.kind,
        value: c.value,
        coefficient,
        parts: c.parts ?? [{ column: c.column, kind: c.kind as 'equals', value: c.value }],
      };
    })
    .filter((r) => r.points !== 0);
  const ruleCols = rules.map((r) => indicator(r.when, rows));
  const scores = linearScores(
    ruleCols,
    rules.map((r) => r.points),
    rows.length,
  );
  const unrounded = linearScores(
    ruleCols,
    rules.map((r) => r.coefficient),
    rows.length,
  );
  return {
    rules,
    thresholds: chooseThresholds(scores, y, opts.targetA ?? 0.85, opts.targetD ?? 0.04),
    intercept: model.intercept,
    columns,
    skippedColumns,
    training: { n: rows.length, auc: auc(scores, y), unroundedAuc: auc(unrounded, y) },
  };
}

export interface ScorecardEvaluation {
  n: number;
  auc: number | null;
  unroundedAuc: number | null;
  classes: Record<ScoreClass, ClassStats>;
}

/** Score = Σ points of the rules that hold (the grading-rules semantics). */
export function scoreRows(
  rules: readonly { when: unknown; points: number }[],
  rows: readonly Row[],
): number[] {
  return linearScores(
    rules.map((r) => indicator(r.when, rows)),
    rules.map((r) => r.points),
    rows.length,
  );
}

/** AUC and conversion by class on held-out rows. */
export function evaluateScorecard(
  card: {
    rules: readonly { when: unknown; points: number; coefficient?: number }[];
    thresholds: ScorecardThresholds;
  },
  rows: readonly Row[],
  target: string,
): ScorecardEvaluation {
  const y = rows.map((r) => targetValue(r[target]));
  const scores = scoreRows(card.rules, rows);
  const hasCoef = card.rules.every((r) => typeof r.coefficient === 'number');
  const unrounded = hasCoef
    ? scoreRows(
        card.rules.map((r) => ({ when: r.when, points: r.coefficient as number })),
        rows,
      )
    : null;
  return {
    n: rows.length,
    auc: auc(scores, y),
    unroundedAuc: unrounded ? auc(unrounded, y) : null,
    classes: classTable(scores, y, card.thresholds),
  };
}
