// Requirement forms and pre-assessments for the manufacturing showcase deals (C1–C6), also used by
// the integration tests. Values follow templates/forms/manufacturing.*.json.

/** A complete manufacturing requirement form: the three elements filled, ERP integration only. */
export const MES_STORY_REQUIREMENTS: Record<string, unknown> = {
  projectGoal: '上线生产执行系统，实现工单下达、报工与质量追溯的数字化，替代纸质流转单。',
  painPoints: '人工报工滞后半天以上；插单频繁导致排产混乱；客户投诉后无法按批次追溯。',
  scope: ['planning', 'execution', 'quality', 'traceability'],
  productionMode: 'discrete',
  plants: 2,
  productionLines: 12,
  shifts: 'two',
  frontlineWorkers: 860,
  mainProducts: '汽车座椅骨架、精密冲压件',
  existingSystems: [
    { name: 'SAP ERP', category: 'erp', vendor: 'SAP', version: 'ECC 6.0', interfaces: 'RFC/IDoc' },
    { name: '金蝶云星空', category: 'other', vendor: '金蝶', version: 'V8.0', interfaces: '财务凭证导入' },
  ],
  erpProduct: 'sap',
  mesStatus: 'none',
  wmsStatus: 'erp_module',
  integrations: ['erp'],
  integrationNotes: '与SAP ERP对接工单下达和完工入库，每15分钟同步一次。',
  equipmentProtocols: ['opc_ua', 's7'],
  connectedDevices: 120,
  dataFrequency: 'minute',
  decisionFlow: {
    nodes: [
      {
        id: 'n1',
        name: '刘建华',
        title: '总经理',
        role: 'decision_maker',
        influence: 'high',
        stance: 'supporter',
      },
      {
        id: 'n2',
        name: '陈工',
        title: 'IT经理',
        role: 'technical_evaluator',
        influence: 'medium',
        stance: 'champion',
      },
      {
        id: 'n3',
        name: '周敏',
        title: '采购经理',
        role: 'procurement',
        influence: 'medium',
        stance: 'neutral',
      },
    ],
    edges: [
      { from: 'n2', to: 'n3' },
      { from: 'n3', to: 'n1' },
    ],
  },
  acceptanceCriteria: [
    { criterion: '报工及时率达到95%以上', metric: '报工及时率', target: '≥95%', verifiedBy: '生产部' },
    { criterion: '任一批次可在5分钟内追溯到原材料批次', metric: '追溯耗时', target: '≤5分钟' },
  ],
  budget: 1_800_000,
  expectedGoLive: '2027-04-30',
  deployment: 'on_prem',
  competitors: '鼎捷、黑湖',
};

/**
 * The delivery lead's pre-assessment of the same deal: on site they found a self-built MES the
 * customer expects to integrate, more lines and a later go-live — the brief's MES story.
 */
export const MES_STORY_ASSESSMENT: Record<string, unknown> = {
  projectGoal: '上线生产执行系统，实现工单、报工与质量追溯数字化，并与现有自研MES打通。',
  scope: ['planning', 'execution', 'quality', 'traceability', 'equipment'],
  productionMode: 'discrete',
  plants: 2,
  productionLines: 18,
  shifts: 'three',
  frontlineWorkers: 900,
  existingSystems: [
    { name: 'SAP ERP', category: 'erp', vendor: 'SAP', version: 'ECC 6.0' },
    { name: '金蝶云星空', category: 'other', vendor: '金蝶' },
    { name: '自研MES（车间看板）', category: 'mes', vendor: '客户IT部', interfaces: '数据库直连' },
  ],
  erpProduct: 'sap',
  mesStatus: 'inhouse',
  wmsStatus: 'erp_module',
  integrations: ['erp', 'mes'],
  equipmentProtocols: ['opc_ua', 's7'],
  connectedDevices: 140,
  dataFrequency: 'minute',
  acceptanceCriteria: [
    { criterion: '报工及时率达到95%以上', target: '≥95%' },
    { criterion: '与自研MES双向同步工单状态', target: '延迟≤1分钟' },
  ],
  expectedGoLive: '2027-07-31',
  deployment: 'on_prem',
  feasibility: 'conditional',
  conditions: '需客户开放自研MES数据库视图，并追加接口开发约40人天。',
  risks: '自研MES无接口文档，原开发人员已离职。',
  estimatedManDays: 260,
  assessor: { name: '周建国', title: '交付经理' },
};

/** The same picture as the rep's: the assessment that agrees (rate well below 15%). */
export const AGREEING_ASSESSMENT: Record<string, unknown> = {
  projectGoal: MES_STORY_REQUIREMENTS.projectGoal,
  scope: MES_STORY_REQUIREMENTS.scope,
  productionMode: 'discrete',
  plants: 2,
  productionLines: 12,
  shifts: 'two',
  frontlineWorkers: 860,
  existingSystems: MES_STORY_REQUIREMENTS.existingSystems,
  erpProduct: 'sap',
  mesStatus: 'none',
  wmsStatus: 'erp_module',
  integrations: ['erp'],
  equipmentProtocols: ['opc_ua', 's7'],
  connectedDevices: 120,
  dataFrequency: 'minute',
  acceptanceCriteria: MES_STORY_REQUIREMENTS.acceptanceCriteria,
  expectedGoLive: '2027-05-15',
  deployment: 'on_prem',
  feasibility: 'feasible',
  estimatedManDays: 180,
  assessor: { name: '周建国', title: '交付经理' },
};
