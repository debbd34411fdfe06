/**
 * Candidate conditions for a scorecard, chosen from the training rows only: for a
 * categorical column each frequent value (including "" = left empty), for a numeric column
 * "≥ cut" at its training quantiles. Every condition is JSON Logic over the column name, so
 * it re-evaluates identically with json-logic-js on the raw CSV row.
 */
import { compileLogic } from '../logic/evaluate';
import { truthy } from '../logic/truthy';

export type Row = Readonly<Record<string, string | undefined>>;

export interface Candidate {
  column: string;
  kind: 'equals' | 'atLeast' | 'oneOf' | 'both';
  /** Category value(s) or numeric cut. */
  value: string | number | string[];
  when: unknown;
  /** The single conditions a "both" condition joins. */
  parts?: { column: string; kind: 'equals' | 'atLeast' | 'oneOf'; value: string | number | string[] }[];
}

export interface CandidateOptions {
  /** Minimum rows holding a category value (default max(30, 1 % of rows)). */
  minCount?: number;
  /** Quantiles used as numeric cuts (default every 5 %). */
  quantiles?: readonly number[];
  /** Numeric if at least this share of non-empty values parse as numbers (default 0.95). */
  numericShare?: number;
  /**
   * Target per row: when given, categorical columns also get "one of the k best-converting
   * values" conditions (values ordered by training conversion), like cuts of a numeric column.
   */
  outcomes?: readonly boolean[];
}

const isNum = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));

/** Columns whose non-empty values are all distinct (identifiers) are skipped. */
export function isIdentifierColumn(rows: readonly Row[], column: string): boolean {
  const seen = new Set<string>();
  let nonEmpty = 0;
  for (const r of rows) {
    const v = r[column] ?? '';
    if (v === '') continue;
    nonEmpty += 1;
    seen.add(v);
  }
  return nonEmpty > 20 && seen.size === nonEmpty;
}

export function buildCandidates(
  rows: readonly Row[],
  columns: readonly string[],
  opts: CandidateOptions = {},
): Candidate[] {
  const minCount = opts.minCount ?? Math.max(30, Math.ceil(rows.length * 0.01));
  const quantiles = opts.quantiles ?? Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
  const out: Candidate[] = [];
  for (const column of columns) {
    const values = rows.map((r) => r[column] ?? '');
    const nonEmpty = values.filter((v) => v !== '');
    const numeric =
      nonEmpty.length > 0 && nonEmpty.filter(isNum).length / nonEmpty.length >= (opts.numericShare ?? 0.95);
    if (numeric) {
      const nums = nonEmpty
        .filter(isNum)
        .map(Number)
        .sort((a, b) => a - b);
      const min = nums[0] as number;
      const cuts = new Set<number>();
      for (const q of quantiles) {
        const c = nums[Math.min(nums.length - 1, Math.floor(q * nums.length))] as number;
        if (c > min && c > 0) cuts.add(c);
      }
      for (const c of [...cuts].sort((a, b) => a - b)) {
        out.push({ column, kind: 'atLeast', value: c, when: { '>=': [{ var: column }, c] } });
      }
      if (values.length - nonEmpty.length >= minCount) {
        out.push({ column, kind: 'equals', value: '', when: { '==': [{ var: column }, ''] } });
      }
      continue;
    }
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const levels = [...counts.entries()]
      .filter(([, n]) => n >= minCount && n < rows.length)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [v] of levels) {
      out.push({ column, kind: 'equals', value: v, when: { '==': [{ var: column }, v] } });
    }
    const y = opts.outcomes;
    if (y && levels.length >= 3) {
      const rate = new Map<string, number>();
      for (const [v, n] of levels) {
        let w = 0;
        values.forEach((x, i) => {
          if (x === v && y[i]) w += 1;
        });
        rate.set(v, (w + 1) / (n + 2));
      }
      const ordered = levels
        .map(([v]) => v)
        .sort((a, b) => (rate.get(b) ?? 0) - (rate.get(a) ?? 0) || a.localeCompare(b));
      for (let k = 2; k < ordered.length; k++) {
        const set = ordered.slice(0, k);
        out.push({ column, kind: 'oneOf', value: set, when: { in: [{ var: column }, set] } });
      }
    }
  }
  return out;
}

/** 0/1 indicator of a JSON Logic condition for each row (json-logic-js semantics). */
export function indicator(when: unknown, rows: readonly Row[]): Uint8Array {
  const fn = compileLogic(when);
  const out = new Uint8Array(rows.length);
  rows.forEach((r, i) => {
    out[i] = truthy(fn(r)) ? 1 : 0;
  });
  return out;
}
