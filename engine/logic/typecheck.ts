/** Save-time type compatibility checks of one operation against the field catalogue. */
import type { FieldIndex } from './fields';
import {
  ARITHMETIC_OPERATORS,
  COMPARISON_OPERATORS,
  ORDERING_OPERATORS,
  SCOPED_OPERATORS,
} from './operators';
import { classify, describe, enumAllows, isIsoDate, isNumericText, type Operand } from './operands';
import type { Report } from './walk';

type FieldOperand = Extract<Operand, { kind: 'field' }>;

/** Why a field may not be compared with another operand, or null when it may. */
function comparisonProblem(f: FieldOperand, o: Operand, ordering: boolean): string | null {
  const name = `field "${f.field.path}" is ${f.field.type}`;
  if (o.kind === 'literal' && o.value === null) return null;
  if (f.fk === 'tags') return `${name} (a list): compare it with "in" or "some", not with a comparison`;
  if (f.fk === 'boolean' && ordering) return `${name}: it cannot be ordered with "<" or ">"`;
  const v = o.kind === 'literal' ? o.value : undefined;
  const t = o.kind === 'field' ? o.fk : o.kind === 'expr' ? o.type : typeof v;
  const bad = `${name} and cannot be compared with ${describe(o)}`;
  if (o.kind === 'literal' && (Array.isArray(v) || (typeof v === 'object' && v !== null))) return bad;
  if (o.kind === 'field' && o.fk === 'tags') return bad;
  switch (f.fk) {
    case 'numeric':
      if (typeof v === 'string') return isNumericText(v) ? null : bad;
      return t === 'boolean' || t === 'text' || t === 'enum' || t === 'array' ? bad : null;
    case 'boolean':
      return t === 'number' || t === 'string' || t === 'numeric' || t === 'text' || t === 'enum' ? bad : null;
    case 'text':
      return t === 'boolean' || t === 'numeric' ? bad : null;
    case 'enum':
      if (t === 'number' || t === 'boolean' || t === 'numeric') return bad;
      if (typeof v === 'string' && !enumAllows(f.field, v))
        return `"${v}" is not an option of field "${f.field.path}"`;
      return null;
    case 'date':
      if (typeof v === 'string') return isIsoDate(v) ? null : `${name}: "${v}" is not an ISO date`;
      return t === 'boolean' || t === 'number' ? bad : null;
    default:
      return null;
  }
}

function checkIn(ops: Operand[], report: Report): void {
  const [needle, hay] = ops;
  if (!needle || !hay) return;
  if (hay.kind === 'field' && hay.fk !== 'tags' && hay.fk !== 'text') {
    report(hay.path, `"in" needs a tags or text field, but field "${hay.field.path}" is ${hay.field.type}`);
  }
  if (needle.kind === 'field' && needle.fk === 'tags') {
    report(needle.path, `field "${needle.field.path}" is a list of tags: use it on the right side of "in"`);
  }
  if (needle.kind === 'field' && hay.kind === 'literal' && Array.isArray(hay.value)) {
    hay.value.forEach((item, i) => {
      const problem = comparisonProblem(
        needle,
        { kind: 'literal', value: item, path: `${hay.path}/${i}` },
        false,
      );
      if (problem) report(`${hay.path}/${i}`, problem);
    });
  }
}

export function typecheckOperation(
  op: string,
  args: readonly unknown[],
  argPath: (i: number) => string,
  scoped: boolean,
  index: FieldIndex,
  report: Report,
): void {
  const ops = args.map((a, i) => classify(a, argPath(i), scoped, index));
  if (COMPARISON_OPERATORS.has(op)) {
    const ordering = ORDERING_OPERATORS.has(op);
    for (const f of ops) {
      if (f.kind !== 'field') continue;
      for (const o of ops) {
        const problem = o === f ? null : comparisonProblem(f, o, ordering);
        if (problem) {
          report(o.kind === 'field' ? f.path : o.path, problem);
          return;
        }
      }
    }
  } else if (op === 'in') {
    checkIn(ops, report);
  } else if (ARITHMETIC_OPERATORS.has(op)) {
    for (const o of ops) {
      if (o.kind === 'field' && o.fk !== 'numeric') {
        report(o.path, `field "${o.field.path}" is ${o.field.type}, not a number: "${op}" needs numbers`);
      }
    }
  } else if (SCOPED_OPERATORS.has(op)) {
    const src = ops[0];
    if (src?.kind === 'field' && src.fk !== 'tags' && src.fk !== 'other') {
      report(src.path, `"${op}" needs a list, but field "${src.field.path}" is ${src.field.type}`);
    }
  }
}
