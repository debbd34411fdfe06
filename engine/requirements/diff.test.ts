import type { FormTemplate } from '../../schemas';
import requirementsFile from '../../templates/forms/manufacturing.requirements.json' with { type: 'json' };
import assessmentFile from '../../templates/forms/manufacturing.assessment.json' with { type: 'json' };
import { compareRequirements } from './diff';
import { diceSimilarity, jaccard, listSimilarity } from './similarity';

const L = (s: string) => ({ zh: s, en: s });
const opts = (...v: string[]) => v.map((value) => ({ value, label: L(value) }));

/** A small hand-made pair: weights 3+3+2+1+1+1 = 11 (notes has weight 0, onlyHere has no counterpart). */
const template = (purpose: 'requirements' | 'delivery_assessment'): FormTemplate => ({
  purpose,
  title: L('t'),
  triggers: [],
  sections: [
    {
      id: 's',
      title: L('s'),
      fields: [
        {
          key: 'systems',
          type: 'table',
          label: L('systems'),
          columns: [{ key: 'name', type: 'text', label: L('name') }],
          diffWeight: 3,
          diffTolerance: { jaccard: 0.8 },
        },
        {
          key: 'integrations',
          type: 'multiselect',
          label: L('int'),
          options: opts('erp', 'mes', 'wms'),
          diffWeight: 3,
        },
        { key: 'lines', type: 'number', label: L('lines'), diffWeight: 2, diffTolerance: { relative: 0.1 } },
        { key: 'goLive', type: 'date', label: L('goLive'), diffTolerance: { days: 30 } },
        { key: 'goal', type: 'textarea', label: L('goal'), diffTolerance: { similarity: 0.6 } },
        { key: 'deployment', type: 'select', label: L('dep'), options: opts('on_prem', 'cloud') },
        { key: 'notes', type: 'text', label: L('notes'), diffWeight: 0 },
        ...(purpose === 'requirements' ? [{ key: 'onlyHere', type: 'text' as const, label: L('x') }] : []),
      ],
    },
  ],
});
const REQ = template('requirements');
const ASS = template('delivery_assessment');

const base = {
  systems: [{ name: 'SAP ERP' }, { name: '金蝶云星空' }],
  integrations: ['erp'],
  lines: 10,
  goLive: '2027-03-01',
  goal: '实现生产报工数字化，减少纸质单据',
  deployment: 'on_prem',
  notes: 'a',
  onlyHere: 'b',
};

describe('C5: requirement diff on hand-made pairs', () => {
  it('C5: identical data has rate 0 and every field equal', () => {
    const d = compareRequirements(REQ, ASS, base, { ...base, notes: 'different', onlyHere: 'other' });
    expect(d.rate).toBe(0);
    expect(d.comparedWeight).toBe(11);
    expect(d.fields.map((f) => f.field).sort()).toEqual(
      ['deployment', 'goLive', 'goal', 'integrations', 'lines', 'systems'].sort(),
    );
    expect(d.fields.every((f) => f.equal)).toBe(true);
  });

  it('C5: a missing MES integration and another deployment give (3×0.5 + 1×1) / 11', () => {
    const d = compareRequirements(REQ, ASS, base, {
      ...base,
      integrations: ['erp', 'mes'],
      deployment: 'cloud',
    });
    expect(d.rate).toBeCloseTo(2.5 / 11, 4);
    const int = d.fields.find((f) => f.field === 'integrations')!;
    expect(int).toMatchObject({ equal: false, weight: 3, sales: ['erp'], delivery: ['erp', 'mes'] });
    expect(int.detail).toEqual({ kind: 'set', overlap: 0.5, min: 1, onlySales: [], onlyDelivery: ['mes'] });
    expect(d.fields[0]!.field).toBe('integrations'); // heaviest disagreement first
  });

  it('C5: numbers within the relative tolerance and dates within the days are equal', () => {
    const d = compareRequirements(REQ, ASS, base, { ...base, lines: 11, goLive: '2027-03-25' });
    expect(d.rate).toBe(0);
    const out = compareRequirements(REQ, ASS, base, { ...base, lines: 20, goLive: '2027-04-20' });
    // lines: |10−20|/20 = 0.5 × 2; goLive: 50 days > 30 → 1 × 1 → 2 / 11
    expect(out.rate).toBeCloseTo(2 / 11, 4);
    expect(out.fields.find((f) => f.field === 'goLive')!.detail).toEqual({
      kind: 'date',
      days: 50,
      maxDays: 30,
    });
  });

  it('C5: tables compare rows by name, ignoring case, spaces and punctuation', () => {
    const d = compareRequirements(REQ, ASS, base, {
      ...base,
      systems: [{ name: 'sap  erp' }, { name: '金蝶云·星空' }],
    });
    expect(d.rate).toBe(0);
    const more = compareRequirements(REQ, ASS, base, {
      ...base,
      systems: [{ name: 'SAP ERP' }, { name: '金蝶云星空' }, { name: '鼎捷MES' }],
    });
    // jaccard 2/3 < 0.8 → distance 1/3, weight 3 → 1 / 11
    expect(more.rate).toBeCloseTo(1 / 11, 4);
    expect(more.fields[0]!.detail).toMatchObject({ onlyDelivery: ['鼎捷MES'] });
  });

  it('C5: Chinese text is compared by bigram similarity', () => {
    const close = compareRequirements(REQ, ASS, base, {
      ...base,
      goal: '实现生产报工的数字化，减少纸质单据',
    });
    expect(close.rate).toBe(0);
    const far = compareRequirements(REQ, ASS, base, { ...base, goal: '仓库条码管理' });
    const goal = far.fields.find((f) => f.field === 'goal')!;
    expect(goal.equal).toBe(false);
    expect(goal.distance).toBe(1); // no bigram in common
    expect(far.rate).toBeCloseTo(1 / 11, 4);
  });

  it('C5: a value on one side only counts fully; empty on both sides is not compared', () => {
    const d = compareRequirements(
      REQ,
      ASS,
      { ...base, goal: '' },
      { ...base, goal: undefined, deployment: undefined },
    );
    expect(d.comparedWeight).toBe(10);
    expect(d.rate).toBeCloseTo(1 / 10, 4);
    expect(d.fields.find((f) => f.field === 'deployment')!.detail).toEqual({
      kind: 'missing',
      side: 'delivery',
    });
  });
});

describe('C5: similarity measures', () => {
  it('C5: Dice bigram similarity', () => {
    expect(diceSimilarity('MES对接', 'mes 对接')).toBe(1);
    expect(diceSimilarity('abcd', 'abce')).toBeCloseTo(4 / 6, 6); // ab bc shared of 3+3
    expect(diceSimilarity('', 'x')).toBe(0);
  });
  it('C5: jaccard and list similarity', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 6);
    expect(listSimilarity(['良率达到99%'], ['良率达到99%', '停机减少20%'])).toBeCloseTo(2 / 3, 6);
  });
});

describe('C5: the brief’s MES story on the manufacturing templates', () => {
  const req = requirementsFile.content as unknown as FormTemplate;
  const ass = assessmentFile.content as unknown as FormTemplate;
  const sales = {
    scope: ['execution', 'quality'],
    productionMode: 'discrete',
    productionLines: 12,
    shifts: 'two',
    existingSystems: [{ name: 'SAP ERP', category: 'erp' }],
    integrations: ['erp'],
    acceptanceCriteria: [{ criterion: '报工及时率达到95%' }],
    expectedGoLive: '2027-03-01',
  };
  it('C5: delivery finds a MES to integrate and more lines → above the 15% threshold', () => {
    const d = compareRequirements(req, ass, sales, {
      ...sales,
      productionLines: 18,
      existingSystems: [{ name: 'SAP ERP' }, { name: '自研MES' }],
      integrations: ['erp', 'mes'],
    });
    expect(d.rate).toBeGreaterThan(0.15);
    expect(
      d.fields
        .slice(0, 3)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['existingSystems', 'integrations', 'productionLines'].sort());
  });
  it('C5: the same data on both sides stays at 0', () => {
    expect(compareRequirements(req, ass, sales, sales).rate).toBe(0);
  });
});
