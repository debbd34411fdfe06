// Renders every Storybook story in jsdom (portable stories), so a broken story fails `npm test`.
// The import list is explicit (jest runs native ESM without import.meta.glob); the first test
// checks it against the story files on disk so a new story cannot be forgotten.
import { readdirSync } from 'node:fs';
import type { ComponentType } from 'react';
import { join, relative, sep } from 'node:path';
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { cleanup, render, waitFor } from '@testing-library/react';
import preview from '../../.storybook/preview';
import * as LoginPage from '../../runtime/auth/LoginPage.stories';
import * as ArtifactList from '../../runtime/artifacts/ArtifactList.stories';
import * as AppLayout from '../../runtime/layout/AppLayout.stories';
import * as GradeTag from '../../runtime/leads/GradeTag.stories';
import * as LeadsTable from '../../runtime/leads/LeadsTable.stories';
import * as AgendaList from '../../runtime/board/AgendaList.stories';
import * as BoardPages from '../../runtime/board/BoardPage.stories';
import * as BoardTable from '../../runtime/board/BoardTable.stories';
import * as KpiTable from '../../runtime/board/KpiTable.stories';
import * as Countdown from '../../runtime/common/Countdown.stories';
import * as ImportPage from '../../runtime/import/ImportPage.stories';
import * as ImportProgress from '../../runtime/import/ImportProgress.stories';
import * as MappingEditor from '../../runtime/import/MappingEditor.stories';
import * as LeadDetailPage from '../../runtime/lead/LeadDetailPage.stories';
import * as LeadHeader from '../../runtime/lead/LeadHeader.stories';
import * as LeadTimeline from '../../runtime/lead/LeadTimeline.stories';
import * as ProposalPanel from '../../runtime/lead/ProposalPanel.stories';
import * as SlaClocks from '../../runtime/lead/SlaClocks.stories';
import * as StatusActions from '../../runtime/lead/StatusActions.stories';
import * as TagsEditor from '../../runtime/lead/TagsEditor.stories';
import * as TouchForm from '../../runtime/lead/TouchForm.stories';
import * as NewLeadDrawer from '../../runtime/leads/NewLeadDrawer.stories';
import * as LiveControls from '../../runtime/live/LiveControls.stories';
import * as NewLeadCard from '../../runtime/live/NewLeadCard.stories';
import * as SecretReveal from '../../runtime/settings/SecretReveal.stories';
import * as SettingsPage from '../../runtime/settings/SettingsPage.stories';
import * as VersionHistory from '../../studio/VersionHistory.stories';
import * as GradingRulesEditor from '../../studio/grading/GradingRulesEditor.stories';
import * as SimulateResult from '../../studio/simulate/SimulateResult.stories';
import * as ScorecardResult from '../../studio/scorecard/ScorecardResult.stories';
import * as OppGateChecklist from '../../runtime/opportunities/GateChecklist.stories';
import * as OppDualTrack from '../../runtime/opportunities/DualTrackView.stories';
import * as OppDiffView from '../../runtime/opportunities/RequirementDiffView.stories';
import * as OppTicketCard from '../../runtime/opportunities/TicketCard.stories';
import * as OppReport from '../../runtime/opportunities/DistortionReport.stories';
import * as OppDetailPage from '../../runtime/opportunities/OpportunityDetailPage.stories';
import * as OppTable from '../../runtime/opportunities/OpportunityTable.stories';
import * as DiffView from '../../studio/diff/DiffView.stories';
import * as ArtifactWorkspace from '../../studio/editor/ArtifactWorkspace.stories';
import * as FormTemplateEditorStories from '../../studio/forms/FormTemplateEditor.stories';
import * as KpiSchemeEditorStories from '../../studio/kpi/KpiSchemeEditor.stories';
import * as SignalModelEditorStories from '../../studio/signals/SignalModelEditor.stories';
import * as SlaSimulateResultStories from '../../studio/simulate/SlaSimulateResult.stories';
import * as SlaPolicyEditorStories from '../../studio/sla/SlaPolicyEditor.stories';
import * as StageGatesEditorStories from '../../studio/gates/StageGatesEditor.stories';
import * as BoardPolicyEditorStories from '../../studio/board/BoardPolicyEditor.stories';
import * as SignalSimulateResultStories from '../../studio/simulate/SignalSimulateResult.stories';
import * as AssignmentPolicyEditorStories from '../../studio/assignment/AssignmentPolicyEditor.stories';
import * as FieldWidgets from '../../runtime/forms/FieldWidgets.stories';
import * as FormRendererStories from '../../runtime/forms/FormRenderer.stories';
import * as FormSubmissionPageStories from '../../runtime/forms/FormSubmissionPage.stories';
import * as WbQueueList from '../../runtime/workbench/QueueList.stories';
import * as WbBattleReport from '../../runtime/workbench/BattleReportCards.stories';
import * as WbSuggestionList from '../../runtime/workbench/SuggestionList.stories';

import * as ForecastDashboardStories from '../../runtime/forecast/ForecastDashboard.stories';
import * as CalibrationChartsStories from '../../runtime/forecast/CalibrationCharts.stories';
import * as SignalsPanelStories from '../../runtime/forecast/SignalsPanelView.stories';

setProjectAnnotations(preview);

type Expectation = RegExp | ((container: HTMLElement) => boolean);
interface Entry {
  file: string;
  stories: Parameters<typeof composeStories>[0];
  /** What each story must show; `byStory` overrides the file's default. */
  expect: Expectation;
  byStory?: Record<string, Expectation>;
}

const hasClass = (cls: string) => (c: HTMLElement) => c.ownerDocument.querySelector(`.${cls}`) !== null;

const ENTRIES: Entry[] = [
  {
    file: 'runtime/forecast/ForecastDashboard.stories.tsx',
    stories: ForecastDashboardStories,
    expect:
      /预测总额.*785万.*这个数字基于什么.*54% 来自本期已赢单的 5 个商机.*33% 来自 4 个得分≥75的商机（其中 3 个“客户开放UAT环境并运行核心流程”）.*苏州恒通精密MES一期项目.*85–89 · n=24/s,
    byStory: {
      English: /Forecast.*CN¥7\.9M.*What this number rests on.*54% from 5 deals already won/s,
      Empty: /该期间没有可预测的商机/,
      Chart: (c) => c.querySelector('[data-testid="composition-chart"]') !== null,
    },
  },
  {
    file: 'runtime/forecast/CalibrationCharts.stories.tsx',
    stories: CalibrationChartsStories,
    expect: /预测概率.*实际赢率.*26\.0%.*25\.0%.*24/s,
    byStory: {
      RepDeviationHistory: /王磊2026-11-02.*待月末结算.*王磊2026-10-26.*38%/s,
      ImprovementTasks: /王磊 连续 2 周预测偏差超过阈值.*负责人：李娜.*标记完成/s,
      RunOnThreeDeals: /Brier 分数 0\.071.*平均预测 48% \/ 实际赢率 50%.*无锡华锐机械智能排产系统.*赢单/s,
      English: /Predicted.*Actual win rate/s,
    },
  },
  {
    file: 'runtime/forecast/SignalsPanelView.stories.tsx',
    stories: SignalsPanelStories,
    expect:
      /信号得分.*45.*46%.*45–49 · n=3.*回款系数 0\.6.*平均 98 天 \/ 账期 60 天.*客户开放UAT环境并运行核心流程.*权重 25.*UAT测试记录\.xlsx.*记录信号/s,
    byStory: {
      ReadOnly: /你没有记录信号的权限/,
      English: /Signal score.*Payment factor 0\.6.*Weight 25/s,
    },
  },
  {
    file: 'studio/scorecard/ScorecardResult.stories.tsx',
    stories: ScorecardResult,
    expect: /留出样本测量（2804 条.*0\.896.*0\.817.*84\.3%.*2\.0%.*作为草稿打开.*停留时长 ≥ 740/s,
    byStory: {
      NotMapped: /不适用.*暂不能保存为草稿.*先把列对应到线索字段/s,
      English: /Measured on held-out leads \(2804.*Suggested scorecard AUC.*Open as draft/s,
    },
  },
  {
    file: 'runtime/opportunities/GateChecklist.stories.tsx',
    stories: OppGateChecklist,
    expect: /无法进入“报价”.*决策流程图.*成功验收标准.*预检工单未答复/s,
    byStory: {
      ContractApproval: /无法进入“合同审批”.*交付预评估未填写.*接口协议签署/s,
      English: /Cannot enter “Quote”.*Decision flow/s,
    },
  },
  {
    file: 'runtime/opportunities/DualTrackView.stories.tsx',
    stories: OppDualTrack,
    expect: /销售轨.*法务审核.*未对齐.*交付轨.*接口协议签署.*未对齐.*法务审核前须签署接口协议/s,
    byStory: { Aligned: /已对齐/, English: /Sales track.*Misaligned/s },
  },
  {
    file: 'runtime/opportunities/RequirementDiffView.stories.tsx',
    stories: OppDiffView,
    expect: /差异率 38\.2% \/ 阈值 15%.*超过阈值.*需对接的系统.*MES、ERP.*不一致/s,
    byStory: {
      WithinThreshold: /未超阈值/,
      NotCompared: /尚未比对/,
      English: /Difference 38\.2% \/ threshold 15%/,
    },
  },
  {
    file: 'runtime/opportunities/TicketCard.stories.tsx',
    stories: OppTicketCard,
    expect: /ERP\/MES对接可行性预检.*苏州精工.*赵敏.*提交答复/s,
    byStory: { Answered: /有条件可行.*鼎捷MES 5\.2.*MES 开放接口文档/s, English: /Feasible with conditions/ },
  },
  {
    file: 'runtime/opportunities/DistortionReport.stories.tsx',
    stories: OppReport,
    expect: /共 3 个案例.*#1.*苏州精工.*38\.2%.*已通过.*#2.*华东医院.*已驳回/s,
    byStory: { Empty: /本月没有需求比对记录/, English: /3 case\(s\).*Approved/s },
  },
  {
    file: 'runtime/opportunities/OpportunityDetailPage.stories.tsx',
    stories: OppDetailPage,
    expect: /苏州精工汽车零部件 MES 集成项目.*已冻结.*186 万元.*双轨进度.*法务审核.*未对齐.*通过并解冻/s,
    byStory: { English: /Frozen by the requirement-distortion circuit breaker.*Approve and unfreeze/s },
  },
  {
    file: 'runtime/opportunities/OpportunityTable.stories.tsx',
    stories: OppTable,
    expect: /苏州精工.*已冻结.*186 万元.*华东医院.*235 万元/s,
    byStory: { Empty: /暂无商机/, Loading: hasClass('ant-spin') },
  },
  {
    file: 'runtime/auth/LoginPage.stories.tsx',
    stories: LoginPage,
    expect: /演示账号.*rep1@demo\.local/s,
    byStory: { WithError: /邮箱或密码错误/, TooManyAttempts: /尝试次数过多/, English: /Demo accounts/ },
  },
  {
    file: 'runtime/artifacts/ArtifactList.stories.tsx',
    stories: ArtifactList,
    expect: /线索评级规则.*可编辑.*只读/s,
    byStory: {
      AsConsultant: /制造业需求调研表.*只读/s,
      Loading: hasClass('ant-skeleton'),
      Empty: /暂无配置/,
    },
  },
  {
    file: 'runtime/layout/AppLayout.stories.tsx',
    stories: AppLayout,
    expect: /搭贝销售过程平台.*页面内容/s,
    byStory: { RepInEnglish: /Dabei Sales-Process Platform.*Sales rep.*My leads/s },
  },
  {
    file: 'runtime/leads/GradeTag.stories.tsx',
    stories: GradeTag,
    expect: /[ABCD] · -?\d+/,
    byStory: { NotGraded: /未评级/ },
  },
  {
    file: 'runtime/leads/LeadsTable.stories.tsx',
    stories: LeadsTable,
    expect: /苏州精密制造有限公司.*展会扫码/s,
    byStory: {
      Empty: /暂无线索/,
      EmptyAfterFiltering: /没有符合条件的线索/,
      Loading: hasClass('ant-spin'),
      English: /Suzhou|苏州精密制造有限公司.*Expo QR scan/s,
    },
  },
  // Issue 3: lead lifecycle UI.
  {
    file: 'runtime/board/AgendaList.stories.tsx',
    stories: AgendaList,
    expect: /已完成 1\/4.*刘洋.*负责人:陈晓东.*预检工单超时.*预检超时.*打开商机/s,
    byStory: { Empty: /这一天没有议程事项/ },
  },
  {
    file: 'runtime/board/BoardPage.stories.tsx',
    stories: BoardPages,
    expect: /红绿灯看板.*刘洋.*待响应线索 6\(≥ 5 即红灯\)/s,
    byStory: { Agenda: /晨会议程.*已完成 1\/4/s, Kpis: /过程 KPI.*陈晓东.*92%/s },
  },
  {
    file: 'runtime/board/BoardTable.stories.tsx',
    stories: BoardTable,
    expect: /刘洋.*75%.*一切正常/s,
    byStory: { Empty: /没有可显示的销售/, English: /Awaiting response.*All good/s },
  },
  {
    file: 'runtime/board/KpiTable.stories.tsx',
    stories: KpiTable,
    expect: /线索响应及时率.*陈晓东.*92%.*无数据,不计分/s,
    byStory: {
      Empty: /该周期没有数据/,
      English: /Response timeliness.*No data, not scored/s,
      Chart: (c) => c.querySelector('[data-testid="kpi-chart"]') !== null,
    },
  },
  {
    file: 'runtime/common/Countdown.stories.tsx',
    stories: Countdown,
    expect: /剩余 \d\d:\d\d/,
    byStory: {
      Breached: /已超时 10:00/,
      Met: /已达标/,
      Cancelled: /已取消/,
      Days: /剩余 2天 01:30:00/,
      AllStates: /剩余 20:00.*剩余 05:00.*已超时 10:00.*已达标/s,
      English: /20:00 left/,
    },
  },
  {
    file: 'runtime/import/ImportPage.stories.tsx',
    stories: ImportPage,
    expect: /导入线索.*点击或拖拽文件到这里/s,
    byStory: { Finished: /已完成.*下载失败行及原因.*8 条新线索中 7 条已分配负责人.*赵敏.*未分配/s },
  },
  {
    file: 'runtime/import/ImportProgress.stories.tsx',
    stories: ImportProgress,
    expect: /导入中.*已导入.*5/s,
    byStory: { Done: /已完成.*下载失败行及原因/s, Failed: /导入中断/ },
  },
  {
    file: 'runtime/import/MappingEditor.stories.tsx',
    stories: MappingEditor,
    expect: /手机号码.*前 5 行预检:4 行可导入.*赵敏.*电话、邮箱、企业微信ID 至少填一项/s,
    byStory: {
      NoContactColumn: /没有列对应到电话、邮箱或企业微信ID/,
      English: /First 5 rows checked: 4 can be imported/,
    },
  },
  {
    file: 'runtime/lead/LeadDetailPage.stories.tsx',
    stories: LeadDetailPage,
    expect: /张伟.*评级依据.*响应时限.*记录跟进.*需求标签.*动态/s,
    byStory: { English: /Why this grade.*Response deadlines.*Log a touch/s },
  },
  {
    file: 'runtime/lead/LeadHeader.stories.tsx',
    stories: LeadHeader,
    expect: /张伟.*A · 85.*评级依据.*展会扫码 \+30.*陈晓东/s,
    byStory: { Pooled: /赵敏.*未分配/s, English: /Why this grade/ },
  },
  {
    file: 'runtime/lead/LeadTimeline.stories.tsx',
    stories: LeadTimeline,
    expect: /更新需求标签.*跟进了客户.*超时升级.*已超时.*已分配负责人.*线索创建/s,
    byStory: {
      Loading: hasClass('ant-skeleton'),
      Empty: /暂无动态/,
      English: /Requirement tags updated.*Touch logged/s,
    },
  },
  {
    file: 'runtime/lead/ProposalPanel.stories.tsx',
    stories: ProposalPanel,
    expect: /智能排产系统报价.*未读.*已查看 3 次/s,
    byStory: { NothingSent: /还没有发送方案或报价/, English: /Opened 3 times/ },
  },
  {
    file: 'runtime/lead/SlaClocks.stories.tsx',
    stories: SlaClocks,
    expect: /30分钟首次触达.*剩余 13:00.*120分钟需求标签.*剩余 20:00.*已超时 10:00.*已达标/s,
    byStory: { Empty: /暂无计时/, English: /First touch within 30 min.*13:00 left/s },
  },
  {
    file: 'runtime/lead/StatusActions.stories.tsx',
    stories: StatusActions,
    expect: /确认有效.*作废/s,
    byStory: {
      Qualified: (c) => !c.textContent?.includes('确认有效') && /作\s*废/.test(c.textContent ?? ''),
    },
  },
  {
    file: 'runtime/lead/TagsEditor.stories.tsx',
    stories: TagsEditor,
    expect: /MES集成.*共 3 个标签/s,
    byStory: { NoTagsYet: /首次打标签将停止 120 分钟计时/ },
  },
  {
    file: 'runtime/lead/TouchForm.stories.tsx',
    stories: TouchForm,
    expect: /电话.*微信.*拜访.*邮件.*保存跟进/s,
    byStory: {
      English: /Call.*WeChat.*Visit.*E-mail/s,
      List: /排产全靠Excel.*痛点.*实施周期 · 延期.*关键词.*排产/s,
      ListEmpty: /还没有跟进记录/,
    },
  },
  {
    file: 'runtime/leads/NewLeadDrawer.stories.tsx',
    stories: NewLeadDrawer,
    expect: (c) => /新建线索.*联系人.*电话.*公司名称.*来源渠道/s.test(c.ownerDocument.body.textContent ?? ''),
    byStory: {
      English: (c) => /New lead.*Contact.*Source channel/s.test(c.ownerDocument.body.textContent ?? ''),
    },
  },
  {
    file: 'runtime/live/LiveControls.stories.tsx',
    stories: LiveControls,
    expect: (c) => c.querySelector('[role="status"][data-state="open"]') !== null,
    byStory: { Reconnecting: (c) => c.querySelector('[data-state="reconnecting"]') !== null },
  },
  {
    file: 'runtime/live/NewLeadCard.stories.tsx',
    stories: NewLeadCard,
    expect: /A 类.*苏州精密制造有限公司.*张伟.*30 分钟内.*打开线索/s,
    byStory: { Reassigned: /B 类.*由他人转给你/s, English: /Class A|A.*Open lead/s },
  },
  {
    file: 'runtime/settings/SecretReveal.stories.tsx',
    stories: SecretReveal,
    expect: /关闭后将无法再次查看.*whsec_.*X-Signature.*openssl dgst -sha256 -hmac/s,
    byStory: { ApiKey: /dbk_3f9a/ },
  },
  {
    file: 'runtime/settings/SettingsPage.stories.tsx',
    stories: SettingsPage,
    expect: /线索来源.*官网表单.*2026工博会扫码枪/s,
    byStory: {
      Robots: /华东销售群.*投递记录.*已送达.*HTTP 502/s,
      ApiKeys: /CRM 同步.*dbk_3f9a.*已吊销/s,
    },
  },
  {
    file: 'studio/VersionHistory.stories.tsx',
    stories: VersionHistory,
    expect: /v3.*已发布.*王建国/s,
    byStory: {
      Empty: /暂无版本/,
      Loading: hasClass('ant-spin'),
      English: /Published/,
      SingleVersion: /初始版本/,
    },
  },
  {
    file: 'studio/grading/GradingRulesEditor.stories.tsx',
    stories: GradingRulesEditor,
    expect: /等级阈值.*展会扫码.*来源渠道/s,
    byStory: {
      Empty: /还没有规则/,
      Invalid: /阈值必须满足 A > B > C.*company\.nope/s,
      Large: /注册资本超过500万元 13.*company.registeredCapital > 5000000/s,
      English: /Class thresholds.*Expo QR scan/s,
      RawFallback: /无法可视化的条件/,
    },
  },
  {
    file: 'studio/simulate/SimulateResult.stories.tsx',
    stories: SimulateResult,
    expect: /已评估 1000 条线索.*预约演示且注册资本超500万/s,
    byStory: {
      NoChanges: /没有线索会改变等级/,
      AssignmentLoad: /陈晓东.*24 条线索会换负责人/s,
      English: /Evaluated 1000 leads/,
    },
  },
  {
    file: 'studio/diff/DiffView.stories.tsx',
    stories: DiffView,
    expect: /新增.*VIP 标签.*删除.*修改.*behaviour\.dwellSeconds > 180.*behaviour\.dwellSeconds > 300/s,
    byStory: { SignalWeights: /25%.*30%/s, NoDifferences: /两个版本没有差异/, English: /Added/ },
  },
  {
    file: 'studio/editor/ArtifactWorkspace.stories.tsx',
    stories: ArtifactWorkspace,
    expect: /保存草稿.*可视化编辑.*展会扫码/s,
    byStory: {
      InvalidDraft: /草稿 v4 已保存.*company\.nope/s,
      ReadOnly: /当前为只读/,
      JsonOnly: /校验通过/,
      SlaPolicy: /模拟.*工作日历.*5分钟内自动分配/s,
    },
  },
  // Issue 4 (S1, S4): the form-template, KPI and signal-model editors and the SLA simulation.
  {
    file: 'studio/forms/FormTemplateEditor.stories.tsx',
    stories: FormTemplateEditorStories,
    expect: /字段类型.*项目目标与背景.*客户现有系统清单/s,
    byStory: {
      Empty: /空分组/,
      Large: /字段类型.*项目目标与背景.*业务范围/s,
      Invalid: /字段类型.*choice/s,
      English: /Field types.*Project goal and background/s,
    },
  },
  {
    file: 'studio/kpi/KpiSchemeEditor.stories.tsx',
    stories: KpiSchemeEditorStories,
    expect: /权重合计 100%.*线索响应及时率/s,
    byStory: {
      NotHundred: /权重合计为 90%，必须正好等于 100%/,
      Empty: /权重合计 0%/,
      English: /Weights total 100%.*Response timeliness/s,
    },
  },
  {
    file: 'studio/signals/SignalModelEditor.stories.tsx',
    stories: SignalModelEditorStories,
    expect: /9 个信号，权重合计 100.*客户开放UAT环境.*动态赢率分段/s,
    byStory: {
      Invalid: /deal\.nope/,
      English: /9 signals, weights total 100.*Dynamic win-rate bands/s,
    },
  },
  {
    file: 'studio/simulate/SlaSimulateResult.stories.tsx',
    stories: SlaSimulateResultStories,
    expect: /近 30 天共 1240 条线索.*30分钟内首次电话\/微信触达.*-121/s,
    byStory: {
      English: /1240 leads of the last 30 days.*First call or WeChat/s,
      NoPublished: /近 30 天共 1240 条线索.*v—.*30分钟内首次电话\/微信触达/s,
    },
  },
  {
    file: 'studio/sla/SlaPolicyEditor.stories.tsx',
    stories: SlaPolicyEditorStories,
    expect: /工作日历.*5分钟内自动分配.*升级阶梯/s,
    byStory: { Invalid: /clocks\/1\/within/, English: /Working calendar.*Assigned within 5 minutes/s },
  },
  {
    file: 'studio/gates/StageGatesEditor.stories.tsx',
    stories: StageGatesEditorStories,
    expect: /销售阶段.*双轨里程碑.*进入报价：需求三要素齐全/s,
    byStory: { Invalid: /gates\/0\/to.*nowhere/s, English: /Sales stages.*Dual-track milestones/s },
  },
  {
    file: 'studio/board/BoardPolicyEditor.stories.tsx',
    stories: BoardPolicyEditorStories,
    expect: /看板指标阈值.*待首次响应线索数.*晨会议程/s,
    byStory: { English: /Board thresholds.*Morning agenda/s },
  },
  {
    file: 'studio/simulate/SignalSimulateResult.stories.tsx',
    stories: SignalSimulateResultStories,
    expect: /2026-Q4：36 个在途商机，2 个会变化.*苏州精密MES升级项目.*\+21\.0/s,
    byStory: { English: /2026-Q4: 36 open deals, 2 would change.*Win probability/s },
  },
  {
    file: 'studio/assignment/AssignmentPolicyEditor.stories.tsx',
    stories: AssignmentPolicyEditorStories,
    expect: /分配策略.*查重与客户归属.*医疗与医药线索 → 医疗行业销售/s,
    byStory: { English: /Strategy.*Duplicates and ownership.*Medical and pharma leads/s },
  },
  // Issue 5: form runtime (W3) — one story per field widget.
  {
    file: 'runtime/forms/FieldWidgets.stories.tsx',
    stories: FieldWidgets,
    expect: /./,
    byStory: {
      Text: (c) => c.querySelector('input')?.value === '苏州精密制造 MES 一期',
      TextRequiredEmpty: /项目名称.*此项为必填项/s,
      Textarea: /业务痛点.*用客户原话描述/s,
      NumberWithUnit: (c) =>
        /员工人数.*人/s.test(c.textContent ?? '') && c.querySelector('input')?.value === '820',
      NumberOutOfRange: /不能小于 1/,
      MoneyInWan: /预算.*≈ ¥3,500,000/s,
      DateField: (c) => c.querySelector('input')?.value === '2027-03-15',
      Select: /部署方式.*本地部署/s,
      MultiselectWithKnowledge: /需对接系统.*集成能力总览.*ERP.*MES/s,
      BooleanField: (c) =>
        /是否招标.*是.*否/s.test(c.textContent ?? '') &&
        c.querySelector('input[type="radio"]:checked') !== null,
      Person: (c) =>
        [...c.querySelectorAll('input')].map((i) => i.value).join('|') === '陈建国|生产副总|13912345678|',
      Rating: /紧迫程度.*4 \/ 5/s,
      FileMetadata: /车间布局图\.pdf.*2\.3 MB.*现有系统清单\.xlsx.*47 KB/s,
      TableOfSystems: (c) =>
        /现有系统.*系统名称.*厂商.*版本.*接口/s.test(c.textContent ?? '') &&
        [...c.querySelectorAll('input')].some((i) => i.value === '金蝶云星空'),
      TableEmpty: /暂无数据/,
      DecisionFlow: /第 1 级审批：王磊、刘芳.*第 2 级审批：陈建国/s,
      DecisionFlowEmpty: /还没有决策人/,
      AcceptanceCriteria: /标准 1.*标准 2.*添加验收标准/s,
      ReadOnlyTable: (c) =>
        c.querySelectorAll('input[disabled]').length > 0 && !/添加一行/.test(c.textContent ?? ''),
    },
  },
  {
    file: 'runtime/forms/FormRenderer.stories.tsx',
    stories: FormRendererStories,
    expect: /完整度.*100%.*已达标.*基本情况.*三要素/s,
    byStory: {
      EmptyWithErrors: /此项为必填项/,
      ManufacturingPartlyFilled: /完整度.*还有 \d+ 个必填项/s,
      ReadOnly: (c) => /项目名称/.test(c.textContent ?? '') && !/添加一行/.test(c.textContent ?? ''),
      English: /Completeness.*Project name/s,
    },
  },
  {
    file: 'runtime/forms/FormSubmissionPage.stories.tsx',
    stories: FormSubmissionPageStories,
    expect: /制造业客户需求结构化表.*模板版本 v3.*完整度/s,
    byStory: { NewForm: /模板版本 v3.*完整度.*0%/s },
  },
  {
    file: 'runtime/workbench/QueueList.stories.tsx',
    stories: WbQueueList,
    expect:
      /A.*华东精密MES项目.*已超时.*评级依据：注册资本≥5000万 \+30.*恒力汽车质量追溯.*计时中.*优品连锁会员平台.*待跟进/s,
    byStory: { Empty: /队列已清空/, Loading: hasClass('ant-skeleton'), English: /Overdue.*Graded for/s },
  },
  {
    file: 'runtime/workbench/BattleReportCards.stories.tsx',
    stories: WbBattleReport,
    expect:
      /2 条 A 类线索已在 30 分钟内触达：华东精密MES项目、恒力汽车质量追溯.*已同步给产品顾问 王敏.*预计 2 小时内出方案.*其中 4 项来自聊天自动识别.*打开了你发送的《MES一期实施方案》3 次.*电话 3、微信 2.*14 个关键词/s,
    byStory: {
      QuietDay: /今天还没有新的成果/,
      Failed: /今日战报加载失败.*网络连接中断/s,
      English: /2 class-A leads reached within 30 minutes/,
    },
  },
  {
    file: 'runtime/workbench/SuggestionList.stories.tsx',
    stories: WbSuggestionList,
    expect:
      /公司名称.*苏州华东精密机械有限公司.*第 2 行.*现有系统.*用友U8.*ERP产品.*用友.*预算.*¥350,000.*第 4 行/s,
    byStory: { NothingFound: /没有识别出可填写的内容/, English: /Budget.*Line 4/s },
  },
];

const root = join(import.meta.dirname, '..', '..');

function storyFilesOnDisk(): string[] {
  return ['runtime', 'studio']
    .flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[]).map((f) => join(root, dir, f)),
    )
    .filter((f) => f.endsWith('.stories.tsx'))
    .map((f) => relative(root, f).split(sep).join('/'))
    .sort();
}

afterEach(cleanup);

it('imports every *.stories.tsx file in runtime/ and studio/', () => {
  expect(ENTRIES.map((e) => e.file).sort()).toEqual(storyFilesOnDisk());
});

describe.each(ENTRIES)('$file', (entry) => {
  const composed = Object.entries(composeStories(entry.stories)) as [string, ComponentType][];
  it('has stories', () => expect(composed.length).toBeGreaterThan(0));

  it.each(composed)('%s renders', async (name, Story) => {
    const { container } = render(<Story />);
    const expectation = entry.byStory?.[name] ?? entry.expect;
    if (expectation instanceof RegExp) {
      await waitFor(() => expect(container.textContent).toMatch(expectation));
    } else {
      expect(expectation(container)).toBe(true);
    }
  });
});
