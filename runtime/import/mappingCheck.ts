// The mapping editor's live check: the sample rows re-mapped with the engine's own mapRow and
// validated with the lead schema, so a changed mapping shows its effect before the import starts.
import { explainErrors, mapRow, type Cell } from '../../engine/import';
import { clientValidate } from '../common/clientValidate';
import type { ColumnMapping, ImportSampleRow } from '../api/lifecycle-types';
import type { FieldError } from '../api/types';

export interface CheckedRow {
  rowNumber: number;
  lead: Record<string, unknown>;
  errors: FieldError[];
}

/** Only the columns that are mapped to a field. */
export const activeMapping = (m: ColumnMapping): ColumnMapping =>
  Object.fromEntries(Object.entries(m).filter(([, path]) => !!path));

const sameMapping = (a: ColumnMapping, b: ColumnMapping) => {
  const x = activeMapping(a);
  const y = activeMapping(b);
  return Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([k, v]) => y[k] === v);
};

/** When ajv cannot run here: the one rule every row must meet, a way to reach the contact. */
function minimalCheck(lead: Record<string, unknown>): FieldError[] {
  const c = (lead.contact ?? {}) as Record<string, unknown>;
  return c.phone || c.email || c.wecomId
    ? []
    : [{ path: '/contact', message: 'needs at least one of phone, email or wecomId' }];
}

/**
 * Each sample row mapped with the engine's mapRow and checked with the lead schema. Where the
 * browser cannot run ajv, rows keep the server's verdict for the mapping it previewed.
 */
export function checkSampleRows(
  rows: ImportSampleRow[],
  mapping: ColumnMapping,
  previewed?: ColumnMapping,
): CheckedRow[] {
  const active = activeMapping(mapping);
  return rows.map((row) => {
    const mapped = mapRow(row.cells as Record<string, Cell>, active, { defaultChannel: 'import' });
    if (mapped.errors.length) return { rowNumber: row.rowNumber, lead: mapped.lead, errors: mapped.errors };
    const errors = clientValidate('leadCreate', mapped.lead);
    if (errors) return { rowNumber: row.rowNumber, lead: mapped.lead, errors: explainErrors(errors, active) };
    const server = previewed && sameMapping(mapping, previewed) ? row.errors : minimalCheck(mapped.lead);
    return { rowNumber: row.rowNumber, lead: mapped.lead, errors: server };
  });
}

export type MappingWarning = 'noContact' | 'noName' | 'duplicateField';

/** What the mapping lacks for leads to be accepted at all. */
export function mappingWarnings(mapping: ColumnMapping): MappingWarning[] {
  const fields = Object.values(mapping).filter(Boolean);
  const out: MappingWarning[] = [];
  if (!fields.some((f) => ['contact.phone', 'contact.email', 'contact.wecomId'].includes(f)))
    out.push('noContact');
  if (!fields.some((f) => ['name', 'contact.name', 'company.name'].includes(f))) out.push('noName');
  if (new Set(fields).size !== fields.length) out.push('duplicateField');
  return out;
}
