/**
 * Dates in a chat line → ISO dates, relative to "now" in the organisation's time zone:
 * 2027-03-15, 2027年3月15日, 3月15日/号, 15号, 今天/明天/后天, 下周三, 本周五, 周五, 月底,
 * 下个月底, 3月底, 下个月初, 年底, 3天后, 两周内.
 */
import { addDays, dateOfDayNumber, dayNumber, tzOffsetMs, weekday } from '../timezone';
import { parseCnNumber } from './cn-number';

export interface DateHit {
  date: string;
  match: string;
  index: number;
  confidence: number;
}

const N = String.raw`(?:\d{1,2}|[一二两三四五六七八九十]{1,3})`;
const WEEKDAY: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};
const pad = (n: number) => String(n).padStart(2, '0');
const num = (s: string) => parseCnNumber(s) ?? NaN;

function ymd(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  // Reject 2月30日 and the like: the day number must round-trip.
  return dateOfDayNumber(dayNumber(iso)) === iso ? iso : null;
}

function lastDayOf(y: number, m: number): string {
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  return addDays(next, -1);
}

/** A month/day without a year: this year, or next year when it lies more than a month back. */
function nearYear(today: string, m: number, d: number): string | null {
  const y = Number(today.slice(0, 4));
  const here = ymd(y, m, d);
  if (!here) return null;
  return dayNumber(here) < dayNumber(today) - 31 ? ymd(y + 1, m, d) : here;
}

type Rule = { re: RegExp; confidence: number; resolve: (m: RegExpExecArray, today: string) => string | null };

const RULES: Rule[] = [
  {
    re: /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g,
    confidence: 0.95,
    resolve: (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    re: new RegExp(String.raw`(${N})\s*月\s*(${N})\s*[日号]`, 'g'),
    confidence: 0.9,
    resolve: (m, today) => nearYear(today, num(m[1]!), num(m[2]!)),
  },
  {
    re: new RegExp(String.raw`(下个?月|本月|这个?月)?\s*(${N})\s*月?\s*(底|末|初|中|中旬|上旬|下旬)`, 'g'),
    confidence: 0.75,
    resolve: (m, today) => {
      const [y, mo] = today.split('-').map(Number) as [number, number];
      let year = y;
      let month = mo;
      if (m[1]?.startsWith('下')) month += 1;
      else if (!m[1]) {
        month = num(m[2]!);
        if (month < mo - 1) year += 1;
      }
      if (month > 12) {
        month -= 12;
        year += 1;
      }
      if (!(month >= 1 && month <= 12)) return null;
      const part = m[3]!;
      if (part === '底' || part === '末' || part === '下旬')
        return part === '下旬' ? ymd(year, month, 25) : lastDayOf(year, month);
      if (part === '初' || part === '上旬') return ymd(year, month, part === '初' ? 1 : 5);
      return ymd(year, month, 15);
    },
  },
  {
    re: /(下个?|本|这个?)?月(底|末|初|中)/g,
    confidence: 0.75,
    resolve: (m, today) => {
      let [y, mo] = today.split('-').map(Number) as [number, number];
      if (m[1]?.startsWith('下')) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      if (m[2] === '底' || m[2] === '末') return lastDayOf(y, mo);
      return ymd(y, mo, m[2] === '初' ? 1 : 15);
    },
  },
  {
    re: /(明年|今年)?(年底|年末|年初)/g,
    confidence: 0.6,
    resolve: (m, today) => {
      const y = Number(today.slice(0, 4)) + (m[1] === '明年' ? 1 : 0);
      return m[2] === '年初' ? ymd(y, 1, 1) : ymd(y, 12, 31);
    },
  },
  {
    re: /(下下|下|这|本|上)?\s*(?:个)?(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    confidence: 0.85,
    resolve: (m, today) => {
      const target = WEEKDAY[m[2]!]!;
      const current = weekday(today) || 7; // Monday = 1 … Sunday = 7
      const weeks = m[1] === '下下' ? 2 : m[1] === '下' ? 1 : m[1] === '上' ? -1 : 0;
      return addDays(today, weeks * 7 + target - current);
    },
  },
  {
    re: /(今天|今日|明天|明日|后天|大后天|昨天)/g,
    confidence: 0.8,
    resolve: (m, today) =>
      addDays(today, { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3, 昨天: -1 }[m[1]!] ?? 0),
  },
  {
    re: new RegExp(String.raw`(${N}|半)\s*个?(天|周|星期|月)(?:之?后|以后|内|以内)`, 'g'),
    confidence: 0.6,
    resolve: (m, today) => {
      const n = m[1] === '半' ? 0.5 : num(m[1]!);
      if (!Number.isFinite(n)) return null;
      const days = m[2] === '天' ? n : m[2] === '月' ? n * 30 : n * 7;
      return addDays(today, Math.round(days));
    },
  },
  {
    re: new RegExp(String.raw`(?<![月\d])(${N})\s*号(?![线楼门馆机车间厂房仓位口码])`, 'g'),
    confidence: 0.6,
    resolve: (m, today) => {
      const d = num(m[1]!);
      const [y, mo, td] = today.split('-').map(Number) as [number, number, number];
      if (d >= td) return ymd(y, mo, d);
      return mo === 12 ? ymd(y + 1, 1, d) : ymd(y, mo + 1, d);
    },
  },
];

/** The local date of an instant in a time zone. */
export function localDate(now: number, timezone: string): string {
  return dateOfDayNumber(Math.floor((now + tzOffsetMs(timezone, now)) / 86_400_000));
}

export function findDates(text: string, today: string): DateHit[] {
  const hits: DateHit[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const date = rule.resolve(m as RegExpExecArray, today);
      if (!date) continue;
      taken.push([start, end]);
      hits.push({ date, match: m[0].trim(), index: start, confidence: rule.confidence });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
