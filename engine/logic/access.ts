/**
 * Safe data access for `var`/`missing`: own properties only, never functions or the
 * built-in prototypes, never the forbidden segments (__proto__, constructor, prototype).
 */
import { LogicError } from './errors';
import { FORBIDDEN_SEGMENTS } from './operators';

const hasOwn = Object.prototype.hasOwnProperty;
const PROTOTYPES: ReadonlySet<unknown> = new Set([
  Object.prototype,
  Function.prototype,
  Array.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
]);

export function splitPath(path: unknown): string[] {
  const segments = String(path).split('.');
  for (const seg of segments) {
    if (FORBIDDEN_SEGMENTS.has(seg)) throw new LogicError(`path "${String(path)}" reaches object internals`);
  }
  return segments;
}

const isEmptyPath = (path: unknown): boolean => path === undefined || path === '' || path === null;

/** json-logic-js `var` semantics over pre-split segments. */
export function lookup(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let cur: unknown = data;
  for (let i = 0; i < segments.length; i++) {
    if (cur === null || cur === undefined) return notFound;
    const key = segments[i] as string;
    if (typeof cur !== 'object' && typeof cur !== 'string') return notFound;
    if (!hasOwn.call(cur, key)) return notFound;
    cur = (cur as Record<string, unknown>)[key];
    if (cur === undefined || typeof cur === 'function' || PROTOTYPES.has(cur)) return notFound;
  }
  return cur;
}

/** `var` with a path computed at run time. */
export function lookupDynamic(data: unknown, path: unknown, fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (isEmptyPath(path)) return data;
  return lookup(data, splitPath(path), notFound);
}
