// Forecast periods: quarters ("2027-Q1") and months ("2026-11"), as UTC+8 business dates.
import { badRequest } from '../http/errors';

export interface Period {
  key: string;
  start: Date;
  end: Date;
}

const TZ_MS = 8 * 3_600_000; // China Standard Time: periods start at local midnight
const at = (y: number, m: number) => new Date(Date.UTC(y, m, 1) - TZ_MS);

export function parsePeriod(key: string): Period {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) {
    const y = Number(q[1]);
    const m = (Number(q[2]) - 1) * 3;
    return { key, start: at(y, m), end: at(y, m + 3) };
  }
  const mo = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (mo) {
    const y = Number(mo[1]);
    const m = Number(mo[2]) - 1;
    return { key, start: at(y, m), end: at(y, m + 1) };
  }
  throw badRequest([{ path: '/period', message: 'period must look like 2027-Q1 or 2026-11' }]);
}

/** The quarter holding `now` (local time). */
export function currentQuarter(now: Date): string {
  const local = new Date(now.getTime() + TZ_MS);
  return `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}

/** Monday (local) of the week holding `now`, as an ISO date. */
export function weekOf(now: Date): string {
  const local = new Date(now.getTime() + TZ_MS);
  const dow = (local.getUTCDay() + 6) % 7; // 0 = Monday
  const monday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - dow));
  return monday.toISOString().slice(0, 10);
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Local weekday name of `now`. */
export function weekdayOf(now: Date): string {
  const local = new Date(now.getTime() + TZ_MS);
  return WEEKDAYS[(local.getUTCDay() + 6) % 7]!;
}
