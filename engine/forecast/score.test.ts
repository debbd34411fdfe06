import { allBands, bandOf, dealScore } from './score';

const model = {
  signals: [
    { id: 'uat', weight: 25 },
    { id: 'legal', weight: 20 },
    { id: 'visit', weight: 15 },
    { id: 'cto', weight: 40 },
  ],
};

describe('F1/F2: deal score from signals', () => {
  test('F2: score is the sum of the present signals, each contribution shown', () => {
    const s = dealScore(model, ['legal', 'uat', 'unknown']);
    expect(s.score).toBe(45);
    expect(s.contributions).toEqual([
      { signalId: 'uat', weight: 25, points: 25 },
      { signalId: 'legal', weight: 20, points: 20 },
    ]);
    expect(dealScore(model, []).score).toBe(0);
    expect(
      dealScore({ signals: [...model.signals, { id: 'x', weight: 30 }] }, [
        'uat',
        'legal',
        'visit',
        'cto',
        'x',
      ]).score,
    ).toBe(100);
  });

  test('F3: bands are [lo, lo + width); 100 falls in the top band', () => {
    expect(bandOf(82, 5)).toEqual([80, 85]);
    expect(bandOf(85, 5)).toEqual([85, 90]);
    expect(bandOf(100, 5)).toEqual([95, 100]);
    expect(bandOf(0, 5)).toEqual([0, 5]);
    expect(bandOf(99, 30)).toEqual([90, 120]);
    expect(allBands(25)).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
    ]);
  });
});
