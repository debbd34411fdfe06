// One spreadsheet row → a LeadCreate-shaped object through the column mapping, with cell-level
// errors that name the column. The result is then validated against the leadCreate schema.
import { coerceCell, type Cell } from './coerce';
import { importField } from './fields';
import type { ColumnMapping } from './suggest';

export interface RowIssue {
  path: string;
  message: string;
}

export interface MappedRow {
  lead: Record<string, unknown>;
  errors: RowIssue[];
}

export interface MapOptions {
  /** Channel used when no column gives one (an import defaults to `import`). */
  defaultChannel?: string;
}

const pointer = (path: string) => '/' + path.split('.').join('/');

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next && typeof next === 'object') node = next as Record<string, unknown>;
    else node = node[part] = {};
  }
  const last = parts[parts.length - 1]!;
  // Two columns mapped to one field (mobile and landline): the first non-empty one wins.
  if (node[last] === undefined) node[last] = value;
}

/** Maps the cells of one row (header → cell) to a lead. Unmapped columns are ignored. */
export function mapRow(
  cells: Readonly<Record<string, Cell>>,
  mapping: ColumnMapping,
  opts: MapOptions = {},
): MappedRow {
  const lead: Record<string, unknown> = {};
  const errors: RowIssue[] = [];
  for (const [header, path] of Object.entries(mapping)) {
    const field = path ? importField(path) : undefined;
    if (!field) continue;
    const r = coerceCell(field, cells[header], header);
    if (!r.ok) errors.push({ path: pointer(path), message: `column "${header}": ${r.message}` });
    else if (r.value !== undefined) setPath(lead, path, r.value);
  }
  const contact = lead.contact as Record<string, unknown> | undefined;
  const company = lead.company as Record<string, unknown> | undefined;
  // A lead needs a name: the contact's, else the company's.
  if (lead.name === undefined) {
    const name = contact?.name ?? company?.name;
    if (name !== undefined) lead.name = name;
  }
  if (lead.contact === undefined) lead.contact = {};
  const source = (lead.source ?? {}) as Record<string, unknown>;
  if (source.channel === undefined && opts.defaultChannel) source.channel = opts.defaultChannel;
  lead.source = source;
  return { lead, errors };
}

/** Names the column behind each schema error: "/contact/phone" → `column "手机": …`. */
export function explainErrors(errors: readonly RowIssue[], mapping: ColumnMapping): RowIssue[] {
  const columnOf = new Map<string, string>();
  for (const [header, path] of Object.entries(mapping)) {
    if (path && !columnOf.has(pointer(path))) columnOf.set(pointer(path), header);
  }
  return errors.map((e) => {
    if (e.message.startsWith('column "')) return e;
    const column = columnOf.get(e.path);
    return column ? { path: e.path, message: `column "${column}": ${e.message}` } : e;
  });
}
