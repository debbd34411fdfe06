/**
 * Iterative (explicit-stack) walk over a JSON Logic rule. Shared by the structural guard
 * (evaluateLogic) and the save-time checker (checkLogic). Never recurses, so a rule nested
 * 20,000 levels deep or a 1 MB rule yields an issue quickly instead of a RangeError.
 */
import { forbiddenSegment, isAllowedOperator, SCOPED_OPERATORS } from './operators';

export interface LogicIssue {
  path: string;
  message: string;
}

export interface WalkLimits {
  maxDepth: number;
  maxNodes: number;
}

export interface WalkFrame {
  node: unknown;
  /** JSON pointer of the node inside the rule */
  path: string;
  /** number of containers enclosing the node, the root container being 1 */
  depth: number;
  /** true inside the per-element logic of map/filter/reduce/all/none/some */
  scoped: boolean;
}

/** Report an issue; returns true when the walk must stop. */
export type Report = (path: string, message: string) => boolean;

export interface WalkHooks {
  /** called for every allowed operation before its arguments are visited */
  onOperation?(op: string, args: readonly unknown[], frame: WalkFrame, report: Report): void;
  /** called for objects that are not operations (zero or several keys) */
  onLiteralObject?(frame: WalkFrame, report: Report): void;
}

/** A walk stops after this many issues. */
export const MAX_ISSUES = 100;

export const escapePointer = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** A plain object of any realm (JSON.parse, structuredClone, another vm context), not a class instance. */
const isPlainObject = (v: object): boolean => {
  const proto: object | null = Object.getPrototypeOf(v) as object | null;
  return (
    proto === null ||
    (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]')
  );
};

export function walkRule(
  rule: unknown,
  limits: WalkLimits,
  hooks: WalkHooks,
  stopAtFirst: boolean,
): LogicIssue[] {
  const issues: LogicIssue[] = [];
  let stopped = false;
  let depthReported = false;
  const report: Report = (path, message) => {
    issues.push({ path, message });
    if (stopAtFirst || issues.length >= MAX_ISSUES) stopped = true;
    return stopped;
  };
  const stack: WalkFrame[] = [{ node: rule, path: '', depth: 0, scoped: false }];
  let nodes = 1;
  const push = (frames: WalkFrame[]): void => {
    nodes += frames.length;
    if (nodes > limits.maxNodes) {
      report(frames[0]?.path ?? '', `rule is too large: more than ${limits.maxNodes} nodes`);
      stopped = true;
      return;
    }
    for (let i = frames.length - 1; i >= 0; i--) stack.push(frames[i] as WalkFrame);
  };

  while (stack.length > 0 && !stopped) {
    const frame = stack.pop() as WalkFrame;
    const { node, path } = frame;
    const t = typeof node;
    if (t === 'function' || t === 'symbol' || t === 'bigint') {
      report(path, `not a JSON value (${t})`);
      continue;
    }
    if (node === null || t !== 'object') continue;
    const depth = frame.depth + 1;
    if (depth > limits.maxDepth) {
      if (!depthReported) report(path, `rule nests deeper than ${limits.maxDepth} levels`);
      depthReported = true;
      if (stopAtFirst) stopped = true;
      continue;
    }
    if (Array.isArray(node)) {
      if (nodes + node.length > limits.maxNodes) {
        report(path, `rule is too large: more than ${limits.maxNodes} nodes`);
        stopped = true;
        break;
      }
      push(node.map((child, i) => ({ node: child, path: `${path}/${i}`, depth, scoped: frame.scoped })));
      continue;
    }
    if (!isPlainObject(node as object)) {
      report(path, 'not a plain JSON object');
      continue;
    }
    const keys = Object.keys(node as object);
    if (keys.length !== 1) {
      hooks.onLiteralObject?.(frame, report);
      continue;
    }
    const op = keys[0] as string;
    const opPath = `${path}/${escapePointer(op)}`;
    if (!isAllowedOperator(op)) {
      report(opPath, `unknown or forbidden operator "${op}"`);
      continue;
    }
    const raw = (node as Record<string, unknown>)[op];
    const isList = Array.isArray(raw);
    const args: readonly unknown[] = isList ? (raw as unknown[]) : [raw];
    const argPath = (i: number): string => (isList ? `${opPath}/${i}` : opPath);
    if (nodes + args.reduce((n: number, a) => n + (Array.isArray(a) ? a.length : 1), 0) > limits.maxNodes) {
      report(path, `rule is too large: more than ${limits.maxNodes} nodes`);
      break;
    }
    checkForbiddenPaths(op, args, argPath, report);
    if (stopped) break;
    hooks.onOperation?.(op, args, frame, report);
    if (stopped) break;
    const scopes = SCOPED_OPERATORS.has(op);
    if (!isList) {
      push([{ node: raw, path: opPath, depth, scoped: frame.scoped }]);
      continue;
    }
    push(
      args.map((child, i) => ({
        node: child,
        path: argPath(i),
        depth,
        scoped: frame.scoped || (scopes && i === 1),
      })),
    );
  }
  return issues;
}

function checkForbiddenPaths(
  op: string,
  args: readonly unknown[],
  argPath: (i: number) => string,
  report: Report,
): void {
  const check = (value: unknown, path: string): void => {
    const seg = forbiddenSegment(value);
    if (seg !== null)
      report(path, `path "${String(value)}" reaches object internals ("${seg}" is forbidden)`);
  };
  if (op === 'var') {
    check(args[0], argPath(0));
  } else if (op === 'missing') {
    const first = args[0];
    if (Array.isArray(first)) first.forEach((k, i) => check(k, `${argPath(0)}/${i}`));
    else args.forEach((k, i) => check(k, argPath(i)));
  } else if (op === 'missing_some') {
    const keys = args[1];
    if (Array.isArray(keys)) keys.forEach((k, i) => check(k, `${argPath(1)}/${i}`));
  }
}
