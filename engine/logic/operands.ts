/** Shallow classification of an operation's arguments, used by the type checks. */
import { fieldKind, resolvePath, type FieldIndex, type FieldKind, type LogicField } from './fields';
import { OPERATORS, type ValueType } from './operators';

export type Operand =
  | { kind: 'field'; field: LogicField; fk: FieldKind; path: string }
  | { kind: 'literal'; value: unknown; path: string }
  | { kind: 'expr'; type: ValueType; path: string };

export function classify(arg: unknown, path: string, scoped: boolean, index: FieldIndex): Operand {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg))
    return { kind: 'literal', value: arg, path };
  const keys = Object.keys(arg);
  const op = keys[0];
  if (keys.length !== 1 || op === undefined) return { kind: 'literal', value: arg, path };
  if (op === 'var' && !scoped) {
    const raw = (arg as Record<string, unknown>).var;
    const p = Array.isArray(raw) ? raw[0] : raw;
    if (typeof p === 'string') {
      const r = resolvePath(index, p);
      if (r && 'field' in r) return { kind: 'field', field: r.field, fk: fieldKind(r.field.type), path };
      if (r && 'element' in r) return { kind: 'expr', type: 'string', path };
    }
  }
  const spec = Object.prototype.hasOwnProperty.call(OPERATORS, op) ? OPERATORS[op] : undefined;
  return { kind: 'expr', type: spec ? spec.result : 'any', path };
}

export const literalType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'string' ? 'text' : typeof v;

export const describe = (o: Operand): string => {
  if (o.kind === 'field') return `field "${o.field.path}" (${o.field.type})`;
  if (o.kind === 'literal') return `${literalType(o.value)} ${JSON.stringify(o.value)}`;
  return `a ${o.type} expression`;
};

export const isNumericText = (s: string): boolean => s.trim() !== '' && Number.isFinite(Number(s));
export const isIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s);

export function enumAllows(field: LogicField, value: unknown): boolean {
  if (!field.options || field.options.length === 0) return true;
  return field.options.some((o) => o.value === value);
}
