// `npm run bench [-- name …]`: the benchmarks, printed as a table and as JSON on the last line.
// Names: engine, ingest, import, board, scheduler, simulate, forms (default: all). Loopback only, bounded in time.
import os from 'node:os';
import { benchBoard } from './board.bench';
import { benchGrading } from './engine.bench';
import { benchImport } from './import.bench';
import { benchIngest } from './ingest.bench';
import { benchScheduler } from './scheduler.bench';
import { benchSimulateEndToEnd } from './simulate.bench';
import { benchForms } from './forms.bench';

type Row = { name: string; value: number; unit: string; p50?: number; p99?: number; p95?: number } & Record<
  string,
  unknown
>;

const benches: Record<string, () => Promise<Row[]>> = {
  engine: () => benchGrading() as Promise<Row[]>,
  ingest: () => benchIngest() as Promise<Row[]>,
  import: () => benchImport(100_000, 240) as Promise<Row[]>,
  board: () => benchBoard() as Promise<Row[]>,
  scheduler: () => benchScheduler() as Promise<Row[]>,
  simulate: () => benchSimulateEndToEnd() as Promise<Row[]>,
  forms: () => benchForms() as Promise<Row[]>,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in benches));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
const rows: Row[] = [];
const cpu = os.cpus();
console.log(
  `machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  console.log(`\n— ${name}`);
  for (const r of await benches[name]!()) {
    rows.push(r);
    const q = (k: 'p50' | 'p95' | 'p99') =>
      typeof r[k] === 'number' ? `  ${k} ${(r[k] as number).toFixed(1)} ms` : '';
    console.log(
      `  ${String(r.name).padEnd(44)} ${String(r.value).padStart(10)} ${r.unit}${q('p50')}${q('p95')}${q('p99')}`,
    );
  }
}
console.log(JSON.stringify({ results: rows }));
