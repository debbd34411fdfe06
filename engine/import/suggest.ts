// Column mapping suggested from the header row: "手机号码" → contact.phone, "Company" → company.name.
import { IMPORT_FIELDS, importField } from './fields';

/** Column header → lead field path. */
export type ColumnMapping = Record<string, string>;

/** A header reduced for comparison: full-width → half-width, lower case, no spaces, units or punctuation. */
export function headerKey(header: string): string {
  return String(header)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【〔][^)\]】〕]*[)\]】〕]/g, '') // "注册资本(万元)" → "注册资本"
    .replace(/[*＊:：\s_\-./]/g, '')
    .trim();
}

/** Suggests a field for each header it recognises; each field is used at most once (first column wins). */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const keys = headers.map(headerKey);
  // Pass 1: exact alias matches; pass 2: a header that contains an alias ("联系人手机" ⊃ "手机").
  for (const exact of [true, false]) {
    headers.forEach((header, i) => {
      if (Object.hasOwn(mapping, header) || !keys[i]) return;
      const field = exact ? exactField(keys[i]!, used) : containedField(keys[i]!, used);
      if (field) {
        mapping[header] = field;
        used.add(field);
      }
    });
  }
  return mapping;
}

function exactField(key: string, used: Set<string>): string | undefined {
  return IMPORT_FIELDS.find((f) => !used.has(f.path) && f.aliases.includes(key))?.path;
}

/** The best alias inside the header: one the header ends with (the head noun in Chinese), then the longest. */
function containedField(key: string, used: Set<string>): string | undefined {
  let best: { path: string; score: number } | undefined;
  for (const f of IMPORT_FIELDS) {
    if (used.has(f.path)) continue;
    for (const a of f.aliases) {
      const ascii = /^[ -~]+$/.test(a);
      if (a.length < (ascii ? 4 : 2) || !key.includes(a)) continue;
      const score = (key.endsWith(a) ? 1000 : 0) + a.length;
      if (!best || score > best.score) best = { path: f.path, score };
    }
  }
  return best?.path;
}

export interface MappingIssue {
  path: string;
  message: string;
}

/** Checks a mapping sent by a client against the file's headers and the import fields. */
export function checkMapping(mapping: unknown, headers: readonly string[]): MappingIssue[] {
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping))
    return [{ path: '/mapping', message: 'must be an object of column header → lead field' }];
  const issues: MappingIssue[] = [];
  for (const [header, path] of Object.entries(mapping as Record<string, unknown>)) {
    const at = `/mapping/${header.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!headers.includes(header)) issues.push({ path: at, message: `the file has no column "${header}"` });
    else if (path === null || path === '')
      continue; // explicitly unmapped
    else if (typeof path !== 'string' || !importField(path))
      issues.push({ path: at, message: `unknown lead field "${String(path)}"` });
  }
  return issues;
}
