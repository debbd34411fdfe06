import { describe, expect, it } from '@jest/globals';
// S5: hostile rules can neither crash the engine nor reach object internals.
import jsonLogic from 'json-logic-js';
import { checkLogic } from './check';
import { LogicError } from './errors';
import { evaluateLogic } from './evaluate';

const fields = [{ path: 'source.channel', type: 'enum' }];

function nested(levels: number, leaf: unknown = { var: 'source.channel' }): unknown {
  let rule = leaf;
  for (let i = 0; i < levels; i++) rule = { '!': [rule] };
  return rule;
}

describe('S5: hostile rules', () => {
  it('20,000 levels of nesting: checkLogic returns a depth issue fast, evaluateLogic throws LogicError', () => {
    const deep = nested(20_000);
    const t0 = performance.now();
    const issues = checkLogic(deep, { fields });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/deeper than 32/);
    expect(() => evaluateLogic(deep, {})).toThrow(LogicError);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(() => jsonLogic.apply(deep as never, {})).toThrow(RangeError); // what we protect against
  });

  it('20,000 nested arrays are refused too', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(checkLogic(deep, { fields })[0]?.message).toMatch(/deeper/);
    expect(() => evaluateLogic(deep, {})).toThrow(LogicError);
  });

  it('{"var":"constructor.constructor"} never yields Function', () => {
    expect(jsonLogic.apply({ var: 'constructor.constructor' }, {})).toBe(Function); // the hazard
    expect(() => evaluateLogic({ var: 'constructor.constructor' }, {})).toThrow(LogicError);
    expect(() => evaluateLogic({ var: ['constructor.constructor', 1] }, {})).toThrow(LogicError);
    expect(() => evaluateLogic({ var: { cat: ['constr', 'uctor'] } }, {})).toThrow(LogicError);
    const issues = checkLogic({ '==': [{ var: 'a.constructor' }, 1] }, { fields });
    expect(issues).toContainEqual({
      path: '/==/0/var',
      message: expect.stringMatching(/"constructor" is forbidden/),
    });
  });

  it('__proto__ and prototype are refused in var (string and array form) and missing', () => {
    for (const rule of [
      { var: '__proto__' },
      { var: ['a.__proto__.x'] },
      { var: 'toString.prototype' },
      { missing: ['__proto__'] },
      { missing: [['a', 'b.prototype']] },
      { missing_some: [1, ['a', '__proto__']] },
    ]) {
      expect(() => evaluateLogic(rule, {})).toThrow(LogicError);
      expect(checkLogic(rule, { fields }).some((i) => /forbidden/.test(i.message))).toBe(true);
    }
  });

  it('inherited members are never read, even through computed paths', () => {
    expect(evaluateLogic({ var: 'toString' }, {})).toBeNull();
    expect(evaluateLogic({ var: 'a.hasOwnProperty' }, { a: {} })).toBeNull();
    expect(evaluateLogic({ var: { cat: ['value', 'Of'] } }, {})).toBeNull();
    expect(evaluateLogic({ var: 'f' }, { f: () => 1 })).toBeNull();
  });

  it('unknown operators, log and dotted method operators are refused', () => {
    for (const rule of [
      { log: 'x' },
      { 'Math.max': [1, 2] },
      { eval: ['1'] },
      { and: [true, { nope: [] }] },
    ]) {
      expect(() => evaluateLogic(rule, {})).toThrow(LogicError);
      expect(checkLogic(rule, { fields })[0]?.message).toMatch(/unknown or forbidden operator/);
    }
  });

  it('huge arrays and a 1 MB rule are refused quickly', () => {
    const huge = { in: [{ var: 'source.channel' }, Array.from({ length: 500_000 }, (_, i) => `c${i}`)] };
    const wide = {
      and: Array.from({ length: 60_000 }, () => ({ '==': [{ var: 'source.channel' }, 'expo_qr'] })),
    };
    expect(JSON.stringify(wide).length).toBeGreaterThan(1_000_000);
    const t0 = performance.now();
    expect(checkLogic(huge, { fields })[0]?.message).toMatch(/too large/);
    expect(checkLogic(wide, { fields })[0]?.message).toMatch(/too large/);
    expect(() => evaluateLogic(huge, {})).toThrow(/too large/);
    expect(() => evaluateLogic(wide, {})).toThrow(/too large/);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('non-JSON values in a rule are refused', () => {
    expect(() => evaluateLogic({ '==': [() => 1, 1] }, {})).toThrow(LogicError);
    expect(() => evaluateLogic(() => 1, {})).toThrow(LogicError);
    expect(() => evaluateLogic({ '==': [new Date(0), 1] }, {})).toThrow(LogicError);
  });

  it('a cyclic rule object is refused by the size limit', () => {
    const cyclic: { and: unknown[] } = { and: [] };
    cyclic.and.push(cyclic);
    expect(() => evaluateLogic(cyclic, {})).toThrow(LogicError);
    expect(checkLogic(cyclic, { fields }).length).toBeGreaterThan(0);
  });
});

describe('S5: hostile rules cannot exhaust memory', () => {
  const data = { tags: Array.from({ length: 64 }, (_, i) => `t${i}`) };
  it('merge doubling inside reduce stops with LogicError', () => {
    const rule = {
      reduce: [{ var: 'tags' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]],
    };
    expect(() => evaluateLogic(rule, data)).toThrow(/merge/);
  });
  it('cat doubling inside reduce stops with LogicError', () => {
    const rule = {
      reduce: [{ var: 'tags' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'xx'],
    };
    expect(() => evaluateLogic(rule, data)).toThrow(/cat/);
  });
});
