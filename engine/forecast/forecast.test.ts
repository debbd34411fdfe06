import { bandedWinRates } from './banding';
import { forecastPeriod } from './forecast';
import { dailyLift, monthOfQuarter, quarterMonthLift } from './seasonality';
import { fitSurvival } from './timing';

const DAY = 86_400_000;
const NOW = Date.UTC(2027, 0, 1);
const period = { start: NOW, end: NOW + 90 * DAY };
// Width 50: low band 1 of 4 → (1 + 0.5·2)/(4 + 2) = 1/3; high band 3 of 4 → (3 + 1)/6 = 2/3
const rates = bandedWinRates(
  [10, 20, 30, 40, 60, 70, 80, 90].map((score, i) => ({
    score,
    won: i === 0 || i >= 5,
    closedAt: NOW - (i + 1) * DAY,
  })),
  {
    width: 50,
    lookbackMonths: 6,
    minSample: 1,
    prior: { method: 'beta_binomial', toward: 'overall', strength: 2 },
  },
  NOW,
);

describe('F3/F4/F6: period forecast with each term shown', () => {
  test('F4: total = won so far + Σ amount × p(win) × p(close) × payment + allowance', () => {
    const f = forecastPeriod({
      period,
      now: NOW,
      openDeals: [
        { id: 'strong', amount: 300, score: 80, ageDays: 10 },
        {
          id: 'weak',
          amount: 600,
          score: 20,
          ageDays: 10,
          paymentFactor: 0.5,
          paymentReason: { zh: '慢', en: 'slow' },
        },
      ],
      wonSoFar: 1000,
      rates,
      newBusiness: 100,
    });
    // strong: 300 × 2/3 = 200; weak: 600 × 1/3 × 0.5 = 100
    expect(f.deals[0]).toMatchObject({ id: 'strong', band: [50, 100], pClose: 1, strength: 'strong' });
    expect(f.deals[0]?.contribution).toBeCloseTo(200, 8);
    expect(f.deals[1]?.contribution).toBeCloseTo(100, 8);
    expect(f.deals[1]).toMatchObject({ paymentFactor: 0.5, paymentReason: { en: 'slow' }, strength: 'weak' });
    expect(f.pipeline).toBeCloseTo(300, 8);
    expect(f.total).toBeCloseTo(1400, 8);
    expect(f.committed).toBeCloseTo(1200, 8);
    expect(f.bestCase).toBeCloseTo(1000 + 300 + 300 + 100, 8);
    const parts = Object.fromEntries(f.composition.map((c) => [c.key, c]));
    expect(parts.won?.share).toBeCloseTo(1000 / 1400, 8);
    expect(parts.strong).toMatchObject({ deals: 1 });
    expect(parts.weak?.amount).toBeCloseTo(100, 8);
    expect(parts.new_business?.amount).toBe(100);
  });

  test('F3: the timing factor multiplies by p(close in the period | age)', () => {
    // half of the deals close at age 30, half at 200: a 10-day-old deal closes within 90 days with p 0.5
    const timing = fitSurvival([
      { ageDays: 30, closed: true, won: true },
      { ageDays: 200, closed: true, won: true },
    ]);
    const f = forecastPeriod({
      period,
      now: NOW,
      openDeals: [{ id: 'a', amount: 300, score: 80, ageDays: 10 }],
      wonSoFar: 0,
      rates,
      timing,
    });
    expect(f.deals[0]?.pClose).toBeCloseTo(0.5, 10);
    expect(f.total).toBeCloseTo(100, 8);
  });
});

describe('F7: quarter-end win lift', () => {
  test('F7: lift per month of the quarter, shrunk toward the overall rate', () => {
    const m = (month: number) => Date.UTC(2026, month, 10);
    const history = [
      ...Array.from({ length: 10 }, (_, i) => ({ closedAt: m(6), won: i < 4 })), // Jul: 4/10
      ...Array.from({ length: 10 }, (_, i) => ({ closedAt: m(8), won: i < 8 })), // Sep: 8/10
    ];
    // overall 12/20 = 0.6; strength 10: Jul (4 + 6) / 20 = 0.5, Aug 0.6, Sep (8 + 6) / 20 = 0.7
    const lift = quarterMonthLift(history, Date.UTC(2026, 11, 1), 6, 10);
    expect(lift[0]).toBeCloseTo(0.5 / 0.6, 10);
    expect(lift[1]).toBeCloseTo(1, 10);
    expect(lift[2]).toBeCloseTo(0.7 / 0.6, 10);
    expect(quarterMonthLift([], Date.UTC(2026, 11, 1), 6)).toEqual([1, 1, 1]);
    expect(monthOfQuarter(Date.UTC(2026, 11, 31))).toBe(2);
    const f = dailyLift([1, 2, 3], Date.UTC(2026, 9, 30)); // 30 Oct: day 0 Oct, day 2 Nov
    expect(f(0)).toBe(1);
    expect(f(2)).toBe(2);
  });
});
