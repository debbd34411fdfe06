/** CLI helpers: read a CSV file into row objects (header row = keys). */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

export function readCsvFile(path: string): CsvRow[] {
  const text = readFileSync(path, 'utf8');
  return parse(text, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    relax_column_count: true,
    trim: true,
  }) as CsvRow[];
}
