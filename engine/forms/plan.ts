// A template prepared once for evaluation (cached per template object): the fields in order,
// their sections, and which of them depend on conditions.
import type { FormField, FormSection, FormTemplate } from '../../schemas';

export interface FormPlan {
  template: FormTemplate;
  fields: FormField[];
  byKey: ReadonlyMap<string, FormField>;
  sectionOf: ReadonlyMap<string, FormSection>;
  /** Fields whose visibility or required-ness depends on the data (they or their section have a rule). */
  conditional: FormField[];
  /** completeness.passThreshold (100 when the template sets none). */
  passThreshold: number;
  /** Whether optional fields count in completeness (default true when the template says nothing). */
  countOptional: boolean;
}

const plans = new WeakMap<FormTemplate, FormPlan>();

export function formPlan(template: FormTemplate): FormPlan {
  let plan = plans.get(template);
  if (plan) return plan;
  const fields: FormField[] = [];
  const byKey = new Map<string, FormField>();
  const sectionOf = new Map<string, FormSection>();
  for (const section of template.sections) {
    for (const f of section.fields) {
      fields.push(f);
      byKey.set(f.key, f);
      sectionOf.set(f.key, section);
    }
  }
  const conditional = fields.filter(
    (f) =>
      f.visibleWhen !== undefined ||
      f.requiredWhen !== undefined ||
      sectionOf.get(f.key)?.visibleWhen !== undefined,
  );
  plan = {
    template,
    fields,
    byKey,
    sectionOf,
    conditional,
    passThreshold: template.completeness?.passThreshold ?? 100,
    countOptional: template.completeness?.countOptional ?? true,
  };
  plans.set(template, plan);
  return plan;
}
