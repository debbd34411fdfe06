/**
 * Compiles a guarded JSON Logic rule into a tree of closures (json-logic-js semantics).
 * Only called on rules that passed the structural guard, so recursion depth is bounded.
 */
import { lookup, lookupDynamic, splitPath } from './access';
import { LogicError } from './errors';
import { EAGER_OPS } from './ops';
import { truthy } from './truthy';

export type Compiled = (data: unknown) => unknown;

const constant =
  (value: unknown): Compiled =>
  () =>
    value;

const isOperation = (node: unknown): node is Record<string, unknown> =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;

export function compile(node: unknown): Compiled {
  if (Array.isArray(node)) {
    const fns = node.map(compile);
    return (d) => fns.map((f) => f(d));
  }
  if (!isOperation(node)) return constant(node);
  const op = Object.keys(node)[0] as string;
  const raw = node[op];
  const args: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (op === 'var') return compileVar(args);
  const fns = args.map(compile);
  const special = SPECIAL[op];
  if (special) return special(fns);
  const eager = EAGER_OPS[op];
  if (!eager) throw new LogicError(`unknown or forbidden operator "${op}"`);
  return compileEager(op, fns, eager);
}

function compileVar(args: unknown[]): Compiled {
  const path = args[0];
  const fallback = compile(args[1]);
  if (typeof path === 'object' && path !== null) {
    const pathFn = compile(path);
    return (d) => lookupDynamic(d, pathFn(d), fallback(d));
  }
  if (path === undefined || path === '' || path === null) return (d) => d;
  const segments = splitPath(path);
  if (args[1] === undefined) return (d) => lookup(d, segments, null);
  return (d) => {
    const fb = fallback(d);
    return lookup(d, segments, fb === undefined ? null : fb);
  };
}

function compileEager(op: string, fns: Compiled[], eager: (a: unknown[]) => unknown): Compiled {
  const [f0, f1] = fns;
  if (fns.length === 2 && f0 && f1) {
    switch (op) {
      case '==':
        return (d) => f0(d) == f1(d);
      case '===':
        return (d) => f0(d) === f1(d);
      case '!=':
        return (d) => f0(d) != f1(d);
      case '!==':
        return (d) => f0(d) !== f1(d);
      case '>':
        return (d) => (f0(d) as number) > (f1(d) as number);
      case '>=':
        return (d) => (f0(d) as number) >= (f1(d) as number);
      case '<':
        return (d) => (f0(d) as number) < (f1(d) as number);
      case '<=':
        return (d) => (f0(d) as number) <= (f1(d) as number);
    }
  }
  if (fns.length === 1 && f0) {
    if (op === '!') return (d) => !truthy(f0(d));
    if (op === '!!') return (d) => truthy(f0(d));
  }
  return (d) => eager(fns.map((f) => f(d)));
}

function missingKeys(data: unknown, values: unknown[]): unknown[] {
  const keys: unknown[] = Array.isArray(values[0]) ? values[0] : values;
  const out: unknown[] = [];
  for (const key of keys) {
    const v = lookupDynamic(data, key, undefined);
    if (v === null || v === '') out.push(key);
  }
  return out;
}

const arrayOrNull = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

const SPECIAL: Readonly<Record<string, (fns: Compiled[]) => Compiled>> = {
  if: compileIf,
  '?:': compileIf,
  and: (fns) => (d) => {
    let cur: unknown;
    for (const f of fns) {
      cur = f(d);
      if (!truthy(cur)) return cur;
    }
    return cur;
  },
  or: (fns) => (d) => {
    let cur: unknown;
    for (const f of fns) {
      cur = f(d);
      if (truthy(cur)) return cur;
    }
    return cur;
  },
  missing: (fns) => (d) =>
    missingKeys(
      d,
      fns.map((f) => f(d)),
    ),
  missing_some: (fns) => (d) => {
    const need = fns[0]?.(d);
    const options = fns[1]?.(d);
    const missing = missingKeys(d, Array.isArray(options) ? options : [options]);
    const len = Array.isArray(options) || typeof options === 'string' ? options.length : NaN;
    return len - missing.length >= (need as number) ? [] : missing;
  },
  filter: scoped(
    (items, logic) => items.filter((x) => truthy(logic(x))),
    () => [],
  ),
  map: scoped(
    (items, logic) => items.map((x) => logic(x)),
    () => [],
  ),
  all: scoped(
    (items, logic) => items.length > 0 && items.every((x) => truthy(logic(x))),
    () => false,
  ),
  none: scoped(
    (items, logic) => items.length === 0 || !items.some((x) => truthy(logic(x))),
    () => true,
  ),
  some: scoped(
    (items, logic) => items.length > 0 && items.some((x) => truthy(logic(x))),
    () => false,
  ),
  reduce: (fns) => {
    const [source = constant(undefined), logic = constant(undefined), init] = fns;
    return (d) => {
      const initial = init ? init(d) : null;
      const items = arrayOrNull(source(d));
      if (!items) return initial;
      return items.reduce(
        (accumulator: unknown, current: unknown) => logic({ current, accumulator }),
        initial,
      );
    };
  },
};

function compileIf(fns: Compiled[]): Compiled {
  return (d) => {
    let i = 0;
    for (; i < fns.length - 1; i += 2) {
      if (truthy((fns[i] as Compiled)(d))) return (fns[i + 1] as Compiled)(d);
    }
    return i === fns.length - 1 ? (fns[i] as Compiled)(d) : null;
  };
}

function scoped(
  run: (items: unknown[], logic: Compiled) => unknown,
  otherwise: () => unknown,
): (fns: Compiled[]) => Compiled {
  return (fns) => {
    const [source = constant(undefined), logic = constant(undefined)] = fns;
    return (d) => {
      const items = arrayOrNull(source(d));
      return items ? run(items, logic) : otherwise();
    };
  };
}
