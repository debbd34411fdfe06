/**
 * Eager JSON Logic operators (arguments already evaluated), with json-logic-js 2.0.5
 * semantics. Loose comparisons and coercions are intentional: they are the semantics.
 */
import { LogicError } from './errors';
import { truthy } from './truthy';

/** Result caps: a rule may not build huge values (e.g. merge/cat doubling inside reduce). */
export const MAX_RESULT_ITEMS = 100_000;
export const MAX_RESULT_CHARS = 1_000_000;

type N = number;
export type EagerOp = (args: unknown[]) => unknown;

const num = (v: unknown): N => v as N;

function substr(source: unknown, start: unknown, end: unknown): string {
  const s = String(source);
  if (num(end) < 0) {
    const temp = s.substr(num(start));
    return temp.substr(0, temp.length + num(end));
  }
  return s.substr(num(start), end as N | undefined);
}

export const EAGER_OPS: Readonly<Record<string, EagerOp>> = {
  '==': (a) => a[0] == a[1],
  '===': (a) => a[0] === a[1],
  '!=': (a) => a[0] != a[1],
  '!==': (a) => a[0] !== a[1],
  '>': (a) => num(a[0]) > num(a[1]),
  '>=': (a) => num(a[0]) >= num(a[1]),
  '<': (a) => (a[2] === undefined ? num(a[0]) < num(a[1]) : num(a[0]) < num(a[1]) && num(a[1]) < num(a[2])),
  '<=': (a) =>
    a[2] === undefined ? num(a[0]) <= num(a[1]) : num(a[0]) <= num(a[1]) && num(a[1]) <= num(a[2]),
  '!!': (a) => truthy(a[0]),
  '!': (a) => !truthy(a[0]),
  '%': (a) => num(a[0]) % num(a[1]),
  in: (a) => {
    const hay = a[1];
    if (typeof hay === 'string') return hay.indexOf(a[0] as string) !== -1;
    if (Array.isArray(hay)) return hay.indexOf(a[0]) !== -1;
    return false;
  },
  cat: (a) => {
    const s = a.join('');
    if (s.length > MAX_RESULT_CHARS)
      throw new LogicError(`"cat" result longer than ${MAX_RESULT_CHARS} characters`);
    return s;
  },
  substr: (a) => substr(a[0], a[1], a[2]),
  '+': (a) => {
    let acc: unknown = 0;
    for (const v of a) acc = parseFloat(acc as string) + parseFloat(v as string);
    return acc;
  },
  '*': (a) => {
    if (a.length === 0) throw new TypeError('"*" needs at least one argument');
    let acc: unknown = a[0];
    for (let i = 1; i < a.length; i++) acc = parseFloat(acc as string) * parseFloat(a[i] as string);
    return acc;
  },
  '-': (a) => (a[1] === undefined ? -num(a[0]) : num(a[0]) - num(a[1])),
  '/': (a) => num(a[0]) / num(a[1]),
  min: (a) => Math.min(...(a as N[])),
  max: (a) => Math.max(...(a as N[])),
  merge: (a) => {
    let acc: unknown[] = [];
    for (const v of a) acc = acc.concat(v);
    if (acc.length > MAX_RESULT_ITEMS)
      throw new LogicError(`"merge" result longer than ${MAX_RESULT_ITEMS} items`);
    return acc;
  },
};
