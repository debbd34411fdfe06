import { describe, expect, it } from '@jest/globals';
import { checkArtifact } from './check-artifact';

const label = (en: string) => ({ zh: en, en });
const rule = (id: string, when: unknown, points = 10) => ({
  id,
  label: label(id),
  category: 'source',
  when,
  points,
});
const grading = (rules: unknown[], thresholds = { A: 70, B: 45, C: 20 }) => ({
  entity: 'lead',
  rules,
  thresholds,
});
const expoQr = rule('expo_qr', { '==': [{ var: 'source.channel' }, 'expo_qr'] }, 30);

describe('S5: checkArtifact refuses unsafe or inconsistent artefacts', () => {
  it('S5: a valid grading-rules artefact has no issues', () => {
    expect(checkArtifact('grading-rules', grading([expoQr]))).toEqual([]);
  });

  it('S5: an unknown field is reported at its path, naming the rule', () => {
    const bad = rule('big_capital', { and: [{ '==': [1, 1] }, { '>': [{ var: 'foo.bar' }, 5] }] });
    expect(checkArtifact('grading-rules', grading([expoQr, bad]))).toEqual([
      { path: '/rules/1/when/and/1/>/0/var', message: 'rule "big_capital": unknown field "foo.bar"' },
    ]);
  });

  it('S5: incompatible types, forbidden operators and object internals are refused', () => {
    const issues = checkArtifact(
      'grading-rules',
      grading([
        rule('capital_text', { '>': [{ var: 'company.registeredCapital' }, 'lots'] }),
        rule('logger', { log: [{ var: 'name' }] }),
        rule('internals', { '==': [{ var: 'constructor.constructor' }, 1] }),
      ]),
    );
    expect(issues).toEqual([
      {
        path: '/rules/0/when/>/1',
        message: expect.stringMatching(/^rule "capital_text": field "company.registeredCapital" is money/),
      },
      { path: '/rules/1/when/log', message: 'rule "logger": unknown or forbidden operator "log"' },
      {
        path: '/rules/2/when/==/0/var',
        message: expect.stringMatching(/^rule "internals": .*"constructor" is forbidden/),
      },
    ]);
  });

  it('S5: 20,000 levels of nesting give an issue, not a crash', () => {
    let deep: unknown = { var: 'source.channel' };
    for (let i = 0; i < 20_000; i++) deep = { '!': deep };
    const issues = checkArtifact('grading-rules', grading([rule('deep', deep)]));
    expect(issues.some((i) => i.path.startsWith('/rules/0/when') && /deeper than 32/.test(i.message))).toBe(
      true,
    );
  });

  it('S5: duplicate rule ids and unordered thresholds are refused', () => {
    const issues = checkArtifact('grading-rules', grading([expoQr, expoQr], { A: 40, B: 45, C: 45 }));
    expect(issues).toEqual([
      { path: '/rules/1/id', message: 'rule "expo_qr" is defined more than once' },
      { path: '/thresholds/A', message: 'threshold A (40) must be greater than B (45)' },
      { path: '/thresholds/B', message: 'threshold B (45) must be greater than C (45)' },
    ]);
  });

  it('S5: schema errors come first, with JSON-pointer paths', () => {
    const issues = checkArtifact('grading-rules', {
      entity: 'lead',
      rules: [{ ...expoQr, points: 500 }],
      thresholds: { A: 1, B: 0 },
    });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['/rules/0/points', '/thresholds/C']));
  });

  it('S5: assignment routes and SLA clock conditions are checked against the lead', () => {
    const policy = {
      strategy: 'round_robin',
      onDutyOnly: true,
      capacity: { maxOpenLeads: 80 },
      routes: [
        {
          id: 'medical_team',
          label: label('Medical'),
          when: { '==': [{ var: 'company.sector' }, 'x'] },
          match: {},
        },
      ],
      fallback: 'any_rep',
      dedupe: { keys: ['phone'], onAmbiguous: 'flag' },
      workingHours: { enabled: false, timezone: 'Asia/Shanghai', start: '09:00', end: '18:00' },
    };
    expect(checkArtifact('assignment-policy', policy)).toEqual([
      { path: '/routes/0/when/==/0/var', message: 'route "medical_team": unknown field "company.sector"' },
    ]);
    const clock = (id: string, when?: unknown) => ({
      id,
      label: label(id),
      start: 'lead.created',
      stop: ['lead.assigned'],
      within: 'PT5M',
      time: 'wall',
      escalation: [],
      ...(when === undefined ? {} : { when }),
    });
    const sla = {
      calendar: { timezone: 'Asia/Shanghai', country: 'CN' },
      clocks: [clock('assign'), clock('assign', { '==': [{ var: 'grade.class' }, 'E'] })],
    };
    expect(checkArtifact('sla-policy', sla)).toEqual([
      { path: '/clocks/1/id', message: 'clock "assign" is defined more than once' },
      { path: '/clocks/1/when/==/1', message: 'clock "assign": "E" is not an option of field "grade.class"' },
    ]);
  });

  it('S5: KPI weights must sum to 100', () => {
    const component = (id: string, weight: number) => ({
      id,
      label: label(id),
      weight,
      metric: { kind: 'clock_met_rate' },
      target: 1,
    });
    const scheme = (w: number) => ({
      period: 'month',
      components: [component('response_timeliness', 25), component('results', w)],
    });
    expect(checkArtifact('kpi-scheme', scheme(75))).toEqual([]);
    expect(checkArtifact('kpi-scheme', scheme(70))).toEqual([
      { path: '/components', message: 'KPI weights must sum to 100, they sum to 95' },
    ]);
  });
});
