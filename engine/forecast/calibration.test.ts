import { brierScore, calibrationFlag, calibrationTable, forecastError } from './calibration';
import { stageBaseline, stageWinRates } from './stage';

describe('F5: weekly calibration maths', () => {
  test('F5: Brier score is the mean squared miss', () => {
    expect(brierScore([0.8, 0.3], [true, false])).toBeCloseTo((0.04 + 0.09) / 2, 12);
    expect(brierScore([], [])).toBeNull();
  });

  test('F5: calibration table compares predicted with actual per bin', () => {
    const t = calibrationTable([0.05, 0.15, 0.12, 0.95, 1], [false, true, false, true, true], 10);
    expect(t).toHaveLength(10);
    expect(t[1]).toEqual({ bin: [0.1, 0.2], n: 2, meanPredicted: 0.135, actualRate: 0.5 });
    expect(t[9]).toMatchObject({ n: 2, actualRate: 1 });
    expect(t[5]).toMatchObject({ n: 0, meanPredicted: null, actualRate: null });
  });

  test('F5: forecast error is |forecast − actual| / actual', () => {
    expect(forecastError(115, 100)).toBeCloseTo(0.15, 12);
    expect(forecastError(80, 100)).toBeCloseTo(0.2, 12);
    expect(forecastError(5, 0)).toBeNull();
  });

  test('F5: off by more than 15 % two weeks in a row → flag', () => {
    const policy = { deviationThreshold: 0.15, consecutiveWeeks: 2 };
    expect(calibrationFlag([0.3, 0.1, 0.16, 0.2], policy)).toEqual({ streak: 2, flagged: true });
    expect(calibrationFlag([0.3, 0.2, 0.1], policy)).toEqual({ streak: 0, flagged: false });
    expect(calibrationFlag([0.2, 0.15], policy)).toEqual({ streak: 0, flagged: false }); // exactly 15 % is not off
    expect(calibrationFlag([0.2, null, 0.3], policy)).toEqual({ streak: 1, flagged: false });
  });

  test('F7: stage-percentage baseline', () => {
    const pct = stageWinRates([
      { stage: 'proposal', won: true },
      { stage: 'proposal', won: false },
      { stage: 'poc', won: true },
    ]);
    expect(pct).toEqual({ proposal: 0.5, poc: 1 });
    const s = stageBaseline(
      [
        { id: 'a', amount: 100, stage: 'proposal' },
        { id: 'b', amount: 50, stage: 'poc' },
        { id: 'c', amount: 70, stage: 'unknown' },
      ],
      pct,
      1000,
    );
    expect(s.pipeline).toBe(100);
    expect(s.total).toBe(1100);
    expect(s.deals[2]?.contribution).toBe(0);
  });
});
