// The information-decay circuit breaker's comparison (C5): the sales requirement form against the
// delivery pre-assessment, field by field over the keys both templates share, weighted by the
// templates' diff weights. Pure: no I/O.
import type { FormField, FormTemplate, I18nText } from '../../schemas';
import { compareValues, isEmptyValue, type FieldDiffDetail } from './values';

export interface RequirementDiffField {
  field: string;
  label: I18nText;
  type: FormField['type'];
  sales: unknown;
  delivery: unknown;
  equal: boolean;
  weight: number;
  /** 0..1 share of the weight this field contributes as difference. */
  distance: number;
  detail: FieldDiffDetail;
}

export interface RequirementDiff {
  /** Weighted difference rate 0..1 (Σ weight·distance / Σ weight over compared fields). */
  rate: number;
  /** Fields compared (both empty → not compared), disagreements first, heaviest first. */
  fields: RequirementDiffField[];
  comparedWeight: number;
}

type FormData = Readonly<Record<string, unknown>>;

function fieldsByKey(t: FormTemplate): Map<string, FormField> {
  const out = new Map<string, FormField>();
  for (const s of t.sections) for (const f of s.fields) out.set(f.key, f);
  return out;
}

const NOT_COMPARED = new Set<FormField['type']>(['file']);

/** Compares the rep's requirement data with the delivery lead's assessment data. */
export function compareRequirements(
  requirements: FormTemplate,
  assessment: FormTemplate,
  sales: FormData,
  delivery: FormData,
): RequirementDiff {
  const theirs = fieldsByKey(assessment);
  const fields: RequirementDiffField[] = [];
  let weightSum = 0;
  let distanceSum = 0;
  for (const [key, f] of fieldsByKey(requirements)) {
    const g = theirs.get(key);
    if (!g || NOT_COMPARED.has(f.type)) continue;
    const weight = f.diffWeight ?? g.diffWeight ?? 1;
    if (weight <= 0) continue;
    const a = sales[key];
    const b = delivery[key];
    if (isEmptyValue(a) && isEmptyValue(b)) continue;
    const tol = f.diffTolerance ?? g.diffTolerance ?? {};
    const c = compareValues(f.type, a, b, tol, f.columns?.[0]?.key);
    weightSum += weight;
    distanceSum += weight * c.distance;
    fields.push({
      field: key,
      label: f.label,
      type: f.type,
      sales: a ?? null,
      delivery: b ?? null,
      equal: c.equal,
      weight,
      distance: c.distance,
      detail: c.detail,
    });
  }
  fields.sort((x, y) => Number(x.equal) - Number(y.equal) || y.weight * y.distance - x.weight * x.distance);
  const rate = weightSum === 0 ? 0 : Math.round((distanceSum / weightSum) * 10_000) / 10_000;
  return { rate, fields, comparedWeight: weightSum };
}
