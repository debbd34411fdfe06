// The three requirement elements (C1): existing systems, decision flow, acceptance criteria —
// whether the requirement form records each one to the template's rules. Pure.
import type { FormField, FormTemplate, I18nText } from '../../schemas';
import { isEmptyValue } from '../requirements';

export type RequirementElement = 'existing_systems' | 'decision_flow' | 'acceptance_criteria';
export const REQUIREMENT_ELEMENTS: readonly RequirementElement[] = [
  'existing_systems',
  'decision_flow',
  'acceptance_criteria',
];

/** Names of the elements, used when the template has no field for one. */
export const ELEMENT_LABELS: Readonly<Record<RequirementElement, I18nText>> = {
  existing_systems: { zh: '现有系统清单', en: 'Existing systems list' },
  decision_flow: { zh: '决策流程图', en: 'Decision flow' },
  acceptance_criteria: { zh: '成功验收标准', en: 'Acceptance criteria' },
};

/** Why an element is not yet filled to the rules. */
export type ElementProblem =
  | { code: 'no_field' }
  | { code: 'empty' }
  | { code: 'too_few'; min: number; actual: number }
  | { code: 'incomplete_rows'; rows: number[] }
  | { code: 'invalid'; messages: string[] };

export interface ElementStatus {
  element: RequirementElement;
  field: string | null;
  label: I18nText;
  filled: boolean;
  problems: ElementProblem[];
}

function itemsOf(f: FormField, v: unknown): unknown[] {
  if (f.type === 'decision_flow') {
    const nodes = (v as { nodes?: unknown } | null)?.nodes;
    return Array.isArray(nodes) ? nodes : [];
  }
  return Array.isArray(v) ? v : isEmptyValue(v) ? [] : [v];
}

function incompleteRows(f: FormField, rows: unknown[]): number[] {
  const required = (f.columns ?? []).filter((c) => c.required).map((c) => c.key);
  const bad: number[] = [];
  rows.forEach((r, i) => {
    const row = (r ?? {}) as Record<string, unknown>;
    const missingCol = f.type === 'table' && required.some((k) => isEmptyValue(row[k]));
    const missingCriterion = f.type === 'acceptance_criteria' && isEmptyValue(row.criterion ?? r);
    const missingName = f.type === 'decision_flow' && (isEmptyValue(row.name) || isEmptyValue(row.role));
    if (missingCol || missingCriterion || missingName) bad.push(i);
  });
  return bad;
}

/**
 * Status of each element. `fieldErrors` (field key → messages, e.g. from the form engine's
 * validation) adds the template's other rules (patterns, lengths…) to the check.
 */
export function elementStatus(
  template: FormTemplate,
  data: Readonly<Record<string, unknown>> | null,
  fieldErrors: Readonly<Record<string, readonly string[]>> = {},
): ElementStatus[] {
  const byElement = new Map<RequirementElement, FormField>();
  for (const s of template.sections)
    for (const f of s.fields) if (f.element && !byElement.has(f.element)) byElement.set(f.element, f);
  return REQUIREMENT_ELEMENTS.map((element) => {
    const f = byElement.get(element);
    if (!f)
      return {
        element,
        field: null,
        label: ELEMENT_LABELS[element],
        filled: false,
        problems: [{ code: 'no_field' }],
      };
    const v = data?.[f.key];
    const problems: ElementProblem[] = [];
    const items = itemsOf(f, v);
    if (isEmptyValue(v) || items.length === 0) problems.push({ code: 'empty' });
    else {
      const min = f.validation?.minItems ?? 0;
      if (items.length < min) problems.push({ code: 'too_few', min, actual: items.length });
      const rows = incompleteRows(f, items);
      if (rows.length) problems.push({ code: 'incomplete_rows', rows });
      const errs = fieldErrors[f.key] ?? [];
      if (errs.length) problems.push({ code: 'invalid', messages: [...errs] });
    }
    return { element, field: f.key, label: f.label, filled: problems.length === 0, problems };
  });
}
