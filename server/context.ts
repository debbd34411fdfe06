import type { Db, Driver } from './db/client';
import type { EventBus } from './events/bus';
import type { LeadEventReactor } from './events/record';

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
  /** Committed domain events for live subscribers (SSE). */
  bus: EventBus;
  /** Reactions that commit together with every lead event (see events/record.ts). */
  reactors: LeadEventReactor[];
}
