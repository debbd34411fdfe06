import { bandedWinRates, monthsBefore, winProbability } from './banding';
import { betaCdf, betaInterval, betaQuantile } from './beta';
import type { BandingView } from './types';

const NOW = Date.UTC(2027, 0, 1);
const DAY = 86_400_000;
const at = (daysAgo: number) => NOW - daysAgo * DAY;

// Two bands of width 50: the high band has 2 wins of 2, the low band 1 win of 4.
const history = [
  { score: 80, won: true, closedAt: at(10), ageDays: 40 },
  { score: 90, won: true, closedAt: at(20), ageDays: 10 },
  { score: 10, won: true, closedAt: at(30), ageDays: 50 },
  { score: 20, won: false, closedAt: at(40), ageDays: 60 },
  { score: 30, won: false, closedAt: at(50), ageDays: 5 },
  { score: 40, won: false, closedAt: at(60), ageDays: 70 },
  // Outside the 6-month window and in the future: ignored.
  { score: 95, won: false, closedAt: at(400) },
  { score: 95, won: false, closedAt: NOW },
];

const banding = (toward: 'overall' | 'neighbours'): BandingView => ({
  width: 50,
  lookbackMonths: 6,
  minSample: 3,
  prior: { method: 'beta_binomial', toward, strength: 2 },
  interval: 0.9,
});

describe('F3: banded win rates with beta-binomial smoothing', () => {
  test('F3: "2 of 2" does not read as 100 % (prior toward the overall rate)', () => {
    const [lo, hi] = bandedWinRates(history, banding('overall'), NOW);
    // overall = 3 / 6 = 0.5; high band (2 + 2·0.5) / (2 + 2) = 0.75
    expect(hi).toMatchObject({ band: [50, 100], wins: 2, n: 2, rate: 1, priorMean: 0.5, thin: true });
    expect(hi?.smoothed).toBeCloseTo(0.75, 10);
    // low band (1 + 1) / (4 + 2) = 1/3
    expect(lo).toMatchObject({ band: [0, 50], wins: 1, n: 4, thin: false });
    expect(lo?.smoothed).toBeCloseTo(1 / 3, 10);
    // Posterior Beta(3, 1): CDF x³ → 5 % and 95 % quantiles are 0.05^(1/3), 0.95^(1/3).
    expect(hi?.interval[0]).toBeCloseTo(Math.cbrt(0.05), 6);
    expect(hi?.interval[1]).toBeCloseTo(Math.cbrt(0.95), 6);
  });

  test('F3: prior toward the neighbouring bands (themselves shrunk toward the overall rate)', () => {
    const [lo, hi] = bandedWinRates(history, banding('neighbours'), NOW);
    // neighbour of high = low band: (1 + 2·0.5) / (4 + 2) = 1/3; smoothed (2 + 2/3) / 4 = 2/3
    expect(hi?.priorMean).toBeCloseTo(1 / 3, 10);
    expect(hi?.smoothed).toBeCloseTo(2 / 3, 10);
    // neighbour of low = high band: (2 + 1) / (2 + 2) = 0.75; smoothed (1 + 1.5) / 6
    expect(lo?.priorMean).toBeCloseTo(0.75, 10);
    expect(lo?.smoothed).toBeCloseTo(2.5 / 6, 10);
  });

  test('F3: like-for-like by age keeps only deals still open at that age', () => {
    const [lo, hi] = bandedWinRates(history, banding('overall'), NOW, { minAgeDays: 30 });
    // ages ≥ 30: 80 (won), 10 (won), 20 (lost), 40 (lost) → overall 0.5; high 1 of 1
    expect(hi).toMatchObject({ wins: 1, n: 1 });
    expect(hi?.smoothed).toBeCloseTo((1 + 1) / 3, 10);
    expect(lo).toMatchObject({ wins: 1, n: 3 });
  });

  test('F3: win probability shows its band, sample and interval', () => {
    const rates = bandedWinRates(history, banding('overall'), NOW);
    const p = winProbability(85, rates);
    expect(p.band).toEqual([50, 100]);
    expect(p.n).toBe(2);
    expect(p.wins).toBe(2);
    expect(p.value).toBeCloseTo(0.75, 10);
    expect(p.interval[0]).toBeLessThan(p.value);
    expect(p.interval[1]).toBeGreaterThan(p.value);
    expect(p.thin).toBe(true);
  });

  test('F3: no history at all → 0.5 everywhere', () => {
    const rates = bandedWinRates([], banding('neighbours'), NOW);
    expect(rates.every((r) => r.smoothed === 0.5 && r.n === 0 && r.rate === null)).toBe(true);
  });

  test('F3: calendar months back (clamped to the month end)', () => {
    expect(new Date(monthsBefore(Date.UTC(2027, 2, 31), 1)).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(new Date(monthsBefore(Date.UTC(2027, 0, 15), 6)).toISOString()).toBe('2026-07-15T00:00:00.000Z');
  });

  test('F3: beta distribution helpers', () => {
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 10);
    expect(betaCdf(0.5, 2, 2)).toBeCloseTo(0.5, 10);
    expect(betaQuantile(0.5, 5, 5)).toBeCloseTo(0.5, 6);
    const [a, b] = betaInterval(0.9, 2, 8);
    expect(betaCdf(a, 2, 8)).toBeCloseTo(0.05, 6);
    expect(betaCdf(b, 2, 8)).toBeCloseTo(0.95, 6);
  });
});
