// Sample templates for tests, stories and the benchmark (not part of the public surface).
import type { FormField, FormTemplate } from '../../schemas';

const t = (zh: string, en: string) => ({ zh, en });

/** A small requirement form with every field type, conditions, elements and a trigger. */
export const ALL_TYPES_TEMPLATE: FormTemplate = {
  purpose: 'requirements',
  title: t('需求调研表（示例）', 'Requirement form (sample)'),
  completeness: { passThreshold: 80, countOptional: true },
  sections: [
    {
      id: 'basics',
      title: t('基本情况', 'Basics'),
      fields: [
        {
          key: 'projectName',
          type: 'text',
          label: t('项目名称', 'Project name'),
          required: true,
          validation: { maxLength: 50 },
        },
        {
          key: 'painPoints',
          type: 'textarea',
          label: t('业务痛点', 'Pain points'),
          help: t('用客户原话描述，如“插单频繁导致交期延误”。', 'In the customer’s words.'),
          completenessWeight: 2,
        },
        {
          key: 'employees',
          type: 'number',
          label: t('员工人数', 'Employees'),
          unit: 'people',
          validation: { min: 1, max: 100000 },
        },
        { key: 'budget', type: 'money', label: t('预算', 'Budget'), unit: '10k_CNY', validation: { min: 0 } },
        { key: 'goLive', type: 'date', label: t('期望上线日期', 'Go-live'), required: true },
        {
          key: 'deployment',
          type: 'select',
          label: t('部署方式', 'Deployment'),
          options: [
            { value: 'on_prem', label: t('本地部署', 'On premises') },
            { value: 'cloud', label: t('公有云', 'Public cloud') },
          ],
        },
        {
          key: 'integrations',
          type: 'multiselect',
          label: t('需对接系统', 'Integrations'),
          knowledgeLinks: [
            {
              key: 'kb.integration-overview',
              label: t('集成能力总览', 'Integration overview'),
              url: 'https://kb.example.com/integration',
            },
          ],
          options: [
            { value: 'erp', label: t('ERP', 'ERP') },
            { value: 'mes', label: t('MES', 'MES') },
            { value: 'none', label: t('无', 'None') },
          ],
        },
        {
          key: 'integrationNotes',
          type: 'textarea',
          label: t('对接说明', 'Integration notes'),
          visibleWhen: { '!': [{ in: ['none', { var: 'integrations' }] }] },
          requiredWhen: { in: ['erp', { var: 'integrations' }] },
        },
        { key: 'hasTender', type: 'boolean', label: t('是否招标', 'Tender?') },
        { key: 'sponsor', type: 'person', label: t('项目发起人', 'Sponsor') },
        { key: 'urgency', type: 'rating', label: t('紧迫程度', 'Urgency'), validation: { max: 5 } },
        {
          key: 'attachments',
          type: 'file',
          label: t('附件', 'Attachments'),
          validation: { accept: ['.pdf', '.xlsx', 'image/*'], maxSizeMb: 10 },
        },
      ],
    },
    {
      id: 'elements',
      title: t('三要素', 'Three elements'),
      fields: [
        {
          key: 'systems',
          type: 'table',
          label: t('现有系统', 'Existing systems'),
          element: 'existing_systems',
          required: true,
          validation: { maxItems: 10 },
          columns: [
            { key: 'name', type: 'text', label: t('系统名称', 'System'), required: true },
            { key: 'vendor', type: 'text', label: t('厂商', 'Vendor') },
            { key: 'version', type: 'text', label: t('版本', 'Version') },
            { key: 'interfaces', type: 'text', label: t('接口', 'Interfaces') },
          ],
        },
        {
          key: 'decisionFlow',
          type: 'decision_flow',
          label: t('决策流程', 'Decision flow'),
          element: 'decision_flow',
          required: true,
          validation: { minItems: 2 },
        },
        {
          key: 'acceptance',
          type: 'acceptance_criteria',
          label: t('验收标准', 'Acceptance criteria'),
          element: 'acceptance_criteria',
          required: true,
          completenessWeight: 3,
        },
      ],
    },
  ],
  triggers: [
    {
      id: 'erp_precheck',
      label: t('需对接ERP → 预检', 'ERP → pre-check'),
      when: { in: ['erp', { var: 'integrations' }] },
      action: 'open_precheck_ticket',
      ticket: { title: t('ERP对接预检', 'ERP pre-check'), assigneeRole: 'consultant', within: 'PT4H' },
    },
  ],
};

const KINDS: FormField['type'][] = [
  'text',
  'number',
  'textarea',
  'select',
  'money',
  'date',
  'boolean',
  'multiselect',
  'rating',
];

/** A generated template of `n` simple fields in sections of 20 (the benchmark form). */
export function generatedTemplate(n = 300): FormTemplate {
  const sections: FormTemplate['sections'] = [];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / 20);
    sections[s] ??= { id: `s${s}`, title: t(`第${s + 1}部分`, `Part ${s + 1}`), fields: [] };
    const type = KINDS[i % KINDS.length]!;
    const field: FormField = {
      key: `f${i}`,
      type,
      label: t(`字段 ${i + 1}`, `Field ${i + 1}`),
      required: i % 3 === 0,
      ...(type === 'select' || type === 'multiselect'
        ? { options: ['a', 'b', 'c'].map((v) => ({ value: v, label: t(`选项${v}`, `Option ${v}`) })) }
        : {}),
      ...(type === 'text' ? { validation: { maxLength: 200 } } : {}),
      ...(i % 25 === 24 ? { visibleWhen: { '!!': [{ var: `f${i - 24}` }] } } : {}),
    };
    sections[s].fields.push(field);
  }
  return {
    purpose: 'custom',
    title: t('性能测试表单', 'Benchmark form'),
    sections,
    triggers: [],
    completeness: { passThreshold: 80 },
  };
}
