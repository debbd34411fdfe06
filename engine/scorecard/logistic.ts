/**
 * L2-penalised logistic regression on 0/1 indicator features, fitted by Newton–Raphson
 * (IRLS). The intercept is not penalised. Deterministic.
 */

export interface LogisticModel {
  intercept: number;
  coefficients: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A x = b for a symmetric positive-definite A (Cholesky); A is k×k row-major. */
function solveSpd(a: number[][], b: number[]): number[] {
  const k = b.length;
  const l: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    const li = l[i] as number[];
    for (let j = 0; j <= i; j++) {
      const lj = l[j] as number[];
      let sum = (a[i] as number[])[j] as number;
      for (let p = 0; p < j; p++) sum -= (li[p] as number) * (lj[p] as number);
      if (i === j) li[i] = Math.sqrt(Math.max(sum, 1e-12));
      else li[j] = sum / (lj[j] as number);
    }
  }
  const y = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    let sum = b[i] as number;
    for (let p = 0; p < i; p++) sum -= ((l[i] as number[])[p] as number) * (y[p] as number);
    y[i] = sum / ((l[i] as number[])[i] as number);
  }
  const x = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let p = i + 1; p < k; p++) sum -= ((l[p] as number[])[i] as number) * (x[p] as number);
    x[i] = sum / ((l[i] as number[])[i] as number);
  }
  return x;
}

/**
 * Fits P(y) = σ(b0 + Σ b_j x_j) with penalty λ/2 Σ b_j². `columns[j]` lists the row indices
 * where feature j is 1 (sparse 0/1 design).
 */
export function fitLogistic(
  columns: readonly Uint8Array[],
  y: readonly boolean[],
  lambda = 1,
  iterations = 25,
): LogisticModel {
  const n = y.length;
  const k = columns.length;
  const beta = new Array<number>(k + 1).fill(0); // [intercept, ...coefficients]
  const pos = y.filter(Boolean).length;
  beta[0] = Math.log((pos + 0.5) / (n - pos + 0.5));
  const eta = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    eta.fill(beta[0] as number);
    for (let j = 0; j < k; j++) {
      const col = columns[j] as Uint8Array;
      const b = beta[j + 1] as number;
      if (b !== 0) for (let r = 0; r < n; r++) if (col[r]) eta[r] = (eta[r] as number) + b;
    }
    const h: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    const g = new Array<number>(k + 1).fill(0);
    const active: number[] = [];
    for (let r = 0; r < n; r++) {
      const p = sigmoid(eta[r] as number);
      const w = p * (1 - p);
      const resid = (y[r] ? 1 : 0) - p;
      active.length = 0;
      active.push(0);
      for (let j = 0; j < k; j++) if ((columns[j] as Uint8Array)[r]) active.push(j + 1);
      for (const a of active) {
        g[a] = (g[a] as number) + resid;
        const ha = h[a] as number[];
        for (const b of active) ha[b] = (ha[b] as number) + w;
      }
    }
    for (let j = 1; j <= k; j++) {
      g[j] = (g[j] as number) - lambda * (beta[j] as number);
      (h[j] as number[])[j] = ((h[j] as number[])[j] as number) + lambda;
    }
    const step = solveSpd(h, g);
    let maxStep = 0;
    step.forEach((s, i) => {
      beta[i] = (beta[i] as number) + s;
      maxStep = Math.max(maxStep, Math.abs(s));
    });
    if (maxStep < 1e-7) break;
  }
  return { intercept: beta[0] as number, coefficients: beta.slice(1) };
}

/** Linear predictor for every row. */
export function linearScores(
  columns: readonly Uint8Array[],
  weights: readonly number[],
  n: number,
): number[] {
  const out = new Array<number>(n).fill(0);
  columns.forEach((col, j) => {
    const w = weights[j] as number;
    for (let r = 0; r < n; r++) if (col[r]) out[r] = (out[r] as number) + w;
  });
  return out;
}

/** Score-test statistic g² / I for adding each candidate to a model with fitted probabilities p. */
export function scoreStatistics(
  candidates: readonly Uint8Array[],
  y: readonly boolean[],
  p: readonly number[],
): number[] {
  return candidates.map((col) => {
    let g = 0;
    let info = 0;
    for (let r = 0; r < y.length; r++) {
      if (!col[r]) continue;
      const pr = p[r] as number;
      g += (y[r] ? 1 : 0) - pr;
      info += pr * (1 - pr);
    }
    return info > 0 ? (g * g) / info : 0;
  });
}

/**
 * Efficient score statistic for adding each candidate to the current model (intercept +
 * `selected`): g² / (H_jj + λ − H_jS H_SS⁻¹ H_Sj), i.e. the information left after what the
 * selected features already explain, so near-duplicates of chosen conditions score low.
 */
export function adjustedScoreStatistics(
  candidates: readonly Uint8Array[],
  selected: readonly Uint8Array[],
  y: readonly boolean[],
  p: readonly number[],
  lambda: number,
): number[] {
  const n = y.length;
  const k = selected.length + 1;
  const w = p.map((pr) => pr * (1 - pr));
  const inS = (c: number, r: number) => (c === 0 ? 1 : ((selected[c - 1] as Uint8Array)[r] as number));
  const hss: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let r = 0; r < n; r++) {
    const wr = w[r] as number;
    for (let a = 0; a < k; a++) {
      if (!inS(a, r)) continue;
      const row = hss[a] as number[];
      for (let b = 0; b < k; b++) if (inS(b, r)) row[b] = (row[b] as number) + wr;
    }
  }
  for (let a = 1; a < k; a++) (hss[a] as number[])[a] = ((hss[a] as number[])[a] as number) + lambda;
  return candidates.map((col) => {
    let g = 0;
    let hjj = lambda;
    const hjs = new Array<number>(k).fill(0);
    for (let r = 0; r < n; r++) {
      if (!col[r]) continue;
      const wr = w[r] as number;
      g += (y[r] ? 1 : 0) - (p[r] as number);
      hjj += wr;
      for (let a = 0; a < k; a++) if (inS(a, r)) hjs[a] = (hjs[a] as number) + wr;
    }
    const x = solveSpd(hss, hjs);
    let explained = 0;
    x.forEach((v, a) => {
      explained += v * (hjs[a] as number);
    });
    const info = hjj - explained;
    return info > 1e-9 ? (g * g) / info : 0;
  });
}

export { sigmoid };
