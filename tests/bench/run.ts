// `npm run bench`: every benchmark, printed as a table and as JSON on the last line.
import os from 'node:os';
import { benchGrading } from './engine.bench';
import { benchIngest } from './ingest.bench';

const rows: Record<string, unknown>[] = [];
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
for (const [name, fn] of [
  ['engine', benchGrading],
  ['ingest', benchIngest],
] as const) {
  console.log(`\n— ${name}`);
  for (const r of await fn()) {
    rows.push(r);
    const extra =
      'p50' in r ? `  p50 ${(r.p50 as number).toFixed(1)} ms  p99 ${(r.p99 as number).toFixed(1)} ms` : '';
    console.log(`  ${String(r.name).padEnd(36)} ${String(r.value).padStart(10)} ${r.unit}${extra}`);
  }
}
console.log(JSON.stringify({ results: rows }));
