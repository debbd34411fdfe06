// Word lists for the demo opportunities (demo-opportunities.ts): realistic Chinese B2B customers,
// projects and signal evidence per industry and rep.

export const REP_PROFILES = [
  // rep1 records signals optimistically: their forecast runs high, so calibration flags them (F5)
  {
    email: 'rep1@demo.local',
    industries: ['manufacturing', 'auto_parts', 'industrial_software'],
    cities: ['苏州', '无锡', '常州', '宁波', '昆山'],
    province: '江苏',
    closed: 42,
    open: 10,
    optimism: 0.22,
  },
  {
    email: 'rep2@demo.local',
    industries: ['medical_devices', 'pharma'],
    cities: ['杭州', '上海', '南京', '嘉兴'],
    province: '浙江',
    closed: 36,
    open: 8,
    optimism: 0,
  },
  {
    email: 'rep3@demo.local',
    industries: ['saas', 'it_services', 'finance'],
    cities: ['上海', '北京', '南京', '合肥'],
    province: '上海',
    closed: 38,
    open: 9,
    optimism: 0,
  },
  {
    email: 'rep4@demo.local',
    industries: ['retail_chain', 'fmcg', 'logistics'],
    cities: ['深圳', '广州', '东莞', '佛山', '厦门'],
    province: '广东',
    closed: 34,
    open: 8,
    optimism: 0.05,
  },
] as const;

const SUFFIX = ['有限公司', '股份有限公司', '科技有限公司', '集团有限公司'];

export const COMPANY_PARTS: Record<string, { cores: string[]; suffixes: string[] }> = {
  manufacturing: {
    cores: [
      '恒通精密',
      '华锐机械',
      '新纪元模具',
      '瑞丰电子',
      '博远智能装备',
      '金桥五金',
      '天成塑胶',
      '宏达电机',
    ],
    suffixes: SUFFIX,
  },
  auto_parts: {
    cores: ['明辉汽车部件', '远航制动', '精锐汽配', '正泰底盘', '凯盛座椅', '华域线束'],
    suffixes: SUFFIX,
  },
  industrial_software: { cores: ['智造云', '工控联', '数智工业', '云图仿真', '极简MES'], suffixes: SUFFIX },
  medical_devices: {
    cores: ['康立医疗器械', '迈瑞思医疗', '安健生物', '华康影像', '仁和医用耗材', '博医微创'],
    suffixes: SUFFIX,
  },
  pharma: { cores: ['济民制药', '同仁药业', '华东生物医药', '康恩贝医药', '海正药业'], suffixes: SUFFIX },
  saas: { cores: ['云帆软件', '数聚科技', '易联云', '智汇企服', '简道数据'], suffixes: SUFFIX },
  it_services: {
    cores: ['中软信息', '华信数码', '东方网络', '博彦系统集成', '联创信息技术'],
    suffixes: SUFFIX,
  },
  finance: {
    cores: ['浦江融资租赁', '汇金保理', '长江证券信息', '民生消费金融', '兴业数金'],
    suffixes: SUFFIX,
  },
  retail_chain: { cores: ['优选便利', '百佳连锁', '美宜佳商贸', '天虹超市', '钱大妈生鲜'], suffixes: SUFFIX },
  fmcg: { cores: ['好丽友食品', '达利饮品', '金龙鱼粮油', '立白日化', '香飘飘食品'], suffixes: SUFFIX },
  logistics: { cores: ['顺达物流', '安能快运', '德邦供应链', '嘉里冷链', '中通速运'], suffixes: SUFFIX },
};

export const PROJECTS: Record<string, string[]> = {
  manufacturing: ['MES一期项目', 'ERP对接与车间报工', '智能排产系统', '设备物联平台', '质量追溯系统'],
  auto_parts: ['IATF质量追溯项目', 'MES产线升级', '供应商协同平台', '仓储WMS项目'],
  industrial_software: ['工业APP开发平台', '数字孪生试点', 'PLM集成项目'],
  medical_devices: ['UDI追溯系统', 'GMP质量管理平台', '经销商管理系统', '医疗器械注册管理'],
  pharma: ['GSP合规仓储项目', '药品追溯平台', '临床数据管理系统'],
  saas: ['CRM私有化部署', '数据中台项目', 'API网关集成', '企业微信集成'],
  it_services: ['运维监控平台', '信创迁移项目', 'ITSM服务台'],
  finance: ['风控数据平台', '信贷审批系统', '反洗钱监测项目'],
  retail_chain: ['门店数字化项目', '会员营销系统', '库存同步平台', 'POS系统升级'],
  fmcg: ['渠道经销商管理', '终端陈列巡检', '促销费用管理系统'],
  logistics: ['TMS运输管理系统', '冷链温控平台', '网点调度系统'],
};

export const EVIDENCE: Record<string, { note: string; link?: string; file?: string }> = {
  uat_core_flows: {
    note: '客户IT在UAT环境跑通了报工、排产两条核心流程，并发来测试记录。',
    file: 'UAT测试记录.xlsx',
  },
  legal_draft_returned: {
    note: '客户法务返回合同修订稿，主要修改付款节点和违约条款。',
    file: '合同修订稿v2.docx',
  },
  procurement_director_visit: { note: '采购总监带队4人到我司交付中心考察，参观了实施团队和演示环境。' },
  cto_workshop: {
    note: '客户CTO全程参加技术研讨会，重点讨论了私有化部署和接口方案。',
    link: 'https://meeting.example.cn/minutes/2026',
  },
  nda_legal_review: { note: '客户要求先签NDA，目前在对方法务审核中。', file: 'NDA草案.pdf' },
  budget_confirmed: { note: '客户财务确认本年度信息化预算已批复，项目预算已列支。' },
  executive_sponsor: { note: '双方总经理会面，客户总经理表示项目是今年重点工作。' },
};
