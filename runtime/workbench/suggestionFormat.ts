import type { ChatSuggestion } from './api';

/** A suggestion's value as one line of text: yuan with separators, lists joined, people by name. */
export function formatSuggestionValue(
  s: ChatSuggestion,
  locale: string,
  code: (value: string) => string = (v) => v,
): string {
  const v = CODED.has(s.field)
    ? Array.isArray(s.value)
      ? s.value.map(String).map(code)
      : code(String(s.value))
    : s.value;
  if (typeof v === 'number') return `¥${v.toLocaleString(locale)}`;
  if (Array.isArray(v)) return v.join('、');
  if (v && typeof v === 'object' && Array.isArray((v as { nodes?: unknown[] }).nodes)) {
    const nodes = (v as { nodes: { name: string; title?: string }[] }).nodes;
    return nodes.map((n) => (n.title && n.title !== n.name ? `${n.name}（${n.title}）` : n.name)).join(' → ');
  }
  return String(v);
}

/** Fields whose values are option codes of the requirement form (shown by their label). */
const CODED = new Set(['erpProduct', 'mesStatus', 'wmsStatus', 'integrations']);

/** The form value a suggestion writes: table rows for systems, the value itself otherwise. */
export function formValueOf(s: ChatSuggestion): unknown {
  if (s.field === 'existingSystems' && s.rows) return s.rows;
  return s.value;
}

/** i18n key of a suggestion field ("contact.name" → "contact_name"). */
export const fieldKey = (field: string) => `workbench.fields.${field.replace(/\./g, '_')}`;

/** Field keys of a form template's content (sections → fields, tables' own columns excluded). */
export function templateFieldKeys(content: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (o: unknown, depth: number) => {
    if (Array.isArray(o)) return o.forEach((x) => walk(x, depth));
    if (!o || typeof o !== 'object') return;
    const rec = o as Record<string, unknown>;
    if (typeof rec.key === 'string' && typeof rec.type === 'string') {
      keys.add(rec.key);
      return; // columns of a table are not form fields
    }
    for (const v of Object.values(rec)) walk(v, depth + 1);
  };
  walk(content, 0);
  return keys;
}
