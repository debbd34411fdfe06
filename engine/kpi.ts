// Process KPIs (MISSION.md L9): each component's raw value scores 0–100 between its floor and
// target; the KPI is the weighted sum. A component without data this period (raw null) is left
// out and its weight is shared among the measured ones, so a rep is not scored on data that does
// not exist yet (e.g. results before any deal is won or lost); the weights used are returned.
import type { KpiScheme } from '../schemas';
import { addDays, fromLocal, weekday } from './timezone';
import type { I18nText } from './types';

export interface KpiInput {
  raw: number | null;
  /** How the raw value was measured (shown beside it). */
  detail?: I18nText;
}

export interface KpiComponentScore {
  id: string;
  label: I18nText;
  /** The configured weight (percent). */
  weight: number;
  /** The weight actually applied after leaving out unmeasured components. */
  effectiveWeight: number;
  raw: number | null;
  normalised: number | null;
  contribution: number;
  detail?: I18nText;
}

export interface KpiScore {
  score: number | null;
  components: KpiComponentScore[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** 0 at or below `floor`, 100 at or above `target`, linear between. */
export const normaliseKpi = (raw: number, target: number, floor = 0): number =>
  round1(exactNormalised(raw, target, floor));

function exactNormalised(raw: number, target: number, floor: number): number {
  if (target <= floor) return raw >= target ? 100 : 0;
  return Math.min(100, Math.max(0, ((raw - floor) / (target - floor)) * 100));
}

export function scoreKpi(
  scheme: KpiScheme,
  inputs: Readonly<Record<string, KpiInput | undefined>>,
): KpiScore {
  const measured = scheme.components.filter((c) => {
    const raw = inputs[c.id]?.raw;
    return raw !== null && raw !== undefined && Number.isFinite(raw);
  });
  const measuredWeight = measured.reduce((s, c) => s + c.weight, 0);
  let total = 0;
  const components = scheme.components.map((c): KpiComponentScore => {
    const input = inputs[c.id];
    const raw = input?.raw ?? null;
    const used = raw !== null && Number.isFinite(raw) && measuredWeight > 0;
    const exact = used ? exactNormalised(raw, c.target, c.floor ?? 0) : 0;
    const contribution = used ? (exact * c.weight) / measuredWeight : 0;
    total += contribution;
    return {
      id: c.id,
      label: c.label,
      weight: c.weight,
      effectiveWeight: used ? round1((c.weight * 100) / measuredWeight) : 0,
      raw: raw === null ? null : Math.round(raw * 1000) / 1000,
      normalised: used ? round1(exact) : null,
      contribution: round1(contribution),
      ...(input?.detail ? { detail: input.detail } : {}),
    };
  });
  return { score: measured.length ? Math.min(100, round1(total)) : null, components };
}

/** Share of decided clocks that were met; null when none was decided. */
export const metRate = (met: number, missed: number): number | null =>
  met + missed > 0 ? Math.round((met / (met + missed)) * 1000) / 1000 : null;

export interface PeriodRange {
  period: string;
  /** First instant of the period and first instant after it (ms), local midnights in `timezone`. */
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11" (month), "2026-Q4" (quarter) or "2026-W48" (ISO week) → its instants; null if malformed. */
export function periodRange(period: string, timezone: string): PeriodRange | null {
  let first: string;
  let after: string;
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    first = `${m[1]}-${m[2]}-01`;
    after = mo === 12 ? `${y + 1}-01-01` : `${m[1]}-${pad(mo + 1)}-01`;
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    first = `${m[1]}-${pad(q * 3 - 2)}-01`;
    after = q === 4 ? `${y + 1}-01-01` : `${m[1]}-${pad(q * 3 + 1)}-01`;
  } else if ((m = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/.exec(period))) {
    // ISO week 1 holds the year's first Thursday; weeks start on Monday.
    const jan4 = `${m[1]}-01-04`;
    const dow = (weekday(jan4) + 6) % 7; // 0 = Monday
    first = addDays(jan4, -dow + (Number(m[2]) - 1) * 7);
    after = addDays(first, 7);
    if (Number(m[2]) === 53 && addDays(first, 3).slice(0, 4) !== m[1]) return null;
  } else return null;
  return { period, start: fromLocal(timezone, first, 0), end: fromLocal(timezone, after, 0) };
}
