import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  API_SCHEMA_KEYS,
  ARTIFACT_KINDS,
  artifactSchemas,
  validateArtifact,
  type ValidationResult,
} from './index';

const errorsOf = (r: ValidationResult) => (r.ok ? [] : r.errors);

describe('S1/S5: artefact schemas', () => {
  it('every kind has a schema file, and every schema file is registered', () => {
    const dir = fileURLToPath(new URL('./artifacts/', import.meta.url));
    const files = readdirSync(dir)
      .map((f) => f.replace('.schema.json', ''))
      .sort();
    expect(files).toEqual([...ARTIFACT_KINDS].sort());
    expect(Object.keys(artifactSchemas).sort()).toEqual([...ARTIFACT_KINDS].sort());
    const apiDir = fileURLToPath(new URL('./api/', import.meta.url));
    expect(
      readdirSync(apiDir)
        .map((f) => f.replace('.schema.json', ''))
        .sort(),
    ).toEqual([...API_SCHEMA_KEYS].sort());
  });

  it('grading rules: ids, points, thresholds and JSON Logic shape', () => {
    const content = {
      entity: 'lead',
      rules: [
        {
          id: 'Expo QR',
          label: { zh: '展会', en: 'Expo' },
          category: 'source',
          when: { '==': [1, 1], or: [] },
          points: 101,
        },
      ],
      thresholds: { A: 70, B: 45 },
    };
    expect(errorsOf(validateArtifact('grading-rules', content))).toEqual([
      {
        path: '/rules/0/id',
        message: 'must be a lowercase id (a-z, 0-9, _; starting with a letter; at most 64 characters)',
      },
      {
        path: '/rules/0/when',
        message:
          'must be a JSON Logic rule: an object with exactly one operator, e.g. {"==": [{"var": "source.channel"}, "expo_qr"]}',
      },
      { path: '/rules/0/points', message: 'must be at most 100' },
      { path: '/thresholds/C', message: 'is required' },
    ]);
  });

  it('SLA: durations and escalation steps', () => {
    const clock = {
      id: 'first_touch',
      label: { zh: '首次触达', en: 'First touch' },
      start: 'lead.assigned',
      stop: ['touch.logged'],
      within: '30 minutes',
      time: 'wall',
      escalation: [{ at: '150%', action: 'call_the_ceo' }],
    };
    const r = validateArtifact('sla-policy', {
      calendar: { timezone: 'Asia/Shanghai', country: 'CN' },
      clocks: [clock],
    });
    expect(errorsOf(r)).toEqual([
      { path: '/clocks/0/within', message: 'must be an ISO 8601 duration such as PT30M, PT2H or P3D' },
      {
        path: '/clocks/0/escalation/0/at',
        message:
          'must be a share of the allowed time ("50%", "100%" = at breach) or an ISO 8601 duration after the breach ("PT30M")',
      },
      {
        path: '/clocks/0/escalation/0/action',
        message: 'must be one of: remind_owner, notify_supervisor, reassign, return_to_pool',
      },
    ]);
    for (const within of ['PT3S', 'PT5M', 'PT2H', 'P3D', 'P1W', 'P1DT12H']) {
      const ok = validateArtifact('sla-policy', {
        calendar: { timezone: 'Asia/Shanghai', country: 'CN' },
        clocks: [
          {
            ...clock,
            within,
            escalation: [
              { at: '50%', action: 'remind_owner' },
              { at: 'PT30M', action: 'reassign' },
            ],
          },
        ],
      });
      expect(ok).toEqual({ ok: true });
    }
    for (const within of ['P', 'PT', 'P1M', 'P1Y', '5M', 'PT5m']) {
      expect(
        validateArtifact('sla-policy', {
          calendar: { timezone: 'Asia/Shanghai', country: 'CN' },
          clocks: [{ ...clock, within, escalation: [] }],
        }).ok,
      ).toBe(false);
    }
  });

  it('form templates: options for selects, columns for tables, a ticket for pre-check triggers', () => {
    const label = { zh: '字段', en: 'Field' };
    const content = {
      purpose: 'requirements',
      title: label,
      sections: [
        {
          id: 'main',
          title: label,
          fields: [
            { key: 'erp', type: 'select', label },
            { key: 'systems', type: 'table', label },
          ],
        },
      ],
      triggers: [
        {
          id: 'precheck',
          label,
          when: { in: ['erp', { var: 'integrations' }] },
          action: 'open_precheck_ticket',
        },
      ],
    };
    expect(errorsOf(validateArtifact('form-template', content))).toEqual([
      { path: '/sections/0/fields/0/options', message: 'is required' },
      { path: '/sections/0/fields/1/columns', message: 'is required' },
      { path: '/triggers/0/ticket', message: 'is required' },
    ]);
  });

  it('stage gates: gate requirements are told apart by type', () => {
    const label = { zh: '甲', en: 'A' };
    const base = {
      entity: 'opportunity',
      initialStage: 'qualify',
      stages: [
        { id: 'qualify', label, order: 1, outcome: 'open' },
        { id: 'won', label, order: 2, outcome: 'won' },
      ],
      tracks: { sales: [], delivery: [] },
      alignment: [],
      circuitBreaker: {
        enabled: true,
        threshold: 0.15,
        atStage: 'won',
        onMissingAssessment: 'block',
        reviewers: ['rep'],
        approverRoles: ['manager'],
      },
    };
    const gates = [
      {
        id: 'g',
        label,
        to: 'won',
        requirements: [{ type: 'magic' }, { type: 'form_completeness', purpose: 'requirements' }],
      },
    ];
    expect(errorsOf(validateArtifact('stage-gates', { ...base, gates }))).toEqual([
      {
        path: '/gates/0/requirements/0/type',
        message:
          'must be one of: three_elements, form_completeness, condition, milestone, precheck_resolved, assessment_present',
      },
      { path: '/gates/0/requirements/1/min', message: 'is required' },
    ]);
    expect(validateArtifact('stage-gates', { ...base, gates: [] })).toEqual({ ok: true });
  });

  it('signal model: automatic detection needs a condition', () => {
    const content = {
      entity: 'opportunity',
      signals: [
        {
          id: 'uat',
          label: { zh: 'UAT', en: 'UAT' },
          category: 'technical_validation',
          weight: 100,
          detection: { mode: 'auto' },
        },
      ],
      banding: {
        width: 5,
        lookbackMonths: 6,
        minSample: 20,
        prior: { method: 'beta_binomial', toward: 'overall', strength: 10 },
      },
      payment: { enabled: false, steps: [] },
    };
    expect(errorsOf(validateArtifact('signal-model', content))).toEqual([
      { path: '/signals/0/detection/when', message: 'is required' },
    ]);
  });

  it('S5: a 20,000-level JSON Logic rule is shape-checked without overflowing the validator', () => {
    let rule: unknown = { var: 'source.channel' };
    for (let i = 0; i < 20000; i++) rule = { '!': [rule] };
    const content = {
      entity: 'lead',
      rules: [{ id: 'deep', label: { zh: '深', en: 'Deep' }, category: 'other', when: rule, points: 1 }],
      thresholds: { A: 3, B: 2, C: 1 },
    };
    expect(validateArtifact('grading-rules', content)).toEqual({ ok: true });
  });

  it('unknown kinds are refused, not thrown', () => {
    expect(errorsOf(validateArtifact('nope' as never, {}))[0]?.path).toBe('');
  });
});
