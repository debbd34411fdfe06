import type { Db, Driver } from './db/client';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, err?: unknown): void;
}

/** Everything a route or service needs, passed explicitly (no module-level singletons). */
export interface AppContext {
  db: Db;
  driver: Driver;
  clock: Clock;
  log: Logger;
  config: { secureCookies: boolean; sessionTtlHours: number };
}
