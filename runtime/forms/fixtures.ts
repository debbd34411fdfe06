// Realistic demo data for the form stories and tests (a Suzhou precision-parts maker's MES project).
import type { FormValues } from '../../engine/forms';
import type { FormField, FormTemplate } from '../../schemas';

export { ALL_TYPES_TEMPLATE, generatedTemplate } from '../../engine/forms/fixtures';

export const DEMO_VALUES: FormValues = {
  projectName: '苏州精密制造 MES 一期',
  painPoints: '插单频繁导致交期延误；人工报工数据滞后一天，无法追溯批次质量问题',
  employees: 820,
  budget: 3_500_000,
  goLive: '2027-03-15',
  deployment: 'on_prem',
  integrations: ['erp', 'mes'],
  integrationNotes: '与用友U8对接BOM与生产工单，每15分钟同步一次',
  hasTender: true,
  sponsor: { name: '陈建国', title: '生产副总', phone: '13912345678' },
  urgency: 4,
  attachments: [
    { id: 'f1', name: '车间布局图.pdf', size: 2_457_600, contentType: 'application/pdf' },
    { id: 'f2', name: '现有系统清单.xlsx', size: 48_128 },
  ],
  systems: [
    { name: '用友U8', vendor: '用友网络', version: 'V16.1', interfaces: 'OpenAPI / 数据库视图' },
    { name: '金蝶云星空', vendor: '金蝶', version: '8.0', interfaces: 'WebAPI' },
  ],
  decisionFlow: {
    nodes: [
      {
        id: 'p1',
        name: '王磊',
        title: 'IT经理',
        role: 'technical_evaluator',
        influence: 'medium',
        stance: 'champion',
      },
      {
        id: 'p2',
        name: '刘芳',
        title: '采购总监',
        role: 'procurement',
        influence: 'medium',
        stance: 'neutral',
      },
      {
        id: 'p3',
        name: '陈建国',
        title: '生产副总',
        role: 'decision_maker',
        influence: 'high',
        stance: 'supporter',
      },
    ],
    edges: [
      { from: 'p1', to: 'p3' },
      { from: 'p2', to: 'p3' },
    ],
  },
  acceptance: [
    {
      criterion: '排产时间从4小时缩短到30分钟以内',
      metric: '排产耗时',
      target: '≤30分钟',
      verifiedBy: '计划部',
    },
    { criterion: '关键工序报工实时率达到95%', metric: '实时报工率', target: '≥95%' },
  ],
};

/** A one-field template around `field` (for widget stories and tests). */
export function singleFieldTemplate(field: FormField): FormTemplate {
  return {
    purpose: 'custom',
    title: { zh: field.label.zh, en: field.label.en },
    completeness: { passThreshold: 100 },
    sections: [{ id: 'main', title: { zh: '示例', en: 'Sample' }, fields: [field] }],
    triggers: [],
  };
}
