/** Ranking quality of a score: ROC AUC with ties counted half (Mann–Whitney). */

export function auc(scores: readonly number[], outcomes: readonly boolean[]): number | null {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let pos = 0;
  for (const o of outcomes) if (o) pos += 1;
  const neg = outcomes.length - pos;
  if (pos === 0 || neg === 0) return null;
  // Sum of positive ranks with average ranks for ties.
  let rankSum = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    const v = scores[idx[i] as number];
    while (j < idx.length && scores[idx[j] as number] === v) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (outcomes[idx[k] as number]) rankSum += avgRank;
    i = j;
  }
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export type ScoreClass = 'A' | 'B' | 'C' | 'D';

export interface ClassStats {
  n: number;
  /** Share converted (null when the class is empty). */
  conversion: number | null;
}

/** A if score ≥ A, B if ≥ B, C if ≥ C, else D (same as engine/grading classify). */
export function classOf(score: number, t: { A: number; B: number; C: number }): ScoreClass {
  return score >= t.A ? 'A' : score >= t.B ? 'B' : score >= t.C ? 'C' : 'D';
}

export function classTable(
  scores: readonly number[],
  outcomes: readonly boolean[],
  t: { A: number; B: number; C: number },
): Record<ScoreClass, ClassStats> {
  const acc: Record<ScoreClass, { n: number; w: number }> = {
    A: { n: 0, w: 0 },
    B: { n: 0, w: 0 },
    C: { n: 0, w: 0 },
    D: { n: 0, w: 0 },
  };
  scores.forEach((s, i) => {
    const c = acc[classOf(s, t)];
    c.n += 1;
    if (outcomes[i]) c.w += 1;
  });
  const stats = (k: ScoreClass): ClassStats => ({
    n: acc[k].n,
    conversion: acc[k].n ? acc[k].w / acc[k].n : null,
  });
  return { A: stats('A'), B: stats('B'), C: stats('C'), D: stats('D') };
}
