// Type-aware comparison of one field's sales value with its delivery value (C5).
import type { DiffTolerance, FormFieldType } from '../../schemas';
import { jaccard, listSimilarity, normaliseText, diceSimilarity } from './similarity';

export type FieldDiffDetail =
  | { kind: 'missing'; side: 'sales' | 'delivery' }
  | { kind: 'set'; overlap: number; min: number; onlySales: string[]; onlyDelivery: string[] }
  | { kind: 'number'; delta: number; relative: number }
  | { kind: 'date'; days: number; maxDays: number }
  | { kind: 'text'; similarity: number; min: number }
  | { kind: 'value' };

export interface ValueComparison {
  equal: boolean;
  /** 0 = same, 1 = entirely different; feeds the weighted difference rate. */
  distance: number;
  detail: FieldDiffDetail;
}

/** Default minimum text similarity when the template sets none. */
export const DEFAULT_TEXT_SIMILARITY = 0.8;

export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') {
    const nodes = (v as { nodes?: unknown }).nodes;
    if (Array.isArray(nodes)) return nodes.length === 0;
    return Object.keys(v).length === 0;
  }
  return false;
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** The members of a set-like value: multiselect options, table rows by their first column, people by name. */
export function setMembers(type: FormFieldType, v: unknown, keyColumn?: string): Map<string, string> {
  const out = new Map<string, string>();
  const add = (label: string) => {
    const k = normaliseText(label);
    if (k && !out.has(k)) out.set(k, label.trim());
  };
  if (type === 'decision_flow') {
    const nodes = (v as { nodes?: unknown })?.nodes;
    if (Array.isArray(nodes)) for (const n of nodes) add(str((n as { name?: unknown })?.name));
    return out;
  }
  if (!Array.isArray(v)) {
    if (!isEmptyValue(v)) add(str(v));
    return out;
  }
  for (const item of v) {
    if (item && typeof item === 'object') {
      const row = item as Record<string, unknown>;
      add(str(keyColumn ? row[keyColumn] : (row.name ?? Object.values(row)[0])));
    } else add(str(item));
  }
  return out;
}

function compareSets(
  type: FormFieldType,
  a: unknown,
  b: unknown,
  min: number,
  keyColumn?: string,
): ValueComparison {
  const sa = setMembers(type, a, keyColumn);
  const sb = setMembers(type, b, keyColumn);
  const overlap = jaccard(new Set(sa.keys()), new Set(sb.keys()));
  const onlySales = [...sa].filter(([k]) => !sb.has(k)).map(([, l]) => l);
  const onlyDelivery = [...sb].filter(([k]) => !sa.has(k)).map(([, l]) => l);
  const equal = overlap >= min - 1e-9;
  return {
    equal,
    distance: equal ? 0 : 1 - overlap,
    detail: { kind: 'set', overlap, min, onlySales, onlyDelivery },
  };
}

function compareNumbers(a: unknown, b: unknown, tol: DiffTolerance): ValueComparison {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return compareScalars(a, b);
  const delta = Math.abs(x - y);
  const scale = Math.max(Math.abs(x), Math.abs(y));
  const relative = scale === 0 ? 0 : delta / scale;
  const allowed = Math.max(tol.absolute ?? 0, (tol.relative ?? 0) * scale);
  const equal = delta <= allowed + 1e-9;
  return { equal, distance: equal ? 0 : Math.min(1, relative), detail: { kind: 'number', delta, relative } };
}

const DAY_MS = 86_400_000;

function compareDates(a: unknown, b: unknown, tol: DiffTolerance): ValueComparison {
  const x = Date.parse(str(a));
  const y = Date.parse(str(b));
  if (Number.isNaN(x) || Number.isNaN(y)) return compareScalars(a, b);
  const days = Math.round(Math.abs(x - y) / DAY_MS);
  const maxDays = tol.days ?? 0;
  const equal = days <= maxDays;
  return { equal, distance: equal ? 0 : 1, detail: { kind: 'date', days, maxDays } };
}

function compareTexts(a: string | string[], b: string | string[], tol: DiffTolerance): ValueComparison {
  const min = tol.similarity ?? DEFAULT_TEXT_SIMILARITY;
  const similarity =
    Array.isArray(a) || Array.isArray(b) ? listSimilarity([a].flat(), [b].flat()) : diceSimilarity(a, b);
  const equal = similarity >= min - 1e-9;
  return { equal, distance: equal ? 0 : 1 - similarity, detail: { kind: 'text', similarity, min } };
}

function compareScalars(a: unknown, b: unknown): ValueComparison {
  const equal =
    typeof a === 'object' || typeof b === 'object'
      ? JSON.stringify(a) === JSON.stringify(b)
      : normaliseText(str(a)) === normaliseText(str(b));
  return { equal, distance: equal ? 0 : 1, detail: { kind: 'value' } };
}

const criteriaTexts = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .map((c) =>
          c && typeof c === 'object'
            ? [(c as Record<string, unknown>).criterion, (c as Record<string, unknown>).target]
                .map(str)
                .filter(Boolean)
                .join(' ')
            : str(c),
        )
        .filter(Boolean)
    : [];

/** Compares two non-empty values of a field of the given type under the template's tolerance. */
export function compareValues(
  type: FormFieldType,
  sales: unknown,
  delivery: unknown,
  tol: DiffTolerance = {},
  keyColumn?: string,
): ValueComparison {
  const salesEmpty = isEmptyValue(sales);
  const deliveryEmpty = isEmptyValue(delivery);
  if (salesEmpty && deliveryEmpty) return { equal: true, distance: 0, detail: { kind: 'value' } };
  if (salesEmpty || deliveryEmpty)
    return {
      equal: false,
      distance: 1,
      detail: { kind: 'missing', side: salesEmpty ? 'sales' : 'delivery' },
    };
  switch (type) {
    case 'multiselect':
    case 'table':
    case 'decision_flow':
      return compareSets(type, sales, delivery, tol.jaccard ?? 1, keyColumn);
    case 'number':
    case 'money':
    case 'rating':
      return compareNumbers(sales, delivery, tol);
    case 'date':
      return compareDates(sales, delivery, tol);
    case 'text':
    case 'textarea':
      return compareTexts(str(sales), str(delivery), tol);
    case 'acceptance_criteria':
      return compareTexts(criteriaTexts(sales), criteriaTexts(delivery), tol);
    case 'person':
      return compareScalars(
        str((sales as { name?: unknown }).name ?? sales),
        str((delivery as { name?: unknown }).name ?? delivery),
      );
    default:
      return compareScalars(sales, delivery);
  }
}
