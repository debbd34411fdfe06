// The embedded database in its own thread (server/db/pglite-thread.ts): what Drizzle and the
// services rely on — rows in both row modes, PostgreSQL's error fields (the ingest retries on
// code 23505), commit and rollback of a transaction kept open across messages, and a clear
// error once closed.
import { PgliteThread } from '../../server/db/pglite-thread';

let db: PgliteThread;
beforeAll(async () => {
  db = await PgliteThread.start(null);
  await db.exec(`create table t (id int primary key, note text, at timestamptz, doc jsonb)`);
});
afterAll(() => db.close());

test('rows come back as objects or arrays; timestamps stay text when Drizzle asks for it', async () => {
  await db.query(`insert into t values (1, '苏州', '2026-01-02T03:04:05Z', '{"a":[1,"二"]}')`);
  const objects = await db.query<{ id: number; note: string; doc: unknown }>('select id, note, doc from t');
  expect(objects.rows).toEqual([{ id: 1, note: '苏州', doc: { a: [1, '二'] } }]);
  const arrays = await db.query('select id, at from t where id = $1', [1], {
    rowMode: 'array',
    parsers: { 1184: (v: string) => v },
  });
  expect(arrays.rows).toEqual([[1, '2026-01-02 03:04:05+00']]);
});

test('PostgreSQL errors keep their fields (code, constraint) across the thread', async () => {
  await expect(db.query(`insert into t (id) values (1)`)).rejects.toMatchObject({
    code: '23505',
    constraint: 't_pkey',
  });
});

test('a transaction commits, or rolls back everything when its work throws', async () => {
  await db.transaction(async (tx) => {
    await tx.query(`insert into t (id, note) values (2, 'kept')`);
  });
  await expect(
    db.transaction(async (tx) => {
      await tx.query(`insert into t (id, note) values (3, 'lost')`);
      throw new Error('stop');
    }),
  ).rejects.toThrow('stop');
  const ids = await db.query<{ id: number }>('select id from t order by id');
  expect(ids.rows.map((r) => r.id)).toEqual([1, 2]);
});

test('a query outside a transaction waits for it to end, and sees only what it committed', async () => {
  let outside: Promise<{ rows: { n: number }[] }> | undefined;
  await db.transaction(async (tx) => {
    await tx.query(`insert into t (id) values (4)`);
    outside = db.query<{ n: number }>('select count(*)::int as n from t');
    await tx.query(`insert into t (id) values (5)`);
  });
  expect((await outside!).rows[0]!.n).toBe(4);
});

test('after close, calls fail with a clear message', async () => {
  const other = await PgliteThread.start(null);
  await other.close();
  await expect(other.query('select 1')).rejects.toThrow('the database is closed');
});
