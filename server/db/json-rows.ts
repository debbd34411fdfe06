// Inserts many rows of a table in one statement with one parameter: the rows as a JSON array,
// turned back into typed columns by jsonb_to_recordset. A multi-row VALUES list costs one bind
// parameter per cell (a 100-lead batch is 2,300) — building, serialising and parsing those
// cost more than running the insert. Column names and SQL types come from the Drizzle table, so
// the rows are the table's own insert type; columns that no row sets keep their defaults.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './client';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface JsonInsertOptions {
  /** `on conflict do nothing`, e.g. for identity keys another transaction may have taken. */
  onConflictDoNothing?: boolean;
  /** Database column names to return for each inserted row. */
  returning?: string[];
}

export function jsonInsert<T extends PgTable>(
  table: T,
  rows: readonly T['$inferInsert'][],
  opts: JsonInsertOptions = {},
): SQL {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
    rows.some((r) => (r as Record<string, unknown>)[key] !== undefined),
  );
  const json = JSON.stringify(
    rows.map((r) => {
      const out: Record<string, unknown> = {};
      for (const [key, col] of columns) out[col.name] = (r as Record<string, unknown>)[key] ?? null;
      return out;
    }),
  );
  const names = columns.map(([, c]) => ident(c.name)).join(', ');
  const typed = columns.map(([, c]) => `${ident(c.name)} ${c.getSQLType()}`).join(', ');
  return sql`insert into ${sql.raw(ident(getTableName(table)))} (${sql.raw(names)})
    select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(typed)})${sql.raw(
      (opts.onConflictDoNothing ? ' on conflict do nothing' : '') +
        (opts.returning?.length ? ` returning ${opts.returning.map(ident).join(', ')}` : ''),
    )}`;
}

/** Runs `jsonInsert` and returns the returned rows (if any were asked for). */
export async function insertJsonRows<T extends PgTable, R = Record<string, unknown>>(
  tx: Tx,
  table: T,
  rows: readonly T['$inferInsert'][],
  opts: JsonInsertOptions = {},
): Promise<R[]> {
  if (!rows.length) return [];
  const result = await tx.execute(jsonInsert(table, rows, opts));
  return (result as { rows?: R[] }).rows ?? [];
}
