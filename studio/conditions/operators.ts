/**
 * Which operators the condition builder offers for a field of each catalogue type, the
 * default value a new condition starts with, and the unit conversions of the value widgets
 * (money is edited in 万元, durations in the largest whole unit).
 */
import type { CondOp, Literal } from './tree';

export type FieldType =
  'string' | 'text' | 'number' | 'money' | 'boolean' | 'enum' | 'date' | 'duration' | 'tags';

export interface BuilderField {
  path: string;
  type: FieldType | string;
  label: { zh: string; en: string };
  unit?: string;
  options?: readonly { value: unknown; label?: { zh: string; en: string } }[];
}

const NUMERIC: CondOp[] = ['>', '>=', '<', '<=', '==', '!=', 'between'];

export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly CondOp[]>> = {
  number: NUMERIC,
  money: NUMERIC,
  duration: NUMERIC,
  date: ['>', '>=', '<', '<=', '==', '!='],
  enum: ['==', '!=', 'in'],
  string: ['==', '!=', 'in', 'has'],
  text: ['has', '==', '!='],
  boolean: ['=='],
  tags: ['has'],
};

/** The operators offered for a field type (an unknown type gets equality only). */
export function operatorsFor(type: string): readonly CondOp[] {
  return (OPERATORS_BY_TYPE as Record<string, readonly CondOp[]>)[type] ?? ['==', '!='];
}

/** A sensible starting value for a condition on `field` with `op`. */
export function defaultValue(field: BuilderField | undefined, op: CondOp): Literal | Literal[] {
  const type = field?.type;
  const first = field?.options?.[0]?.value;
  const firstOption: Literal = typeof first === 'string' || typeof first === 'number' ? first : '';
  if (op === 'between' || op === 'between_excl') return [0, 100];
  if (op === 'in') return type === 'enum' ? [firstOption] : [];
  switch (type) {
    case 'boolean':
      return true;
    case 'number':
    case 'money':
    case 'duration':
      return 0;
    case 'enum':
      return firstOption;
    case 'date':
      return '2026-01-01';
    default:
      return '';
  }
}

/** Whether a value kept from another field/operator still fits the new one. */
export function valueFits(field: BuilderField | undefined, op: CondOp, value: unknown): boolean {
  const numeric = field?.type === 'number' || field?.type === 'money' || field?.type === 'duration';
  if (op === 'between' || op === 'between_excl')
    return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number');
  if (op === 'in') return Array.isArray(value);
  if (Array.isArray(value)) return false;
  if (field?.type === 'boolean') return typeof value === 'boolean';
  if (numeric) return typeof value === 'number';
  if (field?.type === 'enum') return field.options?.some((o) => o.value === value) ?? false;
  return typeof value === 'string';
}

/** Money is stored in CNY and edited in 万元 (10,000 CNY). */
export const WAN = 10_000;
export const cnyToWan = (cny: number): number => Math.round((cny / WAN) * 1e6) / 1e6;
export const wanToCny = (wan: number): number => Math.round(wan * WAN);

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';
export const DURATION_UNITS: readonly DurationUnit[] = ['seconds', 'minutes', 'hours', 'days'];
const UNIT_SECONDS: Record<DurationUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** Seconds per unit of a duration field (catalogue units "seconds" or "days"). */
export const fieldUnitSeconds = (unit: string | undefined): number => (unit === 'days' ? 86_400 : 1);

/** A stored duration (in the field's unit) as the largest whole display unit. */
export function splitDurationValue(
  stored: number,
  fieldUnit?: string,
): { amount: number; unit: DurationUnit } {
  const seconds = stored * fieldUnitSeconds(fieldUnit);
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    if (seconds !== 0 && seconds % UNIT_SECONDS[unit] === 0)
      return { amount: seconds / UNIT_SECONDS[unit], unit };
  }
  return { amount: seconds, unit: 'seconds' };
}

/** A displayed amount and unit back to the field's stored unit. */
export function joinDurationValue(amount: number, unit: DurationUnit, fieldUnit?: string): number {
  return (amount * UNIT_SECONDS[unit]) / fieldUnitSeconds(fieldUnit);
}
