// Opens the database: embedded PGlite (a folder, or in memory when dataDir is null) by default,
// a real PostgreSQL server through node-postgres when a connection URL is given. Both expose the
// same typed Drizzle query layer (`Db`), and both get the committed migrations applied here.
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { PGlite } from '@electric-sql/pglite';
import { PgliteThread } from './pglite-thread';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Driver = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: Driver;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — when set, a real PostgreSQL server is used. */
  databaseUrl?: string | null;
  /** Folder for PGlite's files; null keeps everything in memory (tests). */
  dataDir?: string | null;
  /** PostgreSQL only: keep every table in this schema (isolates parallel test files). */
  pgSchema?: string | null;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any constant works; it only has to be the same in every process of this application.
const MIGRATION_LOCK = 715_262_001;

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, opts.pgSchema ?? null)
    : openPglite(opts.dataDir ?? null);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // PGlite runs in its own thread (pglite-thread.ts) unless PGLITE_THREAD=0 keeps it on this one.
  const client =
    process.env.PGLITE_THREAD === '0'
      ? await (await import('@electric-sql/pglite')).PGlite.create(dataDir ? { dataDir } : {})
      : await PgliteThread.start(dataDir);
  const db = drizzle({ client: client as PGlite, schema });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, driver: 'pglite', close: () => client.close() };
}

async function openPostgres(url: string, pgSchema: string | null): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  if (pgSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(pgSchema))
    throw new Error(`invalid schema name ${pgSchema}`);
  const pool = new pg.default.Pool({
    connectionString: url,
    max: Number(process.env.PG_POOL_SIZE ?? 10),
    ...(pgSchema ? { options: `-c search_path=${pgSchema}` } : {}),
  });
  if (pgSchema) await pool.query(`create schema if not exists ${pgSchema}`);
  // Two processes starting together must not both apply the same migration.
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(lockClient, { schema }), {
      migrationsFolder,
      ...(pgSchema ? { migrationsSchema: pgSchema } : {}),
    });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lockClient.release();
  }
  const db = drizzle(pool, { schema });
  return { db: db as unknown as Db, driver: 'postgres', close: () => pool.end() };
}
