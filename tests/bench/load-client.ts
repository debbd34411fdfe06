// The load generator's own process (`node --import tsx load-client.ts <json>`): a closed loop of
// `connections` keep-alive sockets, each sending its next request when the previous one answers,
// for `seconds`. It runs apart from the server so the two do not share one event loop, as real
// clients would not. Prints one JSON line: {requests, perSecond, p50, p99, errors, statuses}.
import http from 'node:http';
import { requestFor, type LoadSpec } from './load-requests';

const spec = JSON.parse(process.argv[2]!) as LoadSpec;
const target = new URL(spec.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });

function send(i: number): Promise<number> {
  const { method, path, body } = requestFor(spec.kind, i + (spec.offset ?? 0));
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (spec.cookie) headers.cookie = spec.cookie;
    if (body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = http.request(
      { host: target.hostname, port: target.port, path, method, agent, headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies: number[] = [];
const statuses: Record<number, number> = {};
let errors = 0;
let next = 0;
const started = performance.now();
const end = started + spec.seconds * 1000;

async function one(): Promise<void> {
  const t = performance.now();
  try {
    const status = await send(next++);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 400) errors++;
  } catch {
    errors++;
  }
  latencies.push(performance.now() - t);
}

if (spec.rate) {
  // Open loop: requests leave on a fixed schedule whether or not earlier ones have answered, so a
  // slow server shows up as latency (no coordinated omission).
  const inFlight = new Set<Promise<void>>();
  const gap = 1000 / spec.rate;
  for (let k = 0; started + k * gap < end; k++) {
    const due = started + k * gap;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const p = one().finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
} else {
  const worker = async () => {
    while (performance.now() < end) await one();
  };
  await Promise.all(Array.from({ length: spec.connections }, worker));
}
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
agent.destroy();
process.stdout.write(
  JSON.stringify({
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    errors,
    statuses,
  }) + '\n',
);
