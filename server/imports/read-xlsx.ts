// Streams the rows of the first worksheet of an .xlsx file (exceljs streaming reader: the workbook
// is never held in memory). Cell values are flattened to text, numbers and booleans.
import ExcelJS from 'exceljs';
import type { Cell } from '../../engine/import';
import type { RawRow } from './rows';

function flatten(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('result' in o) return flatten(o.result); // formula
    if ('text' in o) return flatten(o.text); // hyperlink (e-mail cells)
    if ('error' in o) return null;
  }
  return String(v);
}

export async function* xlsxRecords(file: string): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[]; // 1-based, sparse
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(flatten(values[i]));
      yield { rowNumber: row.number, values: cells };
    }
    return; // the first worksheet only
  }
}
