// ISO 8601 durations as an amount and one unit, for the duration widgets (PT30M ↔ 30 minutes).
export type DurationUnit = 'S' | 'M' | 'H' | 'D' | 'W';
export const DURATION_UNITS: readonly DurationUnit[] = ['M', 'H', 'D', 'W', 'S'];

/** `PT30M` → {amount: 30, unit: 'M'}; compound or invalid durations → null (edited as text). */
export function splitIso(iso: string): { amount: number; unit: DurationUnit } | null {
  const t = /^PT(\d{1,7})([HMS])$/.exec(iso);
  if (t) return { amount: Number(t[1]), unit: t[2] as DurationUnit };
  const d = /^P(\d{1,6})([DW])$/.exec(iso);
  if (d) return { amount: Number(d[1]), unit: d[2] as DurationUnit };
  return null;
}

export function joinIso(amount: number, unit: DurationUnit): string {
  const n = Math.max(1, Math.round(amount));
  return unit === 'D' || unit === 'W' ? `P${n}${unit}` : `PT${n}${unit}`;
}
