// Rows of an uploaded lead file (CSV or XLSX), streamed: the header row, then one object per data
// row keyed by header. Nothing is accumulated, so 100,000 rows take the memory of one.
import { open } from 'node:fs/promises';
import type { Cell } from '../../engine/import';
import { csvRecords } from './read-csv';
import { xlsxRecords } from './read-xlsx';

export type FileFormat = 'csv' | 'xlsx';

export interface RawRow {
  rowNumber: number;
  values: Cell[];
}

export interface DataRow {
  rowNumber: number;
  cells: Record<string, Cell>;
}

export class FileProblem extends Error {}

export const MAX_COLUMNS = 200;

/** The format from the name and the first bytes (an .xlsx is a zip; a CSV has no NUL bytes). */
export async function detectFormat(file: string, originalName: string): Promise<FileFormat> {
  const ext = /\.([a-z0-9]+)$/i.exec(originalName)?.[1]?.toLowerCase();
  const fh = await open(file, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (head.length === 0) throw new FileProblem('the file is empty');
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (ext === 'xls' || (head[0] === 0xd0 && head[1] === 0xcf))
    throw new FileProblem('old Excel .xls files are not supported: save the sheet as .xlsx or .csv');
  if (ext === 'xlsx') {
    if (!isZip) throw new FileProblem('the file is named .xlsx but is not an Excel workbook');
    return 'xlsx';
  }
  if (ext === 'csv' || ext === 'txt') {
    if (isZip || head.includes(0)) throw new FileProblem('the file is named .csv but is not a text file');
    return 'csv';
  }
  throw new FileProblem('only .csv and .xlsx files can be imported');
}

const records = (file: string, format: FileFormat) =>
  format === 'csv' ? csvRecords(file) : xlsxRecords(file);

const isEmpty = (values: Cell[]) =>
  values.every((v) => v === null || v === undefined || String(v).trim() === '');

/** Unique, non-empty column names: a blank header becomes "列3", a repeated one "电话 (2)". */
export function headerNames(values: Cell[]): string[] {
  const seen = new Map<string, number>();
  return values.map((v, i) => {
    const base = v === null || v === undefined || String(v).trim() === '' ? `列${i + 1}` : String(v).trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** The header row (the first non-empty row) and an iterator over the data rows after it. */
export async function* readRows(
  file: string,
  format: FileFormat,
  onHeader: (headers: string[]) => void,
): AsyncGenerator<DataRow> {
  let headers: string[] | null = null;
  const source = records(file, format);
  try {
    for (;;) {
      let next: IteratorResult<RawRow>;
      try {
        next = await source.next();
      } catch (err) {
        if (err instanceof FileProblem) throw err;
        const what = format === 'csv' ? 'CSV file' : 'Excel workbook';
        throw new FileProblem(
          `could not read the ${what}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      if (next.done) break;
      const rec = next.value;
      if (isEmpty(rec.values)) continue;
      if (!headers) {
        if (rec.values.length > MAX_COLUMNS)
          throw new FileProblem(`the file has more than ${MAX_COLUMNS} columns`);
        headers = headerNames(rec.values);
        onHeader(headers);
        continue;
      }
      const cells: Record<string, Cell> = {};
      headers.forEach((h, i) => (cells[h] = rec.values[i]));
      yield { rowNumber: rec.rowNumber, cells };
    }
  } finally {
    await source.return(undefined); // stop reading when the consumer stops early
  }
  if (!headers) throw new FileProblem('the file has no header row');
}

/** Reads the header row and the first `n` data rows, then stops reading. */
export async function peek(file: string, format: FileFormat, n: number) {
  let headers: string[] = [];
  const sample: DataRow[] = [];
  for await (const row of readRows(file, format, (h) => (headers = h))) {
    sample.push(row);
    if (sample.length >= n) break;
  }
  return { headers, sample };
}

/** Number of non-empty data rows, counting no further than `limit + 1`. */
export async function countRows(file: string, format: FileFormat, limit: number): Promise<number> {
  let n = 0;
  for await (const _row of readRows(file, format, () => {})) if (++n > limit) break;
  return n;
}
