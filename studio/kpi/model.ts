// KPI scheme helpers: the live weight total and what a new component starts with.
import type { Json } from '../forms/model';

export const KPI_IDS = [
  'response_timeliness',
  'requirement_completeness',
  'proposal_pacing',
  'results',
] as const;
export const METRIC_KINDS = [
  'clock_met_rate',
  'form_completeness_avg',
  'won_amount_vs_target',
  'won_count_vs_target',
  'conversion_rate',
] as const;
export const KPI_CLOCKS = [
  'assign',
  'first_touch',
  'tags',
  'a_proposal',
  'quote_feedback',
  'recycle',
] as const;

/** Sum of the components' weights (non-numbers count 0), rounded to 0.01. */
export function weightTotal(components: readonly Json[]): number {
  const sum = components.reduce((s, c) => s + (typeof c.weight === 'number' ? c.weight : 0), 0);
  return Math.round(sum * 100) / 100;
}

const DEFAULTS: Record<string, Json> = {
  response_timeliness: {
    label: { zh: '线索响应及时率', en: 'Response timeliness' },
    metric: { kind: 'clock_met_rate', clocks: ['first_touch'] },
    target: 0.95,
    floor: 0.5,
  },
  requirement_completeness: {
    label: { zh: '需求挖掘完整度', en: 'Requirement completeness' },
    metric: { kind: 'form_completeness_avg', formPurpose: 'requirements' },
    target: 90,
    floor: 40,
  },
  proposal_pacing: {
    label: { zh: '方案推进节奏', en: 'Proposal pacing' },
    metric: { kind: 'clock_met_rate', clocks: ['a_proposal'] },
    target: 0.9,
    floor: 0.4,
  },
  results: {
    label: { zh: '业绩结果', en: 'Results' },
    metric: { kind: 'won_amount_vs_target' },
    target: 1_000_000,
    floor: 0,
  },
};

/** A component for the first KPI id not yet used (weight 0, so the total does not jump). */
export function newComponent(existing: readonly Json[]): Json | null {
  const used = new Set(existing.map((c) => c.id));
  const id = KPI_IDS.find((k) => !used.has(k));
  return id ? { id, ...DEFAULTS[id]!, weight: 0 } : null;
}

/** Scale weights proportionally so they sum to exactly 100 (integers; the rest goes to the largest). */
export function normalise(components: readonly Json[]): Json[] {
  const total = weightTotal(components);
  if (total <= 0) {
    const even = Math.floor(100 / Math.max(1, components.length));
    return components.map((c, i) => ({
      ...c,
      weight: i === 0 ? 100 - even * (components.length - 1) : even,
    }));
  }
  const scaled = components.map((c) =>
    Math.round(((typeof c.weight === 'number' ? c.weight : 0) * 100) / total),
  );
  const diff = 100 - scaled.reduce((a, b) => a + b, 0);
  const big = scaled.indexOf(Math.max(...scaled));
  scaled[big] = scaled[big]! + diff;
  return components.map((c, i) => ({ ...c, weight: scaled[i] }));
}
