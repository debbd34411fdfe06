/**
 * Stage-percentage baseline (for comparison only, never the product's forecast):
 * forecast = won so far + Σ open amount × fixed percentage of the deal's stage.
 */

export interface StageDeal {
  id: string;
  amount: number;
  stage: string;
}

export interface StageBaseline {
  total: number;
  wonSoFar: number;
  pipeline: number;
  deals: { id: string; amount: number; stage: string; probability: number; contribution: number }[];
}

/** Historical win rate per stage reached: closed deals' wins / n by the stage they passed. */
export function stageWinRates(closed: readonly { stage: string; won: boolean }[]): Record<string, number> {
  const acc: Record<string, { w: number; n: number }> = {};
  for (const d of closed) {
    const a = (acc[d.stage] ??= { w: 0, n: 0 });
    a.n += 1;
    if (d.won) a.w += 1;
  }
  return Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, v.w / v.n]));
}

/** Unknown stages count 0. */
export function stageBaseline(
  openDeals: readonly StageDeal[],
  stagePercent: Readonly<Record<string, number>>,
  wonSoFar: number,
): StageBaseline {
  const deals = openDeals.map((d) => {
    const probability = stagePercent[d.stage] ?? 0;
    return { ...d, probability, contribution: d.amount * probability };
  });
  const pipeline = deals.reduce((a, d) => a + d.contribution, 0);
  return { total: wonSoFar + pipeline, wonSoFar, pipeline, deals };
}
