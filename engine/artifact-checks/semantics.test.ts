// S5: semantic checks of form templates, stage gates, signal models and board policies
// (schema-independent: these functions read the content defensively).
import { describe, expect, it } from '@jest/globals';
import { fieldsOf } from '../../schemas';
import { checkFormTemplate, formFields } from './form-template';
import { checkSignalModel, checkStageGates } from './opportunity-rules';
import { checkBoardPolicy } from './policies';

const label = (en: string) => ({ zh: en, en });
const opportunity = fieldsOf('opportunity');

describe('S5: form-template semantics', () => {
  const form = {
    purpose: 'requirements',
    sections: [
      {
        id: 'systems',
        fields: [
          { key: 'integration', type: 'multiselect', options: [{ value: 'erp' }, { value: 'mes' }] },
          { key: 'hasMes', type: 'boolean' },
          { key: 'lines', type: 'number', visibleWhen: { '==': [{ var: 'hasMes' }, true] } },
          {
            key: 'mesVendor',
            type: 'select',
            options: [{ value: 'sap' }],
            requiredWhen: { in: ['mes', { var: 'integration' }] },
          },
        ],
      },
    ],
    triggers: [{ id: 'mes_precheck', when: { in: ['mes', { var: 'integration' }] } }],
  };

  it('S5: conditions over the form’s own keys pass', () => {
    expect(checkFormTemplate(form)).toEqual([]);
    expect(formFields(form).map((f) => `${f.path}:${f.type}`)).toEqual([
      'integration:tags',
      'hasMes:boolean',
      'lines:number',
      'mesVendor:enum',
    ]);
  });

  it('S5: unknown keys, duplicate keys and type mismatches are named', () => {
    const bad = structuredClone(form) as { sections: { fields: unknown[] }[]; triggers: unknown[] };
    const fields = bad.sections[0]?.fields ?? [];
    fields.push({ key: 'lines', type: 'text', visibleWhen: { '>': [{ var: 'linez' }, 1] } });
    bad.triggers.push({ id: 'mes_precheck', when: { '==': [{ var: 'mesVendor' }, 'oracle'] } });
    expect(checkFormTemplate(bad)).toEqual([
      { path: '/sections/0/fields/4/key', message: 'field key "lines" is used more than once' },
      { path: '/sections/0/fields/4/visibleWhen/>/0/var', message: 'field "lines": unknown field "linez"' },
      { path: '/triggers/1/id', message: 'trigger "mes_precheck" is defined more than once' },
      {
        path: '/triggers/1/when/==/1',
        message: 'trigger "mes_precheck": "oracle" is not an option of field "mesVendor"',
      },
    ]);
  });
});

describe('S5: stage-gates semantics', () => {
  const gates = {
    initialStage: 'qualify',
    stages: [{ id: 'qualify' }, { id: 'quote' }, { id: 'quote' }],
    gates: [
      {
        id: 'to_quote',
        to: 'quote',
        from: ['qualify', 'solution'],
        requirements: [
          { type: 'condition', when: { '>=': [{ var: 'requirements.completeness' }, 'high'] } },
          { type: 'milestone', track: 'delivery', milestone: 'sandbox' },
        ],
      },
    ],
    tracks: { sales: [{ id: 'contract_signed' }], delivery: [{ id: 'interface_agreed' }] },
    alignment: [{ id: 'p1', sales: 'contract_signed', delivery: 'kickoff' }],
    circuitBreaker: { atStage: 'contract_approval' },
  };

  it('S5: duplicate stages, unknown references and bad conditions are refused', () => {
    expect(checkStageGates(gates, opportunity)).toEqual([
      { path: '/stages/2/id', message: 'stage "quote" is defined more than once' },
      { path: '/circuitBreaker/atStage', message: 'unknown stage "contract_approval"' },
      { path: '/gates/0/from/1', message: 'gate "to_quote": unknown stage "solution"' },
      {
        path: '/gates/0/requirements/0/when/>=/1',
        message: expect.stringMatching(/^gate "to_quote": field "requirements.completeness" is number/),
      },
      {
        path: '/gates/0/requirements/1/milestone',
        message: 'gate "to_quote": unknown delivery milestone "sandbox"',
      },
      { path: '/alignment/0/delivery', message: 'unknown delivery milestone "kickoff"' },
    ]);
  });
});

describe('S5: signal-model and board-policy semantics', () => {
  it('S5: duplicate signal ids and detection rules over unknown opportunity fields are refused', () => {
    const model = {
      signals: [
        {
          id: 'poc_passed',
          label: label('PoC'),
          detection: { mode: 'auto', when: { in: ['poc', { var: 'signals' }] } },
        },
        {
          id: 'poc_passed',
          label: label('PoC 2'),
          detection: { mode: 'auto', when: { '>': [{ var: 'budget' }, 1] } },
        },
      ],
      health: { strongScore: 40, weakScore: 60 },
    };
    expect(checkSignalModel(model, opportunity)).toEqual([
      { path: '/signals/1/id', message: 'signal "poc_passed" is defined more than once' },
      { path: '/signals/1/detection/when/>/0/var', message: 'signal "poc_passed": unknown field "budget"' },
      { path: '/health/strongScore', message: 'strongScore (40) must be greater than weakScore (60)' },
    ]);
  });

  it('S5: red thresholds must exceed amber', () => {
    const policy = { metrics: { pendingLeads: { amber: 5, red: 3 }, unreadRate: { amber: 0.3, red: 0.5 } } };
    expect(checkBoardPolicy(policy)).toEqual([
      {
        path: '/metrics/pendingLeads/red',
        message: 'metric "pendingLeads": red (3) must be greater than amber (5)',
      },
    ]);
  });
});
