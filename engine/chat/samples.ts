/**
 * Realistic WeChat / WeCom conversations across industries, with the suggestions a careful rep
 * would accept from each (C7). Precision and recall of the extractor are measured on these.
 * "now" for every sample: Friday 2026-11-27 10:00 Asia/Shanghai.
 */
export const SAMPLE_NOW = Date.parse('2026-11-27T02:00:00Z');

export interface ChatSample {
  id: string;
  industry: string;
  /** The rep's name: their lines are not customer contacts. */
  self: string[];
  text: string;
  /** field → expected values (any order); a field may occur several times. */
  expected: { field: string; value: unknown }[];
}

export const CHAT_SAMPLES: ChatSample[] = [
  {
    id: 'manufacturing-mes',
    industry: 'manufacturing',
    self: ['王敏'],
    text: `张伟 10:32
王经理您好，我是苏州华东精密机械有限公司的IT负责人，我们现在用的是用友U8，车间还没有MES
张伟 10:33
预算大概35万，希望下周三来我们厂里演示一下
[10:35] 王敏: 好的，请问还有哪些系统需要对接？
[10:36] 张伟: 需要和U8对接，另外WMS是金蝶的。痛点是生产报工全靠纸质单据，经常对不上
张伟：我的手机 138-1234-5678，采购流程要走到总经理李强（总经理）那里审批，3月15日前要上线`,
    expected: [
      { field: 'company.name', value: '苏州华东精密机械有限公司' },
      { field: 'contact.title', value: 'IT负责人' },
      { field: 'contact.name', value: '张伟' },
      { field: 'existingSystems', value: ['用友U8'] },
      { field: 'existingSystems', value: ['金蝶 WMS'] },
      { field: 'erpProduct', value: 'yonyou' },
      { field: 'mesStatus', value: 'none' },
      { field: 'touch.at', value: '2026-12-02' },
      { field: 'budget', value: 350000 },
      { field: 'painPoints', value: '生产报工全靠纸质单据，经常对不上' },
      { field: 'integrationNotes', value: '需要和U8对接' },
      { field: 'integrations', value: ['erp'] },
      { field: 'contact.phone', value: '13812345678' },
      { field: 'expectedGoLive', value: '2027-03-15' },
      { field: 'contact.name', value: '李强' },
      { field: 'contact.title', value: '总经理' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'hospital-his',
    industry: 'healthcare',
    self: ['刘洋'],
    text: `[2026-11-26 09:15] 陈主任: 刘经理，我们医院的HIS是卫宁的，PACS和LIS是东软的，三个系统数据不通
[2026-11-26 09:16] 陈主任: 最头疼的是检查报告回传慢，病人投诉多
[2026-11-26 09:18] 刘洋: 明白，预算方面大概是什么范围？
[2026-11-26 09:20] 陈主任: 今年信息化预算批了一百二十万，12月底前要签合同
[2026-11-26 09:21] 陈主任: 信息科长赵磊负责技术评估，电话 0571-87654321 转 802`,
    expected: [
      { field: 'existingSystems', value: ['卫宁 HIS', '东软 PACS', '东软 LIS'] },
      { field: 'painPoints', value: '检查报告回传慢，病人投诉多' },
      { field: 'budget', value: 1200000 },
      { field: 'expectedClose', value: '2026-12-31' },
      { field: 'contact.name', value: '陈主任' },
      { field: 'contact.title', value: '主任' },
      { field: 'contact.name', value: '赵磊' },
      { field: 'contact.title', value: '信息科长' },
      { field: 'contact.phone', value: '0571-87654321-802' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'retail-crm',
    industry: 'retail',
    self: ['孙悦'],
    text: `周婷 14:02
您好，我们是杭州优品连锁零售集团，全国280家门店
周婷 14:03
目前会员数据散在POS和小程序里，希望实现会员统一管理和精准营销
孙悦 14:05
了解，现在CRM用的是哪家？
周婷 14:06
CRM用的是Salesforce，但是太贵了，预算控制在80万以内
周婷 14:07
下个月底之前要定下来，我的电话是 139 0571 2233`,
    expected: [
      { field: 'company.name', value: '杭州优品连锁零售集团' },
      { field: 'contact.name', value: '周婷' },
      { field: 'existingSystems', value: ['POS'] },
      { field: 'projectGoal', value: '会员统一管理和精准营销' },
      { field: 'existingSystems', value: ['Salesforce'] },
      { field: 'budget', value: 800000 },
      { field: 'expectedClose', value: '2026-12-31' },
      { field: 'contact.phone', value: '13905712233' },
    ],
  },
  {
    id: 'logistics-wms',
    industry: 'logistics',
    self: ['赵婷'],
    text: `马经理：赵经理好，我们上海顺达物流有限公司有6个仓，WMS是自研的，TMS用的是G7
马经理：问题是旺季出库经常延误，库存也对不上
赵婷：了解，预算这边有数吗？
马经理：老板给了¥600,000左右，2027年3月1日前必须切换完成
马经理：技术这块你找我们CTO黄涛，他的手机15821006789`,
    expected: [
      { field: 'company.name', value: '上海顺达物流有限公司' },
      { field: 'contact.name', value: '马经理' },
      { field: 'contact.title', value: '经理' },
      { field: 'existingSystems', value: ['WMS', 'TMS'] },
      { field: 'painPoints', value: '旺季出库经常延误，库存也对不上' },
      { field: 'budget', value: 600000 },
      { field: 'expectedGoLive', value: '2027-03-01' },
      { field: 'contact.name', value: '黄涛' },
      { field: 'contact.title', value: 'CTO' },
      { field: 'contact.phone', value: '15821006789' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'auto-parts-sap',
    industry: 'automotive',
    self: ['王磊'],
    text: `吴总 2026/11/27 08:45
王经理，我们宁波恒力汽车零部件股份有限公司ERP用的是SAP S/4HANA
吴总 2026/11/27 08:46
需要跟SAP打通，做质量追溯，目标是每个零件都能追溯到批次和设备
吴总 2026/11/27 08:48
项目总投入1.2亿里面MES这块大概三百万，明年年底前投产
王磊 2026/11/27 08:50
好的吴总，后天我带方案过来拜访`,
    expected: [
      { field: 'company.name', value: '宁波恒力汽车零部件股份有限公司' },
      { field: 'contact.name', value: '吴总' },
      { field: 'existingSystems', value: ['SAP S/4HANA'] },
      { field: 'erpProduct', value: 'sap' },
      { field: 'integrationNotes', value: '需要跟SAP打通' },
      { field: 'integrations', value: ['erp'] },
      { field: 'projectGoal', value: '每个零件都能追溯到批次和设备' },
      { field: 'budget', value: 3000000 },
      { field: 'expectedGoLive', value: '2027-12-31' },
      { field: 'touch.at', value: '2026-11-29' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'food-quality',
    industry: 'food',
    self: ['刘洋'],
    text: `2026-11-25 16:20:11 郑丽
刘经理，我是山东鲁香食品有限公司质量部经理郑丽
2026-11-25 16:21:03 郑丽
我们现在质检全靠人工记录，痛点是出了问题追溯要三天
2026-11-25 16:22:40 郑丽
LIMS还没上，计划上LIMS和QMS，预算50w，下周五前给个报价
2026-11-25 16:23:15 刘洋
收到，方案周五发您`,
    expected: [
      { field: 'company.name', value: '山东鲁香食品有限公司' },
      { field: 'contact.name', value: '郑丽' },
      { field: 'contact.title', value: '质量部经理' },
      { field: 'painPoints', value: '出了问题追溯要三天' },
      { field: 'budget', value: 500000 },
      { field: 'touch.at', value: '2026-12-04' },
      { field: 'touch.at', value: '2026-11-27' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'energy-scada',
    industry: 'energy',
    self: ['孙悦'],
    text: `[09:01] 钱工: 孙经理，我们光伏电站现在用的SCADA是国外的，数据没法导出
[09:02] 钱工: 需要实现多个电站的集中监控，希望实现发电量预测
[09:03] 孙悦: 明白，预算和时间上有什么要求？
[09:05] 钱工: 预算两百万左右，明年6月底并网前要用起来
[09:06] 钱工: 最后拍板的是我们总经理何军，我先汇报给技术总监冯涛再报给何总`,
    expected: [
      { field: 'contact.name', value: '钱工' },
      { field: 'existingSystems', value: ['SCADA'] },
      { field: 'projectGoal', value: '多个电站的集中监控' },
      { field: 'projectGoal', value: '发电量预测' },
      { field: 'budget', value: 2000000 },
      { field: 'expectedGoLive', value: '2027-06-30' },
      { field: 'contact.name', value: '何军' },
      { field: 'contact.title', value: '总经理' },
      { field: 'contact.name', value: '冯涛' },
      { field: 'contact.title', value: '技术总监' },
      { field: 'contact.name', value: '何总' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'bank-oa',
    industry: 'finance',
    self: ['赵婷'],
    text: `卫行长 11:20
赵经理，我们江南农村商业银行想把泛微OA和钉钉打通
卫行长 11:21
需求是审批流在钉钉上就能处理，现在经常要在两个系统来回切换
卫行长 11:23
预算不超过45万元，今年年底之前完成验收
赵婷 11:25
好的卫行长，明天上午我打您办公室电话 010-66881234`,
    expected: [
      { field: 'company.name', value: '江南农村商业银行' },
      { field: 'contact.name', value: '卫行长' },
      { field: 'contact.title', value: '行长' },
      { field: 'existingSystems', value: ['泛微OA', '钉钉'] },
      { field: 'integrations', value: ['oa'] },
      { field: 'integrationNotes', value: '我们江南农村商业银行想把泛微OA和钉钉打通' },
      { field: 'projectGoal', value: '审批流在钉钉上就能处理' },
      { field: 'painPoints', value: '经常要在两个系统来回切换' },
      { field: 'budget', value: 450000 },
      { field: 'expectedGoLive', value: '2026-12-31' },
      { field: 'touch.at', value: '2026-11-28' },
      { field: 'contact.phone', value: '010-66881234' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'education',
    industry: 'education',
    self: ['王磊'],
    text: `王磊：许老师您好，上次说的智慧校园平台您这边考虑得怎么样？
许老师：学校领导挺认可的，我们浙江理工职业技术学院明年春季学期要上线
许老师：现有的教务系统是自己开发的，需要和企业微信对接
许老师：预算大概八十万，3月1号开学前得用起来
许老师：信息中心主任孔明是技术负责人，手机 186-5718-9921`,
    expected: [
      { field: 'contact.name', value: '许老师' },
      { field: 'contact.title', value: '老师' },
      { field: 'company.name', value: '浙江理工职业技术学院' },
      { field: 'existingSystems', value: ['企业微信'] },
      { field: 'integrations', value: ['oa'] },
      { field: 'integrationNotes', value: '需要和企业微信对接' },
      { field: 'budget', value: 800000 },
      { field: 'expectedGoLive', value: '2027-03-01' },
      { field: 'contact.name', value: '孔明' },
      { field: 'contact.title', value: '信息中心主任' },
      { field: 'contact.phone', value: '18657189921' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'pharma-erp',
    industry: 'pharma',
    self: ['刘洋'],
    text: `杨总 15:30
刘经理，我们广州康和制药有限公司ERP用的是金蝶云星空
杨总 15:31
GMP审计快到了，批记录还是纸质的，痛点是偏差处理太慢
杨总 15:33
预算在150万到200万之间，最晚2027年6月30日上线
刘洋 15:35
好的杨总，下周一我约上顾问一起过去
杨总 15:36
好，到时候财务总监林芳也会参加`,
    expected: [
      { field: 'contact.name', value: '杨总' },
      { field: 'company.name', value: '广州康和制药有限公司' },
      { field: 'existingSystems', value: ['金蝶云星空'] },
      { field: 'erpProduct', value: 'kingdee' },
      { field: 'painPoints', value: '偏差处理太慢' },
      { field: 'budget', value: 2000000 },
      { field: 'expectedGoLive', value: '2027-06-30' },
      { field: 'touch.at', value: '2026-11-30' },
      { field: 'contact.name', value: '林芳' },
      { field: 'contact.title', value: '财务总监' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'construction',
    industry: 'construction',
    self: ['孙悦'],
    text: `[2026-11-27 08:10] 蒋经理: 孙经理早，我们中建华南建设集团项目多，现在用的是用友NC
[2026-11-27 08:12] 蒋经理: 老是出现材料采购和现场进度对不上
[2026-11-27 08:13] 孙悦: 蒋经理，这个我们有成熟方案，预算大概多少？
[2026-11-27 08:15] 蒋经理: 报价控制在三百五十万以内吧，合同争取1月15日签
[2026-11-27 08:16] 蒋经理: 具体你联系采购部经理韩梅，座机 020-38889999`,
    expected: [
      { field: 'contact.name', value: '蒋经理' },
      { field: 'contact.title', value: '经理' },
      { field: 'company.name', value: '中建华南建设集团' },
      { field: 'existingSystems', value: ['用友NC'] },
      { field: 'erpProduct', value: 'yonyou' },
      { field: 'painPoints', value: '老是出现材料采购和现场进度对不上' },
      { field: 'amount', value: 3500000 },
      { field: 'expectedClose', value: '2027-01-15' },
      { field: 'contact.name', value: '韩梅' },
      { field: 'contact.title', value: '采购部经理' },
      { field: 'contact.phone', value: '020-38889999' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'electronics-aps',
    industry: 'electronics',
    self: ['赵婷'],
    text: `曹总：赵经理，深圳迅捷电子科技有限公司这边想上APS排产
曹总：现在用鼎捷T100，MES是自研的，计划和MES打通
曹总：最大的问题是插单多，排产全靠Excel
赵婷：明白，这个月底前我先把初步方案发您
曹总：可以，预算¥1,500,000，下下周三开会定`,
    expected: [
      { field: 'contact.name', value: '曹总' },
      { field: 'company.name', value: '深圳迅捷电子科技有限公司' },
      { field: 'existingSystems', value: ['鼎捷T100', 'MES'] },
      { field: 'erpProduct', value: 'digiwin' },
      { field: 'integrations', value: ['mes'] },
      { field: 'integrationNotes', value: '计划和MES打通' },
      { field: 'painPoints', value: '插单多，排产全靠Excel' },
      { field: 'touch.at', value: '2026-11-30' },
      { field: 'budget', value: 1500000 },
      { field: 'touch.at', value: '2026-12-09' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
  {
    id: 'chemical-safety',
    industry: 'chemical',
    self: ['王磊'],
    text: `江苏联化化工有限公司 彭工 10:02
王经理，我们DCS用的是浙大中控的，需要对接安全生产平台
江苏联化化工有限公司 彭工 10:03
痛点是巡检记录不及时，应急响应慢
王磊 10:05
彭工，方便留个电话吗？
江苏联化化工有限公司 彭工 10:06
13505150088，预算三十五万，2月底前要试运行`,
    expected: [
      { field: 'existingSystems', value: ['SCADA'] },
      { field: 'integrationNotes', value: '需要对接安全生产平台' },
      { field: 'painPoints', value: '巡检记录不及时，应急响应慢' },
      { field: 'contact.phone', value: '13505150088' },
      { field: 'budget', value: 350000 },
      { field: 'expectedGoLive', value: '2027-02-28' },
      { field: 'contact.name', value: '彭工' },
      { field: 'company.name', value: '江苏联化化工有限公司' },
      { field: 'decisionFlow', value: 'any' },
    ],
  },
];
