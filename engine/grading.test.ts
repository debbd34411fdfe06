import { describe, expect, it } from '@jest/globals';
import { gradeLead } from './grading';
import type { GradingRulesView } from './types';

const label = (en: string) => ({ zh: en, en });
const rules: GradingRulesView = {
  rules: [
    {
      id: 'expo_qr',
      label: label('Expo QR'),
      when: { '==': [{ var: 'source.channel' }, 'expo_qr'] },
      points: 30,
    },
    {
      id: 'long_dwell',
      label: label('Dwell > 180 s'),
      when: { '>': [{ var: 'behaviour.dwellSeconds' }, 180] },
      points: 20,
    },
    {
      id: 'big_capital',
      label: label('Capital > 5M'),
      when: { '>': [{ var: 'company.registeredCapital' }, 5_000_000] },
      points: 25,
    },
    {
      id: 'cold_call',
      label: label('Cold call'),
      when: { '==': [{ var: 'source.channel' }, 'cold_call'] },
      points: -10,
    },
  ],
  thresholds: { A: 70, B: 45, C: 20 },
};

describe('L3: lead grading', () => {
  it('L3: expo QR + dwell > 180 + capital > 5M → A with 3 hits in rule order', () => {
    const grade = gradeLead(rules, {
      source: { channel: 'expo_qr' },
      behaviour: { dwellSeconds: 240 },
      company: { registeredCapital: 8_000_000 },
    });
    expect(grade).toEqual({
      class: 'A',
      score: 75,
      hits: [
        { ruleId: 'expo_qr', label: label('Expo QR'), points: 30 },
        { ruleId: 'long_dwell', label: label('Dwell > 180 s'), points: 20 },
        { ruleId: 'big_capital', label: label('Capital > 5M'), points: 25 },
      ],
    });
  });

  it('L3: class boundaries are inclusive (≥ threshold)', () => {
    expect(gradeLead(rules, { source: { channel: 'expo_qr' }, behaviour: { dwellSeconds: 200 } }).class).toBe(
      'B',
    );
    expect(gradeLead(rules, { source: { channel: 'expo_qr' } }).class).toBe('C');
    expect(
      gradeLead({ ...rules, thresholds: { A: 30, B: 20, C: 10 } }, { source: { channel: 'expo_qr' } }).class,
    ).toBe('A');
  });

  it('L3: negative points subtract; nothing → D with score 0', () => {
    expect(gradeLead(rules, { source: { channel: 'cold_call' } })).toMatchObject({ class: 'D', score: -10 });
    expect(gradeLead(rules, {})).toEqual({ class: 'D', score: 0, hits: [] });
  });

  it('L3: a rule that throws or is unsafe counts as not fired', () => {
    const bad: GradingRulesView = {
      rules: [
        { id: 'unsafe', label: label('x'), when: { var: 'constructor.constructor' }, points: 50 },
        { id: 'throws', label: label('y'), when: { '*': [] }, points: 50 },
        ...rules.rules,
      ],
      thresholds: rules.thresholds,
    };
    expect(gradeLead(bad, { source: { channel: 'expo_qr' } })).toMatchObject({ class: 'C', score: 30 });
  });
});
