/**
 * The JSON Logic operators the engine allows (json-logic-js standard set minus `log`
 * and minus dotted "method" operators), with their arity and result type.
 */
export type ValueType = 'number' | 'string' | 'boolean' | 'array' | 'any';

export interface OperatorSpec {
  /** minimum number of arguments */
  min: number;
  /** maximum number of arguments (Infinity = variadic) */
  max: number;
  /** type of the value the operator returns */
  result: ValueType;
}

const spec = (min: number, max: number, result: ValueType): OperatorSpec => ({ min, max, result });
const ANY = Infinity;

export const OPERATORS: Readonly<Record<string, OperatorSpec>> = Object.freeze({
  var: spec(0, 2, 'any'),
  missing: spec(1, ANY, 'array'),
  missing_some: spec(2, 2, 'array'),
  if: spec(2, ANY, 'any'),
  '?:': spec(2, 3, 'any'),
  '==': spec(2, 2, 'boolean'),
  '===': spec(2, 2, 'boolean'),
  '!=': spec(2, 2, 'boolean'),
  '!==': spec(2, 2, 'boolean'),
  '!': spec(1, 1, 'boolean'),
  '!!': spec(1, 1, 'boolean'),
  or: spec(1, ANY, 'any'),
  and: spec(1, ANY, 'any'),
  '>': spec(2, 2, 'boolean'),
  '>=': spec(2, 2, 'boolean'),
  '<': spec(2, 3, 'boolean'),
  '<=': spec(2, 3, 'boolean'),
  max: spec(1, ANY, 'number'),
  min: spec(1, ANY, 'number'),
  '+': spec(1, ANY, 'number'),
  '-': spec(1, 2, 'number'),
  '*': spec(1, ANY, 'number'),
  '/': spec(2, 2, 'number'),
  '%': spec(2, 2, 'number'),
  map: spec(2, 2, 'array'),
  filter: spec(2, 2, 'array'),
  reduce: spec(2, 3, 'any'),
  all: spec(2, 2, 'boolean'),
  none: spec(2, 2, 'boolean'),
  some: spec(2, 2, 'boolean'),
  merge: spec(1, ANY, 'array'),
  in: spec(2, 2, 'boolean'),
  cat: spec(1, ANY, 'string'),
  substr: spec(2, 3, 'string'),
});

export const ALLOWED_OPERATORS: readonly string[] = Object.freeze(Object.keys(OPERATORS));

export function isAllowedOperator(op: string): boolean {
  return Object.prototype.hasOwnProperty.call(OPERATORS, op);
}

/** Operators whose second argument is evaluated once per array element (a new data scope). */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
]);

export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set([
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
]);
export const ORDERING_OPERATORS: ReadonlySet<string> = new Set(['>', '>=', '<', '<=']);
export const ARITHMETIC_OPERATORS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', 'min', 'max']);

/** Path segments that reach object internals; never allowed in a `var`/`missing` path. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function forbiddenSegment(path: unknown): string | null {
  if (typeof path !== 'string' && typeof path !== 'number') return null;
  for (const seg of String(path).split('.')) if (FORBIDDEN_SEGMENTS.has(seg)) return seg;
  return null;
}
