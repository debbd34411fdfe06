/**
 * The Chinese working calendar: public holidays and make-up workdays (调休) as published by
 * the State Council, from the `chinese-days` package's data. The package's own date functions
 * read the process's local time zone, so only its data table is used here.
 *
 * A year the package does not cover yet (the State Council publishes the next year's
 * arrangement each November) falls back to the statutory holidays of 《全国年节及纪念日放假办法》
 * (2024 revision) with the substitute weekdays the law gives for holidays on a weekend; no
 * make-up workdays are guessed. `coverage(year)` tells which source a year uses.
 */
import cnDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, weekday } from './timezone';

type DayTable = Record<string, string>;
const official = cnDays as { holidays: DayTable; workdays: DayTable; inLieuDays: DayTable };

const officialYears = new Set(Object.keys(official.holidays).map((d) => Number(d.slice(0, 4))));

/**
 * Statutory holidays (fixed by the law; lunar dates resolved once from the lunar calendar)
 * for the years after the package's last published arrangement.
 */
const STATUTORY: Record<number, { name: string; dates: string[] }[]> = {
  2027: [
    { name: 'New Year,元旦', dates: ['2027-01-01'] },
    // 除夕 (腊月廿九: 腊月 has 29 days in 2026-27) to 正月初三
    { name: 'Spring Festival,春节', dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] },
    { name: 'Tomb-sweeping Day,清明节', dates: ['2027-04-05'] },
    { name: 'Labour Day,劳动节', dates: ['2027-05-01', '2027-05-02'] },
    { name: 'Dragon Boat Festival,端午节', dates: ['2027-06-09'] },
    { name: 'Mid-autumn Festival,中秋节', dates: ['2027-09-15'] },
    { name: 'National Day,国庆节', dates: ['2027-10-01', '2027-10-02', '2027-10-03'] },
  ],
};

const isWeekend = (date: string) => {
  const w = weekday(date);
  return w === 0 || w === 6;
};

/** Statutory days plus, per holiday, one substitute weekday after it for each day on a weekend. */
function statutoryTable(year: number): DayTable {
  const table: DayTable = {};
  for (const h of STATUTORY[year] ?? []) for (const d of h.dates) table[d] = h.name;
  for (const h of STATUTORY[year] ?? []) {
    let owed = h.dates.filter(isWeekend).length;
    let d = h.dates[h.dates.length - 1]!;
    while (owed > 0) {
      d = addDays(d, 1);
      if (isWeekend(d) || table[d]) continue;
      table[d] = `${h.name} (substitute day)`;
      owed--;
    }
  }
  return table;
}
const statutory: DayTable = Object.assign(
  {},
  ...Object.keys(STATUTORY).map((y) => statutoryTable(Number(y))),
);

export type CalendarSource = 'official' | 'statutory' | 'weekdays';

export function coverageCN(year: number): CalendarSource {
  if (officialYears.has(year)) return 'official';
  if (STATUTORY[year] && !officialYears.has(year)) return 'statutory';
  return 'weekdays';
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** "National Day,国庆节,3" style name from the source, or null for an ordinary day. */
  name: string | null;
  source: CalendarSource;
}

export function dayInfoCN(date: string): DayInfo {
  const source = coverageCN(Number(date.slice(0, 4)));
  if (source === 'official') {
    const work = official.workdays[date];
    if (work) return { date, working: true, kind: 'makeup_workday', name: work, source };
    const off = official.holidays[date];
    if (off) return { date, working: false, kind: 'holiday', name: off, source };
  } else if (source === 'statutory') {
    const off = statutory[date];
    if (off) return { date, working: false, kind: 'holiday', name: off, source };
  }
  return isWeekend(date)
    ? { date, working: false, kind: 'weekend', name: null, source }
    : { date, working: true, kind: 'workday', name: null, source };
}
