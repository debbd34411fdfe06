// A plausible, valid answer for every field of a form template: proves in tests that each shipped
// template can be filled completely (validation, visibility and requirements agree) and gives
// demo data a starting point. Pure; no I/O.
import type { FormField, FormTemplate } from '../schemas';

/** A plausible value for every field, within its validation (proves each template can be completed). */
export function sampleValue(f: FormField): unknown {
  const v = f.validation ?? {};
  const firstOption = f.options?.find((o) => o.value !== 'none')?.value ?? f.options?.[0]?.value;
  switch (f.type) {
    case 'text':
      return '用友 U8';
    case 'textarea':
      return '客户希望打通ERP与MES，实现订单到报工的全流程可视。';
    case 'number':
    case 'rating':
      return Math.min(Math.max(v.min ?? 0, 1), v.max ?? Number.MAX_SAFE_INTEGER);
    case 'money':
      return 1_200_000;
    case 'date':
      return '2027-03-01';
    case 'select':
      return firstOption;
    case 'multiselect':
      return [firstOption];
    case 'boolean':
      return true;
    case 'person':
      return { name: '李明', title: '交付经理' };
    case 'file':
      return [{ id: 'f1', name: '接口清单.pdf', size: 20480, contentType: 'application/pdf' }];
    case 'table':
      return [
        Object.fromEntries(
          (f.columns ?? []).map((c) => [
            c.key,
            c.type === 'select'
              ? c.options?.[0]?.value
              : c.type === 'multiselect'
                ? [c.options?.[0]?.value]
                : c.type === 'number' || c.type === 'money'
                  ? 1
                  : c.type === 'boolean'
                    ? true
                    : c.type === 'date'
                      ? '2026-01-01'
                      : 'SAP ECC 6.0',
          ]),
        ),
      ];
    case 'decision_flow':
      return {
        nodes: [
          { id: 'p1', name: '陈建国', title: '总经理', role: 'decision_maker', influence: 'high' },
          { id: 'p2', name: '王磊', title: '信息部经理', role: 'technical_evaluator', influence: 'medium' },
        ],
        edges: [{ from: 'p2', to: 'p1' }],
      };
    case 'acceptance_criteria':
      return [{ criterion: '订单到报工数据延迟小于1分钟', metric: '数据延迟', target: '< 1 分钟' }];
  }
}

/** Every field of the template with its sample value. */
export function sampleValues(t: FormTemplate): Record<string, unknown> {
  return Object.fromEntries(t.sections.flatMap((s) => s.fields).map((f) => [f.key, sampleValue(f)]));
}
