// The relational model, one file per area. One schema for both drivers (PGlite and node-postgres);
// the SQL migrations in ../migrations are generated from these files by drizzle-kit (`npm run db:generate`).
export * from './people';
export * from './artifacts';
export * from './leads';
export * from './lifecycle';
export * from './opportunities';
export * from './forecast';
export * from './collaboration';
