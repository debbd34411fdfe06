// Streams the records of a CSV file: UTF-8 (with or without BOM) or, as Excel on Chinese Windows
// saves it, GB18030/GBK — detected from the first 64 KB.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import type { RawRow } from './rows';

async function detectEncoding(file: string): Promise<'utf-8' | 'gb18030'> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, bytesRead), { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  } finally {
    await fh.close();
  }
}

function decoder(encoding: string) {
  const td = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, td.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, td.decode());
    },
  });
}

/** The records of the file, each with the line number it ends on (the row number a user sees). */
export async function* csvRecords(file: string): AsyncGenerator<RawRow> {
  const encoding = await detectEncoding(file);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: 1_000_000,
    info: true,
  });
  const source = createReadStream(file, { highWaterMark: 256 * 1024 });
  const stream = encoding === 'utf-8' ? source.pipe(parser) : source.pipe(decoder(encoding)).pipe(parser);
  source.on('error', (e) => parser.destroy(e));
  try {
    for await (const rec of stream as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { rowNumber: rec.info.lines, values: rec.record };
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
}
