// Runs the load generator (load-client.ts) in its own Node process against a server on loopback
// and returns its figures. On a 2-core machine this gives the server one core and the clients the
// other, instead of both sharing one event loop.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadSpec } from './load-requests';

export type { LoadSpec } from './load-requests';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

const CLIENT = fileURLToPath(new URL('./load-client.ts', import.meta.url));

export function load(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLIENT, JSON.stringify(spec)],
      { timeout: (spec.seconds + 120) * 1000, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`load client failed: ${err.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult);
      },
    );
  });
}
