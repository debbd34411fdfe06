// Demo data for the collaboration stories and UI tests (the brief's MES story); never imported by the app.
import type {
  DistortionReport,
  GateCheck,
  OpportunityDetail,
  OpportunitySummary,
  PreCheckTicket,
  RequirementDiff,
  Review,
  Tracks,
} from '../api/opportunities';

const L = (zh: string, en: string) => ({ zh, en });

export const DEMO_NOW = Date.parse('2026-11-20T10:00:00+08:00');

export const demoTracks: Tracks = {
  sales: [
    {
      id: 'price_negotiation',
      label: L('价格谈判', 'Price negotiation'),
      order: 1,
      done: true,
      at: '2026-11-12T09:30:00+08:00',
      byName: '王磊',
      pairs: [],
    },
    {
      id: 'legal_review',
      label: L('法务审核', 'Legal review'),
      order: 2,
      done: true,
      at: '2026-11-18T15:00:00+08:00',
      byName: '王磊',
      misaligned: true,
      pairs: ['legal_needs_interface'],
    },
    {
      id: 'contract_signed',
      label: L('合同签署', 'Contract signed'),
      order: 3,
      done: false,
      pairs: ['signing_with_kickoff'],
    },
  ],
  delivery: [
    {
      id: 'interface_agreement_signed',
      label: L('接口协议签署', 'Interface agreement signed'),
      order: 1,
      done: false,
      misaligned: true,
      pairs: ['legal_needs_interface'],
    },
    {
      id: 'sandbox_opened',
      label: L('沙箱环境开通', 'Sandbox opened'),
      order: 2,
      done: true,
      at: '2026-11-16T11:00:00+08:00',
      byName: '陈静',
      pairs: [],
    },
    {
      id: 'kickoff_planned',
      label: L('项目启动计划', 'Kickoff planned'),
      order: 3,
      done: false,
      pairs: ['signing_with_kickoff'],
    },
  ],
  alignment: [
    {
      id: 'legal_needs_interface',
      label: L('法务审核前须签署接口协议', 'Interface agreement before legal review'),
      sales: 'legal_review',
      delivery: 'interface_agreement_signed',
      rule: 'delivery_first',
      state: 'misaligned',
    },
    {
      id: 'signing_with_kickoff',
      label: L('合同签署与项目启动计划同步', 'Contract signing aligned with the kickoff plan'),
      sales: 'contract_signed',
      delivery: 'kickoff_planned',
      rule: 'together',
      state: 'pending',
    },
  ],
};

export const demoAlignedTracks: Tracks = {
  sales: demoTracks.sales.map((m) => ({
    ...m,
    done: true,
    misaligned: false,
    at: m.at ?? '2026-11-19T10:00:00+08:00',
    byName: '王磊',
  })),
  delivery: demoTracks.delivery.map((m) => ({
    ...m,
    done: true,
    misaligned: false,
    at: m.at ?? '2026-11-15T10:00:00+08:00',
    byName: '陈静',
  })),
  alignment: demoTracks.alignment!.map((p) => ({ ...p, state: 'aligned' })),
};

export const demoDiff: RequirementDiff = {
  rate: 0.382,
  threshold: 0.15,
  comparedAt: '2026-11-19T16:20:00+08:00',
  fields: [
    {
      field: 'integrations',
      label: L('需对接的系统', 'Integrations'),
      type: 'multiselect',
      sales: ['MES', 'ERP'],
      delivery: ['ERP'],
      equal: false,
      weight: 3,
      detail: { kind: 'set', overlap: 0.5, min: 1, onlySales: ['MES'], onlyDelivery: [] },
    },
    {
      field: 'existingSystems',
      label: L('现有系统清单', 'Existing systems'),
      type: 'table',
      sales: [{ name: '用友U8 ERP' }, { name: '鼎捷MES 5.2' }, { name: '富勒WMS' }],
      delivery: [{ name: '用友U8 ERP' }, { name: '富勒WMS' }],
      equal: false,
      weight: 3,
      detail: { kind: 'set', overlap: 0.67, min: 0.8, onlySales: ['鼎捷MES 5.2'], onlyDelivery: [] },
    },
    {
      field: 'productionLines',
      label: L('产线数量', 'Production lines'),
      type: 'number',
      sales: 12,
      delivery: 8,
      equal: false,
      weight: 2,
      detail: { kind: 'number', delta: 4, relative: 0.33 },
    },
    {
      field: 'expectedGoLive',
      label: L('期望上线日期', 'Expected go-live'),
      type: 'date',
      sales: '2027-03-01',
      delivery: '2027-06-30',
      equal: false,
      weight: 1,
      detail: { kind: 'date', days: 121, maxDays: 30 },
    },
    {
      field: 'acceptanceCriteria',
      label: L('成功验收标准', 'Acceptance criteria'),
      type: 'acceptance_criteria',
      sales: ['MES工单自动下发至产线终端', '报工数据5分钟内回传ERP', 'OEE看板上线'],
      delivery: ['报工数据5分钟内回传ERP', 'OEE看板上线'],
      equal: false,
      weight: 2,
      detail: { kind: 'text', similarity: 0.71, min: 0.8 },
    },
    {
      field: 'shifts',
      label: L('班次', 'Shifts'),
      type: 'select',
      sales: '三班倒',
      delivery: '三班倒',
      equal: true,
      weight: 1,
      detail: { kind: 'value' },
    },
    {
      field: 'scope',
      label: L('业务范围', 'Scope'),
      type: 'multiselect',
      sales: ['生产执行与报工', '质量管理', '设备管理'],
      delivery: ['生产执行与报工', '质量管理', '设备管理'],
      equal: true,
      weight: 2,
      detail: { kind: 'set', overlap: 1, min: 0.8, onlySales: [], onlyDelivery: [] },
    },
  ],
};

export const demoGates422: GateCheck[] = [
  {
    gate: 'quote_gate',
    label: L('进入报价：需求三要素齐全', 'Enter quote: three requirement elements'),
    to: 'quote',
    missing: [
      {
        kind: 'element',
        id: 'decision_flow',
        field: 'decisionFlow',
        label: L('决策流程图（缺少最终拍板人）', 'Decision flow (no final decision-maker)'),
      },
      {
        kind: 'element',
        id: 'acceptance_criteria',
        field: 'acceptanceCriteria',
        label: L('成功验收标准（至少一条可度量标准）', 'Acceptance criteria (at least one measurable)'),
      },
      {
        kind: 'ticket',
        id: 'tk-1',
        label: L(
          '预检工单未答复：ERP/MES对接可行性预检',
          'Pre-check unanswered: ERP/MES integration feasibility',
        ),
      },
    ],
  },
];

export const demoContractGate: GateCheck[] = [
  {
    gate: 'contract_gate',
    label: L(
      '进入合同审批：交付预评估与接口协议',
      'Enter contract approval: pre-assessment and interface agreement',
    ),
    to: 'contract_approval',
    missing: [
      {
        kind: 'assessment',
        id: 'assessment',
        label: L('交付预评估未填写', 'Delivery pre-assessment missing'),
      },
      {
        kind: 'milestone',
        id: 'interface_agreement_signed',
        track: 'delivery',
        label: L('接口协议签署', 'Interface agreement signed'),
      },
    ],
  },
];

export const demoOpenTicket: PreCheckTicket = {
  id: 'tk-1',
  opportunityId: 'opp-mes',
  opportunityName: '苏州精工汽车零部件 MES 集成项目',
  customerName: '苏州精工汽车零部件有限公司',
  ownerName: '王磊',
  title: L('ERP/MES对接可行性预检', 'ERP/MES integration feasibility pre-check'),
  triggerId: 'erp_mes_precheck',
  status: 'open',
  priority: 'high',
  assigneeName: '赵敏（产品顾问）',
  createdAt: '2026-11-20T08:00:00+08:00',
  dueAt: '2026-11-20T12:00:00+08:00',
  knowledgeLinks: [
    { key: 'kb.mes-api', label: L('MES 开放接口文档', 'MES open API') },
    { key: 'kb.erp-connectors', label: L('ERP 连接器兼容性矩阵', 'ERP connector compatibility') },
  ],
};

export const demoAnsweredTicket: PreCheckTicket = {
  ...demoOpenTicket,
  id: 'tk-2',
  status: 'answered',
  verdict: 'feasible_with_conditions',
  answeredAt: '2026-11-20T11:05:00+08:00',
  note: '鼎捷MES 5.2 提供标准 REST 工单接口，可直接对接；报工回传需二次开发约 10 人天，需客户开放 MES 数据库只读账号。',
  knowledge: [
    { id: 'kb1', key: 'kb.mes-api', title: L('MES 开放接口文档', 'MES open API'), kind: 'api' },
    {
      id: 'kb2',
      key: 'kb.erp-connectors',
      title: L('ERP 连接器兼容性矩阵', 'ERP connector compatibility'),
      kind: 'compatibility',
    },
  ],
};

export const demoReview: Review = {
  id: 'rv-1',
  opportunityId: 'opp-mes',
  opportunityName: '苏州精工汽车零部件 MES 集成项目',
  status: 'open',
  rate: 0.382,
  threshold: 0.15,
  reviewers: [
    { name: '王磊', role: 'rep' },
    { name: '陈静', role: 'delivery' },
    { name: '李娜', role: 'manager' },
  ],
  approverRoles: ['manager'],
  createdAt: '2026-11-19T16:20:00+08:00',
  dueAt: '2026-11-21T16:20:00+08:00',
};

export const demoOpportunity: OpportunityDetail = {
  id: 'opp-mes',
  name: '苏州精工汽车零部件 MES 集成项目',
  customerName: '苏州精工汽车零部件有限公司',
  ownerId: 'u-rep1',
  ownerName: '王磊',
  industry: 'manufacturing',
  amount: 1_860_000,
  expectedClose: '2026-12-25',
  stage: 'quote',
  frozen: true,
  templateId: null,
  assessmentTemplateId: null,
  tracks: demoTracks,
  requirementDiff: demoDiff,
  tickets: [demoAnsweredTicket],
  review: demoReview,
  gates: [],
  timeline: [
    { id: 1, type: 'opportunity.created', at: '2026-11-05T10:00:00+08:00', actorName: '王磊' },
    {
      id: 2,
      type: 'ticket.opened',
      data: { title: { zh: 'ERP/MES对接可行性预检', en: 'ERP/MES integration feasibility pre-check' } },
      at: '2026-11-06T09:12:00+08:00',
      actorName: '系统',
    },
    {
      id: 3,
      type: 'stage.changed',
      at: '2026-11-10T14:00:00+08:00',
      actorName: '王磊',
      data: { from: 'solution', to: 'quote' },
    },
    {
      id: 4,
      type: 'opportunity.frozen',
      at: '2026-11-19T16:20:00+08:00',
      actorName: '系统',
      data: { rate: 0.382 },
    },
  ],
};

export const demoOpportunities: OpportunitySummary[] = [
  demoOpportunity,
  {
    id: 'opp-2',
    name: '宁波海天注塑 WMS 升级',
    customerName: '宁波海天注塑机械有限公司',
    ownerId: 'u-rep1',
    ownerName: '王磊',
    industry: 'manufacturing',
    amount: 680_000,
    expectedClose: '2027-01-15',
    stage: 'solution',
    frozen: false,
  },
  {
    id: 'opp-3',
    name: '华东医院 HIS/PACS 接口集成',
    customerName: '上海华东医院',
    ownerId: 'u-rep2',
    ownerName: '刘洋',
    industry: 'medical_devices',
    amount: 2_350_000,
    expectedClose: '2026-12-30',
    stage: 'contract_approval',
    frozen: false,
  },
  {
    id: 'opp-4',
    name: '比亚迪供应商质量追溯平台',
    customerName: '深圳新源汽车零部件有限公司',
    ownerId: 'u-rep2',
    ownerName: '刘洋',
    industry: 'auto_parts',
    amount: 3_200_000,
    expectedClose: '2026-11-28',
    stage: 'won',
    frozen: false,
  },
];

export const demoReport: DistortionReport = {
  month: '2026-11',
  total: 3,
  cases: [
    {
      opportunityId: 'opp-mes',
      opportunityName: demoOpportunity.name,
      customerName: demoOpportunity.customerName,
      ownerName: '王磊',
      industry: 'manufacturing',
      rate: 0.382,
      threshold: 0.15,
      comparedAt: demoDiff.comparedAt,
      fields: demoDiff.fields.filter((f) => !f.equal),
      review: {
        ...demoReview,
        status: 'approved',
        note: '已与客户确认MES对接范围：一期仅ERP，二期MES，另签补充协议。',
      },
    },
    {
      opportunityId: 'opp-3',
      opportunityName: '华东医院 HIS/PACS 接口集成',
      customerName: '上海华东医院',
      ownerName: '刘洋',
      industry: 'medical_devices',
      rate: 0.24,
      threshold: 0.15,
      comparedAt: '2026-11-08T10:00:00+08:00',
      fields: [
        {
          field: 'hisIntegration',
          label: L('需对接的院内系统', 'Hospital systems'),
          sales: ['HIS', 'PACS', 'LIS'],
          delivery: ['HIS', 'PACS'],
          equal: false,
          weight: 3,
          detail: { kind: 'set', overlap: 0.67, min: 0.8, onlySales: ['LIS'], onlyDelivery: [] },
        },
      ],
      review: {
        ...demoReview,
        id: 'rv-3',
        opportunityId: 'opp-3',
        status: 'rejected',
        note: 'LIS 接口不在本期范围，销售需重新与客户确认。',
      },
    },
    {
      opportunityId: 'opp-5',
      opportunityName: '杭州云启 SaaS 订阅扩容',
      customerName: '杭州云启科技有限公司',
      ownerName: '孙悦',
      industry: 'saas',
      rate: 0.17,
      threshold: 0.15,
      comparedAt: '2026-11-15T10:00:00+08:00',
      fields: [
        {
          field: 'seats',
          label: L('席位数', 'Seats'),
          sales: 800,
          delivery: 500,
          equal: false,
          weight: 2,
          detail: { kind: 'number', delta: 300, relative: 0.375 },
        },
      ],
      review: { ...demoReview, id: 'rv-5', opportunityId: 'opp-5', status: 'open' },
    },
  ],
};
