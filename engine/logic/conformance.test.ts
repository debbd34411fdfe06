import { afterAll, describe, expect, it } from '@jest/globals';
// S5: our engine agrees with json-logic-js on every case of the official JSON Logic suite
// whose operators are in the allow-list.
import { readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';
import { evaluateLogic } from './evaluate';
import { isAllowedOperator } from './operators';

type Case = [unknown, unknown, unknown];
const suite = JSON.parse(
  readFileSync(new URL('../../../shared/data/jsonlogic-tests.json', import.meta.url), 'utf8'),
) as unknown[];
const cases = suite.filter((c): c is Case => Array.isArray(c));

function operatorsOf(rule: unknown): string[] {
  const ops: string[] = [];
  const stack: unknown[] = [rule];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object' && Object.keys(node).length === 1) {
      const [op, args] = Object.entries(node)[0] as [string, unknown];
      ops.push(op);
      stack.push(args);
    }
  }
  return ops;
}

const covered = cases.filter(([rule]) => operatorsOf(rule).every(isAllowedOperator));

describe('S5: JSON Logic conformance (official suite vs json-logic-js)', () => {
  afterAll(() => {
    console.log(`JSON Logic conformance: ${covered.length} of ${cases.length} official cases ran`);
  });

  it('covers the whole suite (no case uses an operator outside the allow-list)', () => {
    expect(cases.length).toBe(277);
    expect(covered.length).toBe(cases.length);
  });

  it.each(covered.map((c, i) => [i, JSON.stringify(c[0]), c] as const))('case %i %s', (_i, _text, c) => {
    const [rule, data, expected] = c;
    const ours = evaluateLogic(rule, data);
    expect(ours).toEqual(jsonLogic.apply(rule as never, data));
    expect(ours).toEqual(expected);
  });
});
