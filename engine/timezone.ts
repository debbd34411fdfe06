/**
 * Local dates and times in an IANA time zone with offset maths over Intl (no clock, no I/O):
 * an instant (ms since the epoch) ↔ a local calendar date "YYYY-MM-DD" and milliseconds
 * after local midnight. Works for zones with daylight saving time too.
 */
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timezone, f);
  }
  return f;
}

/** Throws RangeError for a time zone Intl does not know. */
export function assertTimezone(timezone: string): void {
  formatter(timezone);
}

/** Offset of the zone from UTC at `instant`, in ms (Asia/Shanghai: +8 h). */
export function tzOffsetMs(timezone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(whole)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - whole;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYY-MM-DD" of a UTC-based day number (days since 1970-01-01). */
export function dateOfDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export const addDays = (date: string, n: number): string => dateOfDayNumber(dayNumber(date) + n);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string): number => (((dayNumber(date) + 4) % 7) + 7) % 7;

export interface LocalTime {
  date: string;
  msOfDay: number;
}

export function toLocal(timezone: string, instant: number): LocalTime {
  const local = instant + tzOffsetMs(timezone, instant);
  const day = Math.floor(local / DAY_MS);
  return { date: dateOfDayNumber(day), msOfDay: local - day * DAY_MS };
}

/** The instant of a local date and time (the earlier one if the wall time repeats). */
export function fromLocal(timezone: string, date: string, msOfDay: number): number {
  const wall = dayNumber(date) * DAY_MS + msOfDay;
  const first = wall - tzOffsetMs(timezone, wall);
  const second = wall - tzOffsetMs(timezone, first);
  return Math.min(first, second);
}

/** "09:30" → ms after midnight. */
export function parseTimeOfDay(text: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new RangeError(`invalid time of day ${JSON.stringify(text)}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}
