// Realistic demo data for the workbench stories and tests: a rep's queue on a Friday morning,
// the day's battle report, and the suggestions of a pasted manufacturing chat.
import { extractChat } from '../../engine/chat';
import { CHAT_SAMPLES, SAMPLE_NOW } from '../../engine/chat/samples';
import type { BattleCard, ChatSuggestion, QueueItem } from './api';

export const WORKBENCH_NOW = Date.parse('2026-11-27T02:00:00Z'); // 10:00 in Shanghai
const at = (minutes: number) => new Date(WORKBENCH_NOW + minutes * 60_000).toISOString();
const grade = (cls: 'A' | 'B' | 'C', score: number, hits: [string, string, number][]) => ({
  class: cls,
  score,
  hits: hits.map(([ruleId, zh, points]) => ({ ruleId, label: { zh, en: ruleId }, points })),
  artifact: { id: 'a-grading', version: 3 },
});

export const demoQueue: QueueItem[] = [
  {
    id: 'q-1',
    name: '华东精密MES项目',
    companyName: '苏州华东精密机械有限公司',
    industry: 'manufacturing',
    status: 'assigned',
    grade: grade('A', 86, [
      ['capital', '注册资本≥5000万', 30],
      ['demo', '预约演示', 25],
      ['pricing', '浏览价格页', 15],
    ]),
    tags: ['MES', '生产报工'],
    contact: { name: '张伟', title: 'IT负责人', phone: '13812345678' },
    createdAt: at(-40),
    assignedAt: at(-38),
    touchedAt: null,
    opportunityId: null,
    clocks: [{ id: 'c-1', kind: 'first_response', startedAt: at(-38), dueAt: at(-8) }],
    urgency: 'overdue',
  },
  {
    id: 'q-2',
    name: '恒力汽车质量追溯',
    companyName: '宁波恒力汽车零部件股份有限公司',
    industry: 'automotive',
    status: 'contacted',
    grade: grade('A', 78, [
      ['capital', '注册资本≥5000万', 30],
      ['whitepaper', '下载白皮书', 10],
    ]),
    tags: ['质量追溯'],
    contact: { name: '吴总' },
    createdAt: at(-300),
    assignedAt: at(-290),
    touchedAt: at(-200),
    opportunityId: 'o-2',
    clocks: [{ id: 'c-2', kind: 'quote_followup', startedAt: at(-1440), dueAt: at(25) }],
    urgency: 'due',
  },
  {
    id: 'q-3',
    name: '康和制药批记录电子化',
    companyName: '广州康和制药有限公司',
    industry: 'pharma',
    status: 'assigned',
    grade: grade('B', 55, [['industry', '目标行业', 20]]),
    tags: [],
    contact: { name: '杨总' },
    createdAt: at(-20),
    assignedAt: at(-18),
    touchedAt: null,
    opportunityId: null,
    clocks: [{ id: 'c-3', kind: 'first_response', startedAt: at(-18), dueAt: at(102) }],
    urgency: 'due',
  },
  {
    id: 'q-4',
    name: '优品连锁会员平台',
    companyName: '杭州优品连锁零售集团',
    industry: 'retail',
    status: 'contacted',
    grade: grade('C', 32, []),
    tags: ['会员营销'],
    contact: { name: '周婷' },
    createdAt: at(-4000),
    assignedAt: at(-3990),
    touchedAt: at(-1500),
    opportunityId: null,
    clocks: [],
    urgency: 'waiting',
  },
];

export const demoBattleCards: BattleCard[] = [
  {
    kind: 'fastTouch',
    tone: 'success',
    count: 2,
    names: ['华东精密MES项目', '恒力汽车质量追溯'],
    params: { minutes: 30 },
  },
  {
    kind: 'requirementsSynced',
    tone: 'success',
    count: 1,
    names: ['华东精密MES项目'],
    params: { consultant: '王敏', hours: 2, autoFilled: 4, completeness: 72 },
  },
  {
    kind: 'proposalOpened',
    tone: 'success',
    count: 3,
    names: ['恒力汽车质量追溯'],
    params: { title: 'MES一期实施方案', kind: 'proposal', total: 5 },
  },
  {
    kind: 'touches',
    tone: 'info',
    count: 5,
    names: ['华东精密MES项目'],
    params: { keywords: 14, ch_call: 3, ch_wechat: 2 },
  },
  { kind: 'painPoints', tone: 'info', count: 2, names: ['交期延误', '纸质报工'], params: { leads: 2 } },
  { kind: 'clocksBreached', tone: 'warning', count: 1, names: ['优品连锁会员平台'], params: {} },
];

const sample = CHAT_SAMPLES[0]!;
export const demoChatText = sample.text;
export const demoSuggestions: ChatSuggestion[] = extractChat(sample.text, {
  now: SAMPLE_NOW,
  self: sample.self,
});
