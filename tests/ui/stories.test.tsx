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
import * as DiffView from '../../studio/diff/DiffView.stories';
import * as ArtifactWorkspace from '../../studio/editor/ArtifactWorkspace.stories';

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
    expect: /已完成 1\/3.*刘洋.*负责人:陈晓东/s,
    byStory: { Empty: /这一天没有议程事项/ },
  },
  {
    file: 'runtime/board/BoardPage.stories.tsx',
    stories: BoardPages,
    expect: /红绿灯看板.*刘洋.*待响应线索 6\(≥ 5 即红灯\)/s,
    byStory: { Agenda: /晨会议程.*已完成 1\/3/s, Kpis: /过程 KPI.*陈晓东.*92%/s },
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
    },
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
