// How a KPI component's raw value reads: rates (0–1) as percentages, completeness (already 0–100)
// with a % sign, anything else as a number.
import type { KpiComponentScore } from '../api/lifecycle-types';

const PERCENT_0_100 = new Set(['requirement_completeness']);

export function formatRaw(c: Pick<KpiComponentScore, 'id' | 'raw'>): string {
  if (c.raw === null) return '—';
  if (PERCENT_0_100.has(c.id)) return `${Math.round(c.raw * 10) / 10}%`;
  if (c.raw >= 0 && c.raw <= 1) return `${Math.round(c.raw * 1000) / 10}%`;
  return String(Math.round(c.raw * 100) / 100);
}

export type PeriodKind = 'month' | 'quarter' | 'week';

/** The period (YYYY-MM, YYYY-Qn, YYYY-Www) that contains a calendar date. */
export function periodOf(kind: PeriodKind, year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (kind === 'month') return `${year}-${pad(month)}`;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  // ISO week: the week (Monday first) that holds the date's Thursday.
  const d = new Date(Date.UTC(year, month - 1, day));
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const isoYear = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(isoYear, 0, 1)) / 604_800_000);
  return `${isoYear}-W${pad(week)}`;
}
