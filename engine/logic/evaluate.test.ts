import { describe, expect, it } from '@jest/globals';
import { evaluateLogic } from './evaluate';

describe('evaluateLogic', () => {
  const lead = { source: { channel: 'expo_qr' }, behaviour: { dwellSeconds: 240 }, tags: ['mes', 'erp'] };

  it('evaluates with json-logic-js semantics', () => {
    expect(evaluateLogic({ '==': [{ var: 'source.channel' }, 'expo_qr'] }, lead)).toBe(true);
    expect(evaluateLogic({ '>': [{ var: 'behaviour.dwellSeconds' }, '180'] }, lead)).toBe(true);
    expect(evaluateLogic({ in: ['mes', { var: 'tags' }] }, lead)).toBe(true);
    expect(evaluateLogic({ var: ['missing.path', 'dflt'] }, lead)).toBe('dflt');
    expect(evaluateLogic({ var: 'tags.1' }, lead)).toBe('erp');
    expect(evaluateLogic({ var: 'source.channel.length' }, lead)).toBe(7);
  });

  it('caches per rule object and gives the same answer on repeated calls', () => {
    const rule = { and: [{ var: 'a' }, { var: 'b' }] };
    expect(evaluateLogic(rule, { a: 1, b: 2 })).toBe(2);
    expect(evaluateLogic(rule, { a: 0, b: 2 })).toBe(0);
  });
});
