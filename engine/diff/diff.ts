/**
 * S3 readable diff between two versions of an artefact: which rules, fields, signals, clocks,
 * routes or components were added, removed or changed (and what changed: points 20 → 30, the
 * condition as text, weight 15% → 20%), plus changed settings such as thresholds. Generic over
 * every kind: lists of objects with an `id` (or `key`) are matched by it.
 */
import { logicText } from './logic-text';

export interface I18nLabel {
  zh: string;
  en: string;
}

export interface DiffChange {
  /** the member that changed, a dotted path inside the item ("points", "label.zh", "A") */
  prop: string;
  from: string | null;
  to: string | null;
}

export interface DiffEntry {
  op: 'added' | 'removed' | 'changed' | 'reordered';
  /** where: the list ("rules", "sections/background/fields") or the settings object ("thresholds") */
  section: string;
  /** the item's id or key; for settings, the object's name */
  id: string;
  label?: I18nLabel;
  changes: DiffChange[];
}

const LOGIC_KEYS = new Set(['when', 'visibleWhen', 'requiredWhen', 'condition', 'rule']);
const PERCENT_KEYS = new Set(['weight']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const keyOf = (v: unknown): string | null => {
  if (!isObj(v)) return null;
  const k = v.id ?? v.key;
  return typeof k === 'string' || typeof k === 'number' ? String(k) : null;
};
const isKeyedList = (v: unknown): v is Obj[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => keyOf(x) !== null);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function show(prop: string, v: unknown, percent: boolean): string | null {
  if (v === undefined) return null;
  const leaf = prop.split('.').pop() ?? prop;
  if (LOGIC_KEYS.has(leaf)) return logicText(v);
  if (percent && PERCENT_KEYS.has(leaf) && typeof v === 'number') return `${v}%`;
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? null;
  } catch {
    return '…';
  }
}

/** Leaf-level differences of two values (keyed sub-lists are left to the caller). */
function leafChanges(
  a: unknown,
  b: unknown,
  prefix: string,
  percent: boolean,
  out: DiffChange[],
  skip?: Set<string>,
) {
  if (same(a, b)) return;
  const leaf = prefix.split('.').pop() ?? prefix;
  if (isObj(a) && isObj(b) && !LOGIC_KEYS.has(leaf)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!prefix && skip?.has(k)) continue;
      leafChanges(a[k], b[k], prefix ? `${prefix}.${k}` : k, percent, out);
    }
    return;
  }
  out.push({ prop: prefix || '(value)', from: show(prefix, a, percent), to: show(prefix, b, percent) });
}

function diffList(a: Obj[], b: Obj[], section: string, percent: boolean, out: DiffEntry[]) {
  const before = new Map(a.map((x) => [keyOf(x)!, x]));
  const after = new Map(b.map((x) => [keyOf(x)!, x]));
  const label = (x: Obj) =>
    isObj(x.label)
      ? (x.label as unknown as I18nLabel)
      : isObj(x.title)
        ? (x.title as unknown as I18nLabel)
        : undefined;
  for (const [id, x] of after) {
    if (!before.has(id)) {
      const changes: DiffChange[] = [];
      for (const [k, v] of Object.entries(x))
        if (k !== 'id' && k !== 'key' && !isKeyedList(v))
          changes.push({ prop: k, from: null, to: show(k, v, percent) });
      out.push({ op: 'added', section, id, label: label(x), changes });
    }
  }
  for (const [id, x] of before)
    if (!after.has(id)) out.push({ op: 'removed', section, id, label: label(x), changes: [] });
  for (const [id, x] of after) {
    const y = before.get(id);
    if (!y) continue;
    const nested = new Set(Object.keys({ ...x, ...y }).filter((k) => isKeyedList(x[k]) || isKeyedList(y[k])));
    const changes: DiffChange[] = [];
    leafChanges(y, x, '', percent, changes, nested);
    if (changes.length) out.push({ op: 'changed', section, id, label: label(x), changes });
    for (const k of nested) diffValue(y[k], x[k], `${section}/${id}/${k}`, percent, out);
  }
  const common = [...after.keys()].filter((k) => before.has(k));
  const oldOrder = [...before.keys()].filter((k) => after.has(k));
  if (common.join('\u0000') !== oldOrder.join('\u0000'))
    out.push({
      op: 'reordered',
      section,
      id: section,
      changes: [{ prop: 'order', from: oldOrder.join(', '), to: common.join(', ') }],
    });
}

function diffValue(a: unknown, b: unknown, section: string, percent: boolean, out: DiffEntry[]) {
  if (same(a, b)) return;
  if (
    (isKeyedList(a) || (Array.isArray(a) && a.length === 0)) &&
    (isKeyedList(b) || (Array.isArray(b) && b.length === 0))
  ) {
    diffList(a as Obj[], b as Obj[], section, percent, out);
    return;
  }
  const changes: DiffChange[] = [];
  leafChanges(a, b, '', percent, changes);
  out.push({
    op: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
    section,
    id: section,
    changes,
  });
}

/** What changed from `before` to `after` (two contents of one artefact kind). */
export function diffArtifacts(kind: string, before: unknown, after: unknown): DiffEntry[] {
  const percent = kind === 'signal-model' || kind === 'kpi-scheme';
  const out: DiffEntry[] = [];
  const a = isObj(before) ? before : {};
  const b = isObj(after) ? after : {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diffValue(a[k], b[k], k, percent, out);
  return out;
}
