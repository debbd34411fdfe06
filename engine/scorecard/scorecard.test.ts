import jsonLogic from 'json-logic-js';
import { auc, classOf, classTable } from './auc';
import { buildCandidates, indicator, isIdentifierColumn } from './candidates';
import { evaluateScorecard, fitScorecard, scoreRows, targetValue } from './fit';
import { fitLogistic } from './logistic';

describe('L3/F7: scorecard maths', () => {
  test('F7: AUC counts ties as half', () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([1, 1, 1, 1], [false, true, false, true])).toBe(0.5);
    // pos {3, 2}, neg {1, 2}: pairs 3>1, 3>2, 2>1, 2=2 (½) → 3.5 / 4
    expect(auc([3, 2, 1, 2], [true, true, false, false])).toBe(0.875);
    expect(auc([1, 2], [true, true])).toBeNull();
  });

  test('L3: classes by score and conversion per class', () => {
    const t = { A: 50, B: 30, C: 10 };
    expect([60, 50, 49, 30, 10, 9].map((s) => classOf(s, t))).toEqual(['A', 'A', 'B', 'B', 'C', 'D']);
    const c = classTable([60, 55, 35, 0], [true, false, true, false], t);
    expect(c.A).toEqual({ n: 2, conversion: 0.5 });
    expect(c.C).toEqual({ n: 0, conversion: null });
  });

  test('F7: logistic regression recovers the log-odds of a single indicator', () => {
    // x = 1: 8 of 10 convert (log-odds ln 4); x = 0: 2 of 10 (ln ¼) → coefficient ln 16, intercept ln ¼
    const x = new Uint8Array(20).map((_, i) => (i < 10 ? 1 : 0));
    const y = Array.from({ length: 20 }, (_, i) => (i < 10 ? i < 8 : i < 12));
    const m = fitLogistic([x], y, 0);
    expect(m.coefficients[0]).toBeCloseTo(Math.log(16), 6);
    expect(m.intercept).toBeCloseTo(Math.log(0.25), 6);
    const shrunk = fitLogistic([x], y, 5);
    expect(Math.abs(shrunk.coefficients[0] as number)).toBeLessThan(Math.log(16));
  });

  test('F7: candidates from categories, numeric quantile cuts, identifiers skipped', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      id: String(1000 + i),
      source: i % 2 ? 'expo' : i % 5 ? 'web' : '',
      visits: String(i % 10),
    }));
    expect(isIdentifierColumn(rows, 'id')).toBe(true);
    const c = buildCandidates(rows, ['source', 'visits'], { minCount: 5, quantiles: [0.5] });
    expect(c.map((x) => JSON.stringify(x.when))).toEqual([
      '{"==":[{"var":"source"},"expo"]}',
      '{"==":[{"var":"source"},"web"]}',
      '{"==":[{"var":"source"},""]}',
      '{">=":[{"var":"visits"},5]}',
    ]);
    expect(Array.from(indicator({ '>=': [{ var: 'visits' }, 5] }, rows.slice(0, 7)))).toEqual([
      0, 0, 0, 0, 0, 1, 1,
    ]);
    expect(targetValue('1')).toBe(true);
    expect(targetValue('Yes')).toBe(true);
    expect(targetValue('0')).toBe(false);
  });

  test('L3/F7: a fitted scorecard finds the informative column, uses integer points and re-evaluates with json-logic-js', () => {
    // Deterministic synthetic leads: referrals convert 90 %, long visits 70 %, others 10 %.
    const rows = Array.from({ length: 600 }, (_, i) => {
      const referral = i % 4 === 0;
      const minutes = (i * 7) % 30;
      const p = referral ? 0.9 : minutes >= 15 ? 0.7 : 0.1;
      const converted = ((i * 37) % 100) / 100 < p;
      return {
        lead: `L${i}`,
        source: referral ? 'referral' : i % 3 ? 'web' : 'expo',
        minutes: String(minutes),
        noise: i % 2 ? 'x' : 'y',
        Converted: converted ? '1' : '0',
      };
    });
    const card = fitScorecard(rows, 'Converted', [], { maxConditions: 5 });
    expect(card.skippedColumns).toEqual(['lead']);
    expect(card.rules.length).toBeLessThanOrEqual(5);
    expect(card.rules.every((r) => Number.isInteger(r.points) && r.points !== 0)).toBe(true);
    const cols = card.rules.map((r) => JSON.stringify(r.when)).join(' ');
    expect(cols).toContain('"referral"');
    expect(cols).toContain('"minutes"');
    expect(card.thresholds.A).toBeGreaterThan(card.thresholds.B);
    expect(card.thresholds.B).toBeGreaterThan(card.thresholds.C);
    const ev = evaluateScorecard(card, rows, 'Converted');
    expect(ev.auc).toBeGreaterThan(0.85);
    expect(Math.abs((ev.auc as number) - (ev.unroundedAuc as number))).toBeLessThan(0.01);
    // The same rules scored by json-logic-js on the raw rows give identical scores.
    const ours = scoreRows(card.rules, rows);
    const theirs = rows.map((r) =>
      card.rules.reduce(
        (s, rule) => s + (jsonLogic.truthy(jsonLogic.apply(rule.when as never, r)) ? rule.points : 0),
        0,
      ),
    );
    expect(theirs).toEqual(ours);
  });
});
