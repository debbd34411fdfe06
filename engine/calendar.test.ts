import { describe, expect, it } from '@jest/globals';
import cnDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { createCalendar } from './calendar';
import { addWorkingTime } from './business-time';

const cal = createCalendar();
const sh = (local: string) => Date.parse(`${local}+08:00`);
const table = cnDays as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Every date chinese-days lists for the year agrees with the calendar. */
function agreesWithPackage(year: number) {
  const holidays = Object.keys(table.holidays).filter((d) => d.startsWith(`${year}-`));
  const workdays = Object.keys(table.workdays).filter((d) => d.startsWith(`${year}-`));
  expect(holidays.length).toBeGreaterThan(10);
  for (const d of holidays) expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
  for (const d of workdays) expect([d, cal.day(d).kind]).toEqual([d, 'makeup_workday']);
}

describe('L5: Chinese working calendar (chinese-days)', () => {
  it('2025: National Day 10-01..08 off, make-up workdays 09-28 and 10-11 on', () => {
    expect(cal.coverage(2025)).toBe('official');
    for (let d = 1; d <= 8; d++) expect(cal.isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(cal.day('2025-09-28')).toMatchObject({ working: true, kind: 'makeup_workday' });
    expect(cal.day('2025-10-11')).toMatchObject({ working: true, kind: 'makeup_workday' });
    expect(cal.day('2025-10-09')).toMatchObject({ working: true, kind: 'workday' });
    expect(cal.day('2025-10-12')).toMatchObject({ working: false, kind: 'weekend' });
    expect(cal.isWorkingDay('2025-01-28')).toBe(false); // 除夕 2025
    expect(cal.isWorkingDay('2025-02-08')).toBe(true); // make-up Saturday
    agreesWithPackage(2025);
  });

  it('2026: Spring Festival 02-15..23 off, 02-14 and 02-28 make-up workdays', () => {
    expect(cal.coverage(2026)).toBe('official');
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cal.day('2026-02-14').kind).toBe('makeup_workday');
    expect(cal.day('2026-02-28').kind).toBe('makeup_workday');
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-10-07')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // make-up Saturday
    agreesWithPackage(2026);
  });

  it('2027: Spring Festival off (package data if published, else statutory days + substitutes)', () => {
    const published = Object.keys(table.holidays).some((d) => d.startsWith('2027-'));
    if (published) {
      expect(cal.coverage(2027)).toBe('official');
      agreesWithPackage(2027);
      for (const d of ['2027-02-06', '2027-02-07', '2027-02-08']) expect(cal.isWorkingDay(d)).toBe(false);
      return;
    }
    // chinese-days has no 2027 arrangement yet (the State Council publishes it each November).
    expect(cal.coverage(2027)).toBe('statutory');
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])
      expect(cal.day(d)).toMatchObject({ working: false, kind: 'holiday' });
    // 02-06 and 02-07 fall on a weekend: the law gives two substitute weekdays after the holiday.
    expect(cal.isWorkingDay('2027-02-09')).toBe(false);
    expect(cal.isWorkingDay('2027-02-10')).toBe(false);
    expect(cal.isWorkingDay('2027-02-11')).toBe(true);
    expect(cal.isWorkingDay('2027-10-01')).toBe(false);
    expect(cal.isWorkingDay('2027-10-06')).toBe(true);
    expect(cal.coverage(2030)).toBe('weekdays');
  });

  it('does not depend on the process time zone (the package functions do)', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const la = createCalendar();
      expect(la.isWorkingDay('2025-10-11')).toBe(true);
      expect(la.isWorkingDay('2025-10-12')).toBe(false);
      expect(la.toLocal(sh('2025-10-11T08:59'))).toEqual({
        date: '2025-10-11',
        msOfDay: 8 * 3600e3 + 59 * 60e3,
      });
      expect(addWorkingTime(la, sh('2025-10-10T17:30'), 3600e3)).toBe(sh('2025-10-11T09:30'));
    } finally {
      process.env.TZ = before;
    }
  });

  it('working hours from the policy and the time zone', () => {
    const c = createCalendar({
      timezone: 'Asia/Shanghai',
      country: 'CN',
      hours: { start: '08:30', end: '17:30' },
    });
    expect(c.isWorkingTime(sh('2026-11-27T08:30'))).toBe(true);
    expect(c.isWorkingTime(sh('2026-11-27T08:29'))).toBe(false);
    expect(c.isWorkingTime(sh('2026-11-27T17:30'))).toBe(false);
    expect(c.isWorkingTime(sh('2026-11-28T10:00'))).toBe(false); // Saturday
    const utc = createCalendar({ timezone: 'UTC' });
    expect(utc.toLocal(Date.parse('2026-11-27T02:00Z')).date).toBe('2026-11-27');
    expect(() => createCalendar({ timezone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => createCalendar({ hours: { start: '18:00', end: '09:00' } })).toThrow(RangeError);
  });
});
