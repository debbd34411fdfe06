import {
  closeInPeriodProbability,
  fitSurvival,
  newBusinessAllowance,
  survivalAt,
  wonIncidenceAt,
} from './timing';

const DAY = 86_400_000;

describe('F3/F7: close timing (Kaplan–Meier with still-open deals censored)', () => {
  // closed at 10 (won), 20 (lost), 30 (won); still open at age 25.
  const curve = fitSurvival([
    { ageDays: 10, closed: true, won: true },
    { ageDays: 20, closed: true, won: false },
    { ageDays: 25, closed: false },
    { ageDays: 30, closed: true, won: true },
  ]);

  test('F7: survival steps 3/4 → 1/2 → 0', () => {
    expect(curve.ages).toEqual([10, 20, 30]);
    expect(curve.survival[0]).toBeCloseTo(0.75, 10);
    expect(curve.survival[1]).toBeCloseTo(0.5, 10);
    expect(curve.survival[2]).toBeCloseTo(0, 10);
    expect(survivalAt(curve, 9)).toBe(1);
    expect(survivalAt(curve, 26)).toBeCloseTo(0.5, 10);
  });

  test('F7: cumulative incidence of winning (0.25 at 10, 0.75 at 30)', () => {
    expect(wonIncidenceAt(curve, 15)).toBeCloseTo(0.25, 10);
    expect(wonIncidenceAt(curve, 25)).toBeCloseTo(0.25, 10);
    expect(wonIncidenceAt(curve, 30)).toBeCloseTo(0.75, 10);
  });

  test('F3: p(close in the next 10 days | age 15) = (0.75 − 0.5) / 0.75', () => {
    expect(closeInPeriodProbability(15, 10, curve)).toBeCloseTo(1 / 3, 10);
    // A close at the deal's current age is still ahead of it.
    expect(closeInPeriodProbability(10, 1, curve)).toBeCloseTo(0.25, 10);
    expect(closeInPeriodProbability(31, 30, curve)).toBe(0); // older than any closed deal
    expect(closeInPeriodProbability(5, 0, curve)).toBe(0);
  });

  test('F7: a daily lift weights each closing day', () => {
    // age 15, horizon 10: the close at 20 is day 5; lift 2 from day 5 on doubles it.
    expect(closeInPeriodProbability(15, 10, curve, (x) => (x >= 5 ? 2 : 1))).toBeCloseTo(2 / 3, 10);
    expect(closeInPeriodProbability(15, 10, curve, () => 1)).toBeCloseTo(1 / 3, 10);
  });

  test('F7: new-business allowance = rate × mean won value × Σ dCIF', () => {
    const day = (d: number) => d * DAY;
    const deals = [
      // four wins, each 5 days after engagement: 100, 200, 300, 400 → mean 250
      { engagedAt: day(0), closedAt: day(5), won: true, amount: 100 },
      { engagedAt: day(10), closedAt: day(15), won: true, amount: 200 },
      { engagedAt: day(20), closedAt: day(25), won: true, amount: 300 },
      { engagedAt: day(30), closedAt: day(35), won: true, amount: 400 },
      // two still open, engaged in the last 10 days → 0.2 new deals a day
      { engagedAt: day(92), closedAt: null, won: false, amount: 0 },
      { engagedAt: day(95), closedAt: null, won: false, amount: 0 },
    ];
    const nb = newBusinessAllowance(deals, day(100), 10, 100, 10);
    // KM at age 5: 4 closes of 6 at risk → CIF 2/3; entries on days 0–4 can win by day 9.
    expect(nb.perDay).toBeCloseTo(0.2, 10);
    expect(nb.avgWonValue).toBe(250);
    expect(nb.expectedWins).toBeCloseTo(0.2 * 5 * (2 / 3), 10);
    expect(nb.amount).toBeCloseTo(0.2 * 5 * (2 / 3) * 250, 8);
    expect(newBusinessAllowance(deals, day(100), 0, 100, 10).amount).toBe(0);
    // A lift of 2 on every day doubles it.
    expect(newBusinessAllowance(deals, day(100), 10, 100, 10, () => 2).amount).toBeCloseTo(nb.amount * 2, 8);
  });
});
