import manufacturing from '../../templates/forms/manufacturing.requirements.json' with { type: 'json' };
import type { FormTemplate } from '../../schemas';
import { validateArtifact } from '../../schemas';
import { checkArtifact } from '../check-artifact';
import { ALL_TYPES_TEMPLATE as T, generatedTemplate } from './fixtures';
import { evaluateForm, formJsonSchema } from './index';

const codes = (data: Record<string, unknown>, field: string) =>
  evaluateForm(T, data)
    .errors.filter((e) => e.field === field)
    .map((e) => e.code);

const FULL = {
  projectName: '华东精密MES项目',
  painPoints: '插单频繁，交期延误；人工报工数据滞后',
  employees: 820,
  budget: 3_500_000,
  goLive: '2027-03-15',
  deployment: 'on_prem',
  integrations: ['erp', 'mes'],
  integrationNotes: '用友U8 BOM与工单同步',
  hasTender: false,
  sponsor: { name: '陈建国', title: '生产副总' },
  urgency: 4,
  attachments: [{ id: 'f1', name: '产线布局.pdf', size: 204800, contentType: 'application/pdf' }],
  systems: [{ name: 'U8', vendor: '用友', version: 'V16', interfaces: 'OpenAPI' }],
  decisionFlow: {
    nodes: [
      { id: 'p1', name: '王磊', title: 'IT经理', role: 'technical_evaluator', influence: 'medium' },
      { id: 'p2', name: '陈建国', title: '生产副总', role: 'decision_maker', influence: 'high' },
    ],
    edges: [{ from: 'p1', to: 'p2' }],
  },
  acceptance: [{ criterion: '排产时间从4小时缩短到30分钟', metric: '排产耗时', target: '≤30分钟' }],
};

describe('W3: the sample templates are valid artefacts', () => {
  test('W3: fixture and generated template pass the form-template schema and checks', () => {
    for (const tpl of [T, generatedTemplate(300)]) {
      expect(validateArtifact('form-template', tpl)).toEqual({ ok: true });
      expect(checkArtifact('form-template', tpl)).toEqual([]);
    }
  });
});

describe('W3: field validation per type (ajv compiled from the template)', () => {
  test('W3: a fully filled form has no errors and is 100% complete', () => {
    const r = evaluateForm(T, FULL);
    expect(r.errors).toEqual([]);
    expect(r.completeness).toBe(100);
    expect(r.complete).toBe(true);
  });
  test('W3: text maxLength and textarea type', () => {
    expect(codes({ projectName: 'x'.repeat(51) }, 'projectName')).toEqual(['maxLength']);
    expect(codes({ painPoints: 12 }, 'painPoints')).toEqual(['type']);
  });
  test('W3: number and money bounds, money must be a number of yuan', () => {
    expect(codes({ employees: 0 }, 'employees')).toEqual(['minimum']);
    expect(codes({ employees: 200000 }, 'employees')).toEqual(['maximum']);
    expect(codes({ budget: -1 }, 'budget')).toEqual(['minimum']);
    expect(codes({ budget: '35万' }, 'budget')).toEqual(['type']);
  });
  test('W3: dates are ISO dates', () => {
    expect(codes({ goLive: '2027/03/15' }, 'goLive')).toEqual(['format']);
    expect(codes({ goLive: '2027-02-30' }, 'goLive')).toEqual(['format']);
    expect(codes({ goLive: '2027-02-28' }, 'goLive')).toEqual([]);
  });
  test('W3: select and multiselect accept only their options, without repeats', () => {
    expect(codes({ deployment: 'saas' }, 'deployment')).toEqual(['enum']);
    expect(codes({ integrations: ['sap'] }, 'integrations')).toEqual(['enum']);
    expect(codes({ integrations: ['erp', 'erp'] }, 'integrations')).toEqual(['uniqueItems']);
  });
  test('W3: boolean, person, rating', () => {
    expect(codes({ hasTender: 'yes' }, 'hasTender')).toEqual(['type']);
    expect(codes({ sponsor: { title: '总经理' } }, 'sponsor')).toEqual(['required']);
    expect(
      evaluateForm(T, { sponsor: { title: '总经理' } }).errors.find((e) => e.field === 'sponsor')?.path,
    ).toBe('/sponsor/name');
    expect(codes({ urgency: 6 }, 'urgency')).toEqual(['maximum']);
    expect(codes({ urgency: 2.5 }, 'urgency')).toEqual(['integer']);
  });
  test('W3: file type and size are checked against accept and maxSizeMb', () => {
    const file = (name: string, size: number, contentType?: string) => ({
      attachments: [{ id: 'x', name, size, contentType }],
    });
    expect(codes(file('报价单.docx', 100), 'attachments')).toEqual(['fileType']);
    expect(codes(file('现场照片.jpg', 100, 'image/jpeg'), 'attachments')).toEqual([]);
    expect(codes(file('方案.pdf', 11 * 1024 * 1024), 'attachments')).toEqual(['fileSize']);
  });
  test('C1: table rows are validated per cell with JSON-pointer paths', () => {
    const r = evaluateForm(T, { systems: [{ name: 'SAP' }, { vendor: '金蝶', extra: 1 }] });
    const errs = r.errors.filter((e) => e.field === 'systems');
    expect(errs.map((e) => [e.path, e.code])).toEqual([
      ['/systems/1/name', 'required'],
      ['/systems/1/extra', 'unknownProperty'],
    ]);
    expect(errs[0]!.i18n.zh).toBe('此项为必填项');
  });
  test('C1: decision flow: unknown people, self-approval and loops are refused', () => {
    const nodes = [
      { id: 'a', name: '张总', role: 'decision_maker' },
      { id: 'b', name: '李工', role: 'technical_evaluator' },
    ];
    expect(codes({ decisionFlow: { nodes, edges: [{ from: 'a', to: 'z' }] } }, 'decisionFlow')).toEqual([
      'edgeNode',
    ]);
    expect(codes({ decisionFlow: { nodes, edges: [{ from: 'a', to: 'a' }] } }, 'decisionFlow')).toEqual([
      'edgeSelf',
    ]);
    const loop = {
      nodes,
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    };
    expect(codes({ decisionFlow: loop }, 'decisionFlow')).toEqual(['edgeCycle']);
    expect(codes({ decisionFlow: { nodes: [...nodes, nodes[0]], edges: [] } }, 'decisionFlow')).toEqual([
      'duplicateNode',
    ]);
    expect(
      codes({ decisionFlow: { nodes: [{ id: 'a', name: '张总', role: 'ceo' }], edges: [] } }, 'decisionFlow'),
    ).toContain('enum');
    expect(codes({ decisionFlow: { nodes: nodes.slice(0, 1), edges: [] } }, 'decisionFlow')).toEqual([
      'minItems',
    ]);
  });
  test('C1: acceptance criteria need a criterion text', () => {
    const r = evaluateForm(T, { acceptance: [{ metric: '良率' }] });
    expect(r.errors.filter((e) => e.field === 'acceptance').map((e) => e.path)).toEqual([
      '/acceptance',
      '/acceptance/0/criterion',
    ]);
  });
  test('W3: keys that are not fields of the template are refused', () => {
    const r = evaluateForm(T, { nope: 1 });
    expect(r.errors.find((e) => e.field === 'nope')?.code).toBe('unknownField');
  });
});

describe('W3: conditions, required-ness and completeness', () => {
  test('W3: visibleWhen hides a field; hidden fields are neither required nor counted nor validated', () => {
    const shown = evaluateForm(T, { integrations: ['erp'] });
    expect(shown.visible.integrationNotes).toBe(true);
    expect(shown.required.integrationNotes).toBe(true);
    const hidden = evaluateForm(T, { integrations: ['none'], integrationNotes: 12 });
    expect(hidden.visible.integrationNotes).toBe(false);
    expect(hidden.required.integrationNotes).toBe(false);
    expect(hidden.errors.some((e) => e.field === 'integrationNotes')).toBe(false);
  });
  test('W3: requiredWhen makes a visible field required only when it holds', () => {
    expect(evaluateForm(T, { integrations: ['mes'] }).required.integrationNotes).toBe(false);
    expect(codes({ integrations: ['erp'] }, 'integrationNotes')).toEqual(['required']);
  });
  test('W3: a section visibleWhen hides all its fields', () => {
    const tpl: FormTemplate = {
      ...T,
      sections: [
        T.sections[0]!,
        { ...T.sections[1]!, visibleWhen: { '==': [{ var: 'deployment' }, 'cloud'] } },
      ],
    };
    const r = evaluateForm(tpl, { deployment: 'on_prem' });
    expect(r.visible.systems).toBe(false);
    expect(r.required.systems).toBe(false);
    expect(evaluateForm(tpl, { deployment: 'cloud' }).visible.systems).toBe(true);
  });
  test('W3: completeness is the weighted share of visible filled fields', () => {
    // visible fields with weights: 14 fields; painPoints 2, acceptance 3 → total 14 + 1 + 2 = 17
    const r = evaluateForm(T, {
      projectName: '项目A',
      painPoints: '交期',
      acceptance: [{ criterion: '良率≥99%' }],
    });
    expect(r.completeness).toBe(Math.round(((1 + 2 + 3) / 18) * 100));
    // empty strings and empty lists are not "filled"; false is an answer
    const blank = evaluateForm(T, { projectName: '  ', integrations: [], hasTender: false });
    expect(blank.completeness).toBe(Math.round((1 / 18) * 100));
  });
  test('W3: countOptional false counts only required fields; passThreshold sets complete', () => {
    const tpl: FormTemplate = { ...T, completeness: { passThreshold: 50, countOptional: false } };
    // required: projectName, goLive, systems, decisionFlow, acceptance(3) = 7
    const r = evaluateForm(tpl, { projectName: 'A', goLive: '2027-01-01', acceptance: [{ criterion: 'x' }] });
    expect(r.completeness).toBe(Math.round((5 / 7) * 100));
    expect(r.complete).toBe(true);
    expect(evaluateForm(tpl, { projectName: 'A' }).complete).toBe(false);
  });
  test('C1: the three requirement elements report their fields and what is missing', () => {
    const r = evaluateForm(T, { systems: [{ name: 'U8' }] });
    expect(r.elements.existing_systems).toEqual({ fields: ['systems'], filled: true, missing: [] });
    expect(r.elements.decision_flow).toEqual({
      fields: ['decisionFlow'],
      filled: false,
      missing: ['decisionFlow'],
    });
    expect(r.elements.acceptance_criteria.missing).toEqual(['acceptance']);
    expect(evaluateForm(T, FULL).elements.acceptance_criteria.filled).toBe(true);
  });
  test('C3: triggers fire when their condition holds', () => {
    expect(evaluateForm(T, { integrations: ['erp'] }).firedTriggers.map((t) => t.id)).toEqual([
      'erp_precheck',
    ]);
    expect(evaluateForm(T, { integrations: ['mes'] }).firedTriggers).toEqual([]);
  });
  test('W3: the manufacturing template: integrations with ERP require notes and fire the pre-check', () => {
    const tpl = manufacturing.content as unknown as FormTemplate;
    const r = evaluateForm(tpl, { integrations: ['erp'] });
    expect(r.required.integrationNotes).toBe(true);
    expect(r.firedTriggers.map((t) => t.id)).toEqual(['erp_mes_precheck']);
    expect(r.completeness).toBeGreaterThan(0);
    expect(r.complete).toBe(false);
  });
});

describe('W3: formJsonSchema', () => {
  test('W3: draft-07 schema with one property per field, unknown keys refused', () => {
    const s = formJsonSchema(T, { lang: 'en', staticRequired: true });
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(s.properties as object)).toHaveLength(15);
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['projectName', 'goLive', 'systems', 'decisionFlow', 'acceptance']);
    expect((s.properties as Record<string, { title: string }>).budget!.title).toBe('Budget');
  });
  test('W3: evaluates a 300-field form quickly (engine part of the keystroke budget)', () => {
    const tpl = generatedTemplate(300);
    const data: Record<string, unknown> = {};
    for (let i = 0; i < 300; i += 2) data[`f${i}`] = i % 9 === 0 ? 'x' : undefined;
    evaluateForm(tpl, data);
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) evaluateForm(tpl, { ...data, f0: `abc${i}` });
    expect((performance.now() - t0) / 50).toBeLessThan(5);
  });
});
