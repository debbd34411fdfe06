/**
 * Business-time arithmetic over a BusinessCalendar: only the working hours of working days
 * count. Days of a duration count as working days (same local time of day), weeks as five
 * working days, and hours/minutes/seconds as working time.
 */
import type { BusinessCalendar } from './calendar';
import { addDays } from './timezone';

/** Guard against a calendar with no working day in sight (e.g. a broken table). */
const MAX_DAYS = 3660;

function nextWorkingDate(cal: BusinessCalendar, date: string): string {
  let d = date;
  for (let i = 0; i < MAX_DAYS; i++) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) return d;
  }
  throw new RangeError(`no working day within ${MAX_DAYS} days after ${date}`);
}

/** The instant itself if it is within working hours (the closing instant included), else the next opening. */
export function rollForward(cal: BusinessCalendar, instant: number): number {
  const { date, msOfDay } = cal.toLocal(instant);
  if (cal.isWorkingDay(date)) {
    if (msOfDay < cal.openMs) return cal.fromLocal(date, cal.openMs);
    if (msOfDay <= cal.closeMs) return instant;
  }
  return cal.fromLocal(nextWorkingDate(cal, date), cal.openMs);
}

/** Adds `ms` of working time to `instant`. */
export function addWorkingTime(cal: BusinessCalendar, instant: number, ms: number): number {
  let t = rollForward(cal, instant);
  let remaining = Math.max(0, ms);
  for (let i = 0; i <= MAX_DAYS; i++) {
    const { date, msOfDay } = cal.toLocal(t);
    const available = cal.closeMs - msOfDay;
    if (remaining <= available) return cal.fromLocal(date, msOfDay + remaining);
    remaining -= available;
    t = cal.fromLocal(nextWorkingDate(cal, date), cal.openMs);
  }
  throw new RangeError('business duration too long');
}

/** Moves `instant` forward by `n` working days, keeping the local time of day (within working hours). */
export function addWorkingDays(cal: BusinessCalendar, instant: number, n: number): number {
  const start = rollForward(cal, instant);
  if (n <= 0) return start;
  const { date, msOfDay } = cal.toLocal(start);
  let d = date;
  for (let i = 0; i < n; i++) d = nextWorkingDate(cal, d);
  return cal.fromLocal(d, msOfDay);
}

/** Working time between two instants (0 if b ≤ a). */
export function workingTimeBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (b <= a) return 0;
  let total = 0;
  let t = rollForward(cal, a);
  for (let i = 0; i <= MAX_DAYS && t < b; i++) {
    const { date } = cal.toLocal(t);
    const close = cal.fromLocal(date, cal.closeMs);
    total += Math.max(0, Math.min(close, b) - t);
    if (b <= close) break;
    t = cal.fromLocal(nextWorkingDate(cal, date), cal.openMs);
  }
  return total;
}
