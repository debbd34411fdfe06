// @ts-check
// The embedded database's own thread (see pglite-thread.ts): PGlite runs here, so its work
// (parsing, planning, executing inside WebAssembly) no longer shares one core with HTTP, JSON and
// the engine on the main thread. Plain JavaScript so it starts in any host (tsx, jest, a build).
//
// Messages in:  {id, op: 'query', sql, params, rowMode, raw, tx?} | {id, op: 'exec', sql, tx?}
//               {id, op: 'begin'} → replies {tx} | {id, op: 'end', tx, commit} | {id, op: 'close'}
// Messages out: {id, ok: true, result} | {id, ok: false, error: {message, ...fields}}
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { dataDir } = /** @type {{ dataDir: string | null }} */ (workerData);
const ROLLBACK = Symbol('rollback');

/** @type {Map<number, { tx: any, commit: () => void, rollback: () => void, done: Promise<void> }>} */
const open = new Map();
let nextTx = 1;

/** Parsers that hand the value over as PostgreSQL's text (what Drizzle asks for timestamps). */
const rawParsers = (/** @type {number[]} */ oids) =>
  Object.fromEntries(oids.map((o) => [o, (/** @type {string} */ v) => v]));

/** @param {unknown} err */
function describe(err) {
  const e = /** @type {Record<string, unknown>} */ (err ?? {});
  const out = { message: String(e.message ?? err), name: String(e.name ?? 'Error') };
  for (const k of [
    'code',
    'detail',
    'hint',
    'severity',
    'constraint',
    'table',
    'column',
    'schema',
    'where',
    'position',
    'routine',
  ])
    if (e[k] !== undefined) Object.assign(out, { [k]: e[k] });
  return out;
}

const db = await PGlite.create(dataDir ? { dataDir } : {});

/** @param {any} m */
async function handle(m) {
  const target = m.tx ? open.get(m.tx)?.tx : db;
  if (!target) throw new Error(`transaction ${m.tx} is not open`);
  switch (m.op) {
    case 'query':
      return target.query(m.sql, m.params, { rowMode: m.rowMode, parsers: rawParsers(m.raw ?? []) });
    case 'exec':
      return target.exec(m.sql);
    case 'begin': {
      const id = nextTx++;
      /** @type {() => void} */ let begun = () => {};
      const started = new Promise((resolve) => (begun = () => resolve(undefined)));
      const done = db
        .transaction(
          (tx) =>
            new Promise((commit, reject) => {
              open.set(id, { tx, commit: () => commit(undefined), rollback: () => reject(ROLLBACK), done });
              begun();
            }),
        )
        .then(
          () => undefined,
          (err) => {
            if (err !== ROLLBACK) throw err;
          },
        );
      await Promise.race([started, done]);
      return { tx: id };
    }
    case 'end': {
      const t = open.get(m.tx);
      if (!t) throw new Error(`transaction ${m.tx} is not open`);
      open.delete(m.tx);
      if (m.commit) t.commit();
      else t.rollback();
      await t.done;
      return null;
    }
    case 'close':
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${m.op}`);
  }
}

port.on('message', (m) => {
  handle(m).then(
    (result) => port.postMessage({ id: m.id, ok: true, result }),
    (err) => port.postMessage({ id: m.id, ok: false, error: describe(err) }),
  );
});
port.postMessage({ ready: true });
