/**
 * F7 backtest on the shared crm-maven data (fit before 2017-07-01, evaluate 2017-Q3/Q4 with
 * weekly snapshots). Runs the CLI's main in-process and checks the goals of issue 7.
 */
import { existsSync } from 'node:fs';
import { backtestMain } from './backtest';
import { ArgError } from './args';

const DEALS = '../shared/data/crm-maven/sales_pipeline.csv';
const haveData = existsSync(DEALS);
const maybe = haveData ? describe : describe.skip;

interface Summary {
  methods: Record<
    'signal' | 'stage',
    { meanError: number; brier: number; avgPredicted: number; actualWinRate: number }
  >;
  periods: {
    period: string;
    signal: { meanError: number; maxErrorFromWeek3: number };
    stage: { meanError: number };
    snapshots: unknown[];
  }[];
}

maybe('F7: backtest CLI on crm-maven', () => {
  let lines: string[] = [];
  let summary: Summary;
  beforeAll(() => {
    lines = backtestMain(['--deals', DEALS]);
    summary = JSON.parse(lines[lines.length - 1] as string) as Summary;
  }, 180_000);

  test('F7: last line is the JSON summary with both methods and the periods', () => {
    expect(Object.keys(summary.methods)).toEqual(['signal', 'stage']);
    expect(summary.periods.map((p) => p.period)).toEqual(['2017-Q3', '2017-Q4']);
    expect(summary.periods.every((p) => p.snapshots.length >= 13)).toBe(true);
    expect(lines.some((l) => l.includes('calibration'))).toBe(true);
  });

  test('F7: mean weekly error ≤ 10 % and no more than a third of the stage baseline', () => {
    const { signal, stage } = summary.methods;
    expect(signal.meanError).toBeLessThanOrEqual(0.1);
    expect(signal.meanError).toBeLessThanOrEqual(stage.meanError / 3);
  });

  test('F7 (stretch): ≤ 10 % in each quarter separately', () => {
    for (const p of summary.periods) expect(p.signal.meanError).toBeLessThanOrEqual(0.1);
  });

  test('F3/F7: p(win) Brier ≤ 0.240 with the mean prediction within 3 points of the actual rate', () => {
    const { signal } = summary.methods;
    expect(signal.brier).toBeLessThanOrEqual(0.24);
    expect(Math.abs(signal.avgPredicted - signal.actualWinRate)).toBeLessThanOrEqual(0.03);
  });
});

describe('F7: backtest CLI arguments', () => {
  test('F7: --deals is required and dates are validated', () => {
    expect(() => backtestMain([])).toThrow(ArgError);
    expect(() => backtestMain(['--deals', 'x.csv', '--from', '2017/07/01'])).toThrow(/YYYY-MM-DD/);
    expect(() => backtestMain(['--deals', 'x.csv', '--from', '2017-07-01', '--to', '2017-01-01'])).toThrow(
      /before/,
    );
    expect(() => backtestMain(['--deals', 'x.csv', '--bogus', '1'])).toThrow(/unknown argument/);
  });
});
