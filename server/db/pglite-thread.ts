// PGlite in a worker thread, behind the small client surface Drizzle's PGlite driver uses
// (`query`, `exec`, `transaction`). On a 2-core machine the embedded database then runs beside
// the HTTP server instead of taking turns with it on one event loop. Each call is one message to
// pglite-worker.mjs; a transaction is opened there and kept open until this side ends it.
import { Worker } from 'node:worker_threads';

type Params = unknown[] | undefined;
interface QueryOptions {
  rowMode?: 'array' | 'object';
  /** Drizzle passes identity parsers (keep the text) for date and time types: their OIDs travel. */
  parsers?: Record<number, unknown>;
}
export interface QueryResult<T = unknown> {
  rows: T[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

interface Reply {
  id?: number;
  ok?: boolean;
  ready?: boolean;
  result?: unknown;
  error?: { message: string; name: string } & Record<string, unknown>;
}

/** An error raised by PostgreSQL in the worker, with its fields (code, constraint, detail, …). */
export class DatabaseError extends Error {
  code?: string;
}

interface Queryable {
  query<T>(sql: string, params?: Params, options?: QueryOptions): Promise<QueryResult<T>>;
  exec(sql: string): Promise<QueryResult[]>;
}

export class PgliteThread implements Queryable {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closed = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: Reply) => {
      if (m.id === undefined) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(Object.assign(new DatabaseError(m.error!.message), m.error, { name: 'DatabaseError' }));
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) => this.failAll(new Error(`the database thread stopped (exit code ${code})`)));
  }

  static async start(dataDir: string | null): Promise<PgliteThread> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: Reply) => {
        if (!m.ready) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return new PgliteThread(worker);
  }

  private failAll(err: Error) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private send<T>(message: Record<string, unknown>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  query<T>(sql: string, params?: Params, options?: QueryOptions, tx?: number): Promise<QueryResult<T>> {
    return this.send({
      op: 'query',
      sql,
      params: params ?? [],
      rowMode: options?.rowMode ?? 'object',
      raw: Object.keys(options?.parsers ?? {}).map(Number),
      tx,
    });
  }

  exec(sql: string, tx?: number): Promise<QueryResult[]> {
    return this.send({ op: 'exec', sql, tx });
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const { tx } = await this.send<{ tx: number }>({ op: 'begin' });
    const scoped: Queryable = {
      query: (sql, params, options) => this.query(sql, params, options, tx),
      exec: (sql) => this.exec(sql, tx),
    };
    let result: T;
    try {
      result = await work(scoped);
    } catch (err) {
      await this.send({ op: 'end', tx, commit: false }).catch(() => undefined);
      throw err;
    }
    await this.send({ op: 'end', tx, commit: true });
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.send({ op: 'close' }).catch(() => undefined);
    this.closed = true;
    await this.worker.terminate();
  }
}
