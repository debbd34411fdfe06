/**
 * F3/F4/F6/F7 period forecast:
 *   total = won so far + Σ open amount × p(win) × p(close in period | age) × payment factor
 *           + new-business allowance,
 * each term and each deal's contribution shown, plus what the number rests on.
 */
import type { I18nText } from '../types';
import { winProbability, type BandRate } from './banding';
import { closeInPeriodProbability, type SurvivalCurve } from './timing';
import type { Band, HealthPolicyView } from './types';

export interface ForecastDealInput {
  id: string;
  amount: number;
  score: number;
  /** Age in days at `now` (from creation/engagement). */
  ageDays: number;
  /** F6 multiplier (default 1) and its reason. */
  paymentFactor?: number;
  paymentReason?: I18nText | null;
}

export interface ForecastInput {
  /** Period bounds (ms): [start, end). */
  period: { start: number; end: number };
  now: number;
  openDeals: readonly ForecastDealInput[];
  /** Value already won inside the period before `now`. */
  wonSoFar: number;
  rates: readonly BandRate[];
  /** Optional per-deal rates (e.g. like-for-like by age); falls back to `rates`. */
  ratesFor?: (deal: ForecastDealInput) => readonly BandRate[] | undefined;
  /** Close-timing curve; absent/null → p(close) = 1 (timing disabled). */
  timing?: SurvivalCurve | null;
  /**
   * Optional win lift by day of the remaining horizon (day 0 = now), e.g. the measured
   * quarter-end effect (see quarterMonthLift / dailyLift); reported per deal as winLift.
   */
  lift?: (dayIndex: number) => number;
  /** Allowance for business not yet in the pipeline (0 when disabled). */
  newBusiness?: number;
  health?: HealthPolicyView;
}

export interface ForecastDeal {
  id: string;
  amount: number;
  score: number;
  /** p(win) from the band. */
  probability: number;
  band: Band;
  n: number;
  interval: [number, number];
  thin: boolean;
  /** p(close inside the rest of the period | age). */
  pClose: number;
  paymentFactor: number;
  paymentReason: I18nText | null;
  /** Quarter-end (or other) win lift over the deal's likely closing days (1 = none). */
  winLift: number;
  /** amount × probability × pClose × winLift × paymentFactor. */
  contribution: number;
  strength: 'strong' | 'medium' | 'weak';
}

export interface CompositionPart {
  key: 'won' | 'strong' | 'medium' | 'weak' | 'new_business';
  amount: number;
  /** Share of the total (0–1). */
  share: number;
  deals: number;
}

export interface Forecast {
  total: number;
  /** Won so far + contributions of strong deals. */
  committed: number;
  /** Won so far + Σ amount × pClose × paymentFactor (every open deal that closes is won) + allowance. */
  bestCase: number;
  wonSoFar: number;
  pipeline: number;
  newBusiness: number;
  deals: ForecastDeal[];
  composition: CompositionPart[];
}

const DEFAULT_HEALTH: HealthPolicyView = { strongScore: 75, weakScore: 60 };

export function forecastPeriod(input: ForecastInput): Forecast {
  const health = input.health ?? DEFAULT_HEALTH;
  const horizonDays = Math.max(0, (input.period.end - Math.max(input.now, input.period.start)) / 86_400_000);
  const deals: ForecastDeal[] = input.openDeals.map((d) => {
    const wp = winProbability(d.score, input.ratesFor?.(d) ?? input.rates);
    const pClose = input.timing ? closeInPeriodProbability(d.ageDays, horizonDays, input.timing) : 1;
    const lifted =
      input.timing && input.lift
        ? closeInPeriodProbability(d.ageDays, horizonDays, input.timing, input.lift)
        : pClose;
    const winLift = pClose > 0 ? lifted / pClose : 1;
    const paymentFactor = d.paymentFactor ?? 1;
    const strength: ForecastDeal['strength'] =
      d.score >= health.strongScore ? 'strong' : d.score < health.weakScore ? 'weak' : 'medium';
    return {
      id: d.id,
      amount: d.amount,
      score: d.score,
      probability: wp.value,
      band: wp.band,
      n: wp.n,
      interval: wp.interval,
      thin: wp.thin,
      pClose,
      winLift,
      paymentFactor,
      paymentReason: d.paymentReason ?? null,
      contribution: d.amount * wp.value * pClose * winLift * paymentFactor,
      strength,
    };
  });
  const pipeline = deals.reduce((a, d) => a + d.contribution, 0);
  const newBusiness = Math.max(0, input.newBusiness ?? 0);
  const total = input.wonSoFar + pipeline + newBusiness;
  const sumOf = (k: ForecastDeal['strength']) =>
    deals.filter((d) => d.strength === k).reduce((a, d) => a + d.contribution, 0);
  const countOf = (k: ForecastDeal['strength']) => deals.filter((d) => d.strength === k).length;
  const share = (x: number) => (total > 0 ? x / total : 0);
  const parts: CompositionPart[] = [
    { key: 'won', amount: input.wonSoFar, share: share(input.wonSoFar), deals: 0 },
    ...(['strong', 'medium', 'weak'] as const).map((k) => ({
      key: k,
      amount: sumOf(k),
      share: share(sumOf(k)),
      deals: countOf(k),
    })),
    { key: 'new_business', amount: newBusiness, share: share(newBusiness), deals: 0 },
  ];
  return {
    total,
    committed: input.wonSoFar + sumOf('strong'),
    bestCase:
      input.wonSoFar + deals.reduce((a, d) => a + d.amount * d.pClose * d.paymentFactor, 0) + newBusiness,
    wonSoFar: input.wonSoFar,
    pipeline,
    newBusiness,
    deals,
    composition: parts,
  };
}
