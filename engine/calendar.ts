/**
 * The business calendar an SLA policy's `calendar` describes: which local dates are working
 * days (Chinese public holidays and make-up workdays) and the working hours of such a day, in
 * the policy's time zone (Asia/Shanghai by default). Pure: instants are passed in as numbers.
 */
import { coverageCN, dayInfoCN, type CalendarSource, type DayInfo } from './calendar-cn';
import { assertTimezone, fromLocal, parseTimeOfDay, toLocal, type LocalTime } from './timezone';

export interface CalendarSpec {
  timezone?: string;
  country?: 'CN' | string;
  hours?: { start: string; end: string };
}

export interface BusinessCalendar {
  readonly timezone: string;
  /** Working hours of a working day, as ms after local midnight. */
  readonly openMs: number;
  readonly closeMs: number;
  day(date: string): DayInfo;
  isWorkingDay(date: string): boolean;
  /** Whether an instant falls within working hours of a working day. */
  isWorkingTime(instant: number): boolean;
  /** Which source the year's days come from (official arrangement, statutory fallback, weekdays only). */
  coverage(year: number): CalendarSource;
  toLocal(instant: number): LocalTime;
  fromLocal(date: string, msOfDay: number): number;
}

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';
export const DEFAULT_HOURS = { start: '09:00', end: '18:00' } as const;

export function createCalendar(spec: CalendarSpec = {}): BusinessCalendar {
  const timezone = spec.timezone ?? DEFAULT_TIMEZONE;
  assertTimezone(timezone);
  if (spec.country !== undefined && spec.country !== 'CN')
    throw new RangeError(`no working calendar for country ${JSON.stringify(spec.country)}`);
  const openMs = parseTimeOfDay(spec.hours?.start ?? DEFAULT_HOURS.start);
  const closeMs = parseTimeOfDay(spec.hours?.end ?? DEFAULT_HOURS.end);
  if (closeMs <= openMs) throw new RangeError('working hours must end after they start');
  const days = new Map<string, DayInfo>();
  const day = (date: string) => {
    let info = days.get(date);
    if (!info) {
      info = dayInfoCN(date);
      days.set(date, info);
    }
    return info;
  };
  return {
    timezone,
    openMs,
    closeMs,
    day,
    isWorkingDay: (date) => day(date).working,
    isWorkingTime(instant) {
      const t = toLocal(timezone, instant);
      return day(t.date).working && t.msOfDay >= openMs && t.msOfDay < closeMs;
    },
    coverage: coverageCN,
    toLocal: (instant) => toLocal(timezone, instant),
    fromLocal: (date, msOfDay) => fromLocal(timezone, date, msOfDay),
  };
}
