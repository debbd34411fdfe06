import kpiDefault from '../templates/defaults/kpi-scheme.json' with { type: 'json' };
import type { KpiScheme } from '../schemas';
import { metRate, normaliseKpi, periodRange, scoreKpi } from './kpi';

const scheme = kpiDefault.content as KpiScheme; // 25 / 20 / 15 / 40

describe('L9: KPI scoring (hand-computed)', () => {
  test('L9: normalisation is 0 at the floor, 100 at the target, linear between', () => {
    expect(normaliseKpi(0.5, 0.95, 0.5)).toBe(0);
    expect(normaliseKpi(0.3, 0.95, 0.5)).toBe(0);
    expect(normaliseKpi(0.8, 0.95, 0.5)).toBe(66.7); // 0.3 / 0.45
    expect(normaliseKpi(0.99, 0.95, 0.5)).toBe(100);
    expect(normaliseKpi(65, 90, 40)).toBe(50);
    expect(normaliseKpi(5, 5, 5)).toBe(100); // degenerate target = floor: met or not
  });

  test('L9: weighted sum of all four components', () => {
    // 66.667×25% + 50×20% + 100×15% + 100×40% = 16.667 + 10 + 15 + 40 = 81.667
    const r = scoreKpi(scheme, {
      response_timeliness: { raw: 0.8 },
      requirement_completeness: { raw: 65 },
      proposal_pacing: { raw: 0.9 },
      results: { raw: 1.2 },
    });
    expect(r.score).toBe(81.7);
    expect(r.components.map((c) => [c.id, c.normalised, c.contribution, c.effectiveWeight])).toEqual([
      ['response_timeliness', 66.7, 16.7, 25],
      ['requirement_completeness', 50, 10, 20],
      ['proposal_pacing', 100, 15, 15],
      ['results', 100, 40, 40],
    ]);
  });

  test('L9: an unmeasured component (results: no deals yet) shares its weight among the others', () => {
    // measured weight 60: (66.667×25 + 50×20 + 100×15) / 60 = 4166.67 / 60 = 69.44
    const r = scoreKpi(scheme, {
      response_timeliness: { raw: 0.8 },
      requirement_completeness: { raw: 65, detail: { zh: '临时', en: 'interim' } },
      proposal_pacing: { raw: 0.9 },
      results: { raw: null, detail: { zh: '暂无商机', en: 'no opportunities yet' } },
    });
    expect(r.score).toBe(69.4);
    const results = r.components.find((c) => c.id === 'results')!;
    expect(results).toMatchObject({ raw: null, normalised: null, contribution: 0, effectiveWeight: 0 });
    expect(results.detail?.en).toBe('no opportunities yet');
    expect(r.components[0]!.effectiveWeight).toBe(41.7);
    expect(r.components[1]!.detail?.en).toBe('interim');
  });

  test('L9: nothing measured → no score; met rate of clocks', () => {
    expect(scoreKpi(scheme, {}).score).toBeNull();
    expect(metRate(3, 1)).toBe(0.75);
    expect(metRate(0, 0)).toBeNull();
  });

  test('L9: periods are local months, quarters and ISO weeks', () => {
    const nov = periodRange('2026-11', 'Asia/Shanghai')!;
    expect(new Date(nov.start).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(new Date(nov.end).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    const q4 = periodRange('2026-Q4', 'Asia/Shanghai')!;
    expect(new Date(q4.end).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    const w = periodRange('2026-W01', 'UTC')!; // 2026-01-01 is a Thursday → week 1 starts Mon 2025-12-29
    expect(new Date(w.start).toISOString()).toBe('2025-12-29T00:00:00.000Z');
    expect(periodRange('2026-13', 'UTC')).toBeNull();
    expect(periodRange('november', 'UTC')).toBeNull();
  });
});
