// evaluateForm (W3, C1): visibility and required-ness from the template's JSON Logic, ajv
// validation of each visible field, weighted completeness, the three requirement elements and
// the triggers that fire. Pure: the same code runs in the browser (as the rep types) and on the server.
import { evaluateLogic, truthy } from '../logic';
import type { FormField, FormTemplate } from '../../schemas';
import { fieldValidator } from './json-schema';
import { fieldError, fromAjv } from './messages';
import { formPlan, type FormPlan } from './plan';
import {
  REQUIREMENT_ELEMENTS,
  type ElementState,
  type FormValues,
  type FormEvaluation,
  type FormFieldError,
  type RequirementElement,
} from './types';
import { asFlow, fileAccepted, isFilled, wouldCycle } from './values';

/** A rule's truth over the data; a rule that cannot be evaluated yields `fallback`. */
export function holds(rule: unknown, data: FormValues, fallback: boolean): boolean {
  if (rule === undefined) return fallback;
  try {
    return truthy(evaluateLogic(rule, data));
  } catch {
    return fallback;
  }
}

/** Whether the field (and its section) is visible for the data. */
export function isVisible(plan: FormPlan, f: FormField, data: FormValues): boolean {
  const section = plan.sectionOf.get(f.key);
  return holds(section?.visibleWhen, data, true) && holds(f.visibleWhen, data, true);
}

/** Whether a visible field is required for the data. */
export function isRequired(f: FormField, data: FormValues): boolean {
  return f.required === true || holds(f.requiredWhen, data, false);
}

function flowErrors(f: FormField, value: unknown): FormFieldError[] {
  const flow = asFlow(value);
  const errors: FormFieldError[] = [];
  const ids = new Set<string>();
  flow.nodes.forEach((n, i) => {
    if (ids.has(n.id))
      errors.push(fieldError(`/${f.key}/nodes/${i}/id`, f.key, 'duplicateNode', { id: n.id }));
    ids.add(n.id);
  });
  const seen = { nodes: flow.nodes, edges: [] as typeof flow.edges };
  flow.edges.forEach((e, i) => {
    const at = `/${f.key}/edges/${i}`;
    if (!ids.has(e.from)) errors.push(fieldError(`${at}/from`, f.key, 'edgeNode', { id: e.from }));
    else if (!ids.has(e.to)) errors.push(fieldError(`${at}/to`, f.key, 'edgeNode', { id: e.to }));
    else if (e.from === e.to) errors.push(fieldError(at, f.key, 'edgeSelf'));
    else if (wouldCycle(seen, e.from, e.to)) errors.push(fieldError(at, f.key, 'edgeCycle'));
    else seen.edges.push(e);
  });
  return errors;
}

function fileErrors(f: FormField, value: unknown): FormFieldError[] {
  if (!Array.isArray(value)) return [];
  const v = f.validation ?? {};
  const errors: FormFieldError[] = [];
  value.forEach((file: { name?: unknown; size?: unknown; contentType?: unknown }, i) => {
    if (typeof file?.name !== 'string') return;
    const ct = typeof file.contentType === 'string' ? file.contentType : undefined;
    if (!fileAccepted({ name: file.name, contentType: ct }, v.accept))
      errors.push(fieldError(`/${f.key}/${i}`, f.key, 'fileType', { accept: (v.accept ?? []).join(', ') }));
    if (v.maxSizeMb !== undefined && typeof file.size === 'number' && file.size > v.maxSizeMb * 1024 * 1024)
      errors.push(fieldError(`/${f.key}/${i}/size`, f.key, 'fileSize', { limit: v.maxSizeMb }));
  });
  return errors;
}

/** Errors of one field's value (ajv + graph and file checks); required-ness is checked separately. */
export function validateField(f: FormField, value: unknown): FormFieldError[] {
  if (value === undefined || value === null) return [];
  const validate = fieldValidator(f);
  if (!validate(value)) return (validate.errors ?? []).map((e) => fromAjv(f.key, e));
  if (f.type === 'decision_flow') return flowErrors(f, value);
  if (f.type === 'file') return fileErrors(f, value);
  return [];
}

/** All errors of a field in its current state: required first, then value errors. */
export function fieldErrors(
  f: FormField,
  value: unknown,
  visible: boolean,
  required: boolean,
): FormFieldError[] {
  if (!visible) return [];
  if (required && !isFilled(f, value)) {
    const valueErrors = validateField(f, value);
    return [fieldError(`/${f.key}`, f.key, 'required'), ...valueErrors];
  }
  return validateField(f, value);
}

/** Weighted completeness (0–100) from each field's visible/required/filled state. */
export function completenessOf(
  plan: FormPlan,
  state: (f: FormField) => { visible: boolean; required: boolean; filled: boolean },
): number {
  let total = 0;
  let done = 0;
  for (const f of plan.fields) {
    const s = state(f);
    if (!s.visible || (!plan.countOptional && !s.required)) continue;
    const w = f.completenessWeight ?? 1;
    total += w;
    if (s.filled) done += w;
  }
  return total === 0 ? 100 : Math.round((done / total) * 100);
}

export function evaluateForm(template: FormTemplate, data: FormValues): FormEvaluation {
  const plan = formPlan(template);
  const visible: Record<string, boolean> = {};
  const required: Record<string, boolean> = {};
  const filled: Record<string, boolean> = {};
  const errors: FormFieldError[] = [];
  for (const key of Object.keys(data)) {
    if (!plan.byKey.has(key)) errors.push(fieldError(`/${key}`, key, 'unknownField', { key }));
  }
  const elements = Object.fromEntries(
    REQUIREMENT_ELEMENTS.map((e) => [e, { fields: [], filled: false, missing: [] } as ElementState]),
  ) as Record<RequirementElement, ElementState>;
  for (const f of plan.fields) {
    const value = data[f.key];
    const vis = isVisible(plan, f, data);
    const req = vis && isRequired(f, data);
    visible[f.key] = vis;
    required[f.key] = req;
    filled[f.key] = isFilled(f, value);
    errors.push(...fieldErrors(f, value, vis, req));
    if (vis && f.element) {
      const el = elements[f.element];
      el.fields.push(f.key);
      if (!filled[f.key]) el.missing.push(f.key);
    }
  }
  for (const el of Object.values(elements)) el.filled = el.fields.length > 0 && el.missing.length === 0;
  const completeness = completenessOf(plan, (f) => ({
    visible: visible[f.key]!,
    required: required[f.key]!,
    filled: filled[f.key]!,
  }));
  return {
    visible,
    required,
    errors,
    completeness,
    complete: completeness >= plan.passThreshold,
    elements,
    firedTriggers: template.triggers.filter((t) => holds(t.when, data, false)),
  };
}
