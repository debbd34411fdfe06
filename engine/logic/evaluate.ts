/**
 * evaluateLogic: json-logic-js semantics, made safe. Each rule object is guarded once
 * (iterative structural walk: allow-listed operators, depth, size, no object internals)
 * and compiled to closures; both results are cached per rule object, so rules are
 * treated as immutable once evaluated.
 */
import { compile, type Compiled } from './compile';
import { LogicError } from './errors';
import { walkRule, type LogicIssue, type WalkLimits } from './walk';

/** Limits of the evaluation guard (checkLogic's save-time limits are stricter). */
export const EVALUATION_LIMITS: Readonly<WalkLimits> = Object.freeze({ maxDepth: 64, maxNodes: 50_000 });

const cache = new WeakMap<object, Compiled>();

/** Structural safety issues of a rule (first issue only); [] when the rule may be evaluated. */
export function guardLogic(rule: unknown, limits: WalkLimits = EVALUATION_LIMITS): LogicIssue[] {
  return walkRule(rule, limits, {}, true);
}

/** Guard and compile a rule once; throws LogicError when it is unsafe. */
export function compileLogic(rule: unknown): Compiled {
  if (typeof rule !== 'object' || rule === null) {
    if (typeof rule === 'function' || typeof rule === 'symbol' || typeof rule === 'bigint') {
      throw new LogicError(`rule is not a JSON value (${typeof rule})`);
    }
    return () => rule;
  }
  let fn = cache.get(rule);
  if (fn) return fn;
  const issues = guardLogic(rule);
  const first = issues[0];
  if (first) throw new LogicError(`unsafe rule at "${first.path}": ${first.message}`, issues);
  fn = compile(rule);
  cache.set(rule, fn);
  return fn;
}

export function evaluateLogic(rule: unknown, data: unknown): unknown {
  const fn = compileLogic(rule);
  if (typeof data === 'function') throw new LogicError('data is not a JSON value (function)');
  return fn(data);
}
