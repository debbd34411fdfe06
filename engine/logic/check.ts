/**
 * checkLogic: the save-time (S5) check of a JSON Logic rule against the field catalogue.
 * Iterative; returns issues with JSON-pointer paths inside the rule, never throws.
 */
import { indexFields, resolvePath, type FieldIndex, type LogicField } from './fields';
import { forbiddenSegment, OPERATORS } from './operators';
import { typecheckOperation } from './typecheck';
import { escapePointer, walkRule, type LogicIssue, type Report, type WalkFrame } from './walk';

export interface CheckLogicOptions {
  fields: readonly LogicField[];
  maxDepth?: number;
  maxNodes?: number;
}

export const DEFAULT_MAX_DEPTH = 32;
export const DEFAULT_MAX_NODES = 2000;

function checkArity(op: string, count: number, path: string, report: Report): void {
  const spec = OPERATORS[op];
  if (!spec || (count >= spec.min && count <= spec.max)) return;
  const want =
    spec.min === spec.max
      ? `${spec.min}`
      : spec.max === Infinity
        ? `at least ${spec.min}`
        : `${spec.min} to ${spec.max}`;
  report(path, `operator "${op}" takes ${want} argument${want === '1' ? '' : 's'}, got ${count}`);
}

function checkFieldPath(key: unknown, path: string, index: FieldIndex, report: Report): void {
  if (typeof key !== 'string' || key === '') {
    report(path, `field path must be a non-empty text, got ${JSON.stringify(key) ?? String(key)}`);
    return;
  }
  if (!resolvePath(index, key)) report(path, `unknown field "${key}"`);
}

function checkVar(
  args: readonly unknown[],
  argPath: (i: number) => string,
  frame: WalkFrame,
  index: FieldIndex,
  report: Report,
) {
  const key = args[0];
  if (typeof key === 'object' && key !== null) {
    report(argPath(0), 'field path must be a literal text, not a computed value');
  } else if (!frame.scoped && forbiddenSegment(key) === null) {
    checkFieldPath(key, argPath(0), index, report);
  }
}

function checkMissing(
  op: string,
  args: readonly unknown[],
  argPath: (i: number) => string,
  index: FieldIndex,
  report: Report,
) {
  const list = op === 'missing_some' ? args[1] : Array.isArray(args[0]) ? args[0] : args;
  const base = op === 'missing_some' ? argPath(1) : Array.isArray(args[0]) ? argPath(0) : null;
  if (!Array.isArray(list)) {
    report(argPath(op === 'missing_some' ? 1 : 0), `"${op}" needs a list of field paths`);
    return;
  }
  list.forEach((k, i) => {
    if (forbiddenSegment(k) === null)
      checkFieldPath(k, base === null ? argPath(i) : `${base}/${i}`, index, report);
  });
}

export function checkLogic(rule: unknown, opts: CheckLogicOptions): LogicIssue[] {
  const index = indexFields(opts.fields);
  const limits = {
    maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxNodes: opts.maxNodes ?? DEFAULT_MAX_NODES,
  };
  return walkRule(
    rule,
    limits,
    {
      onLiteralObject(frame, report) {
        const n = Object.keys(frame.node as object).length;
        report(frame.path || '', `an operation must have exactly one operator key, found ${n}`);
      },
      onOperation(op, args, frame, report) {
        const raw = (frame.node as Record<string, unknown>)[op];
        const opPath = `${frame.path}/${escapePointer(op)}`;
        const argPath = (i: number): string => (Array.isArray(raw) ? `${opPath}/${i}` : opPath);
        checkArity(op, args.length, opPath, report);
        if (op === 'var') checkVar(args, argPath, frame, index, report);
        else if ((op === 'missing' || op === 'missing_some') && !frame.scoped) {
          checkMissing(op, args, argPath, index, report);
        }
        typecheckOperation(op, args, argPath, frame.scoped, index, report);
      },
    },
    false,
  );
}
