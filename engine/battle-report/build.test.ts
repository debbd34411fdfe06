import { buildBattleReport, type BattleInput } from './index';

const base: BattleInput = {
  from: '2026-11-26T16:00:00.000Z',
  to: '2026-11-27T16:00:00.000Z',
  now: '2026-11-27T08:00:00.000Z',
  touches: [],
  leads: [],
  proposals: [],
  forms: [],
  clocks: [],
  consultants: ['王敏'],
  consultantHours: 2,
  fastMinutes: 30,
};

describe('W2 battle report builder', () => {
  test('W2: A leads touched within 30 minutes of assignment are counted and named', () => {
    const cards = buildBattleReport({
      ...base,
      leads: [
        {
          id: '1',
          name: '华东精密',
          gradeClass: 'A',
          assignedAt: '2026-11-27T01:00:00Z',
          firstTouchAt: '2026-11-27T01:12:00Z',
        },
        {
          id: '2',
          name: '恒力汽车',
          gradeClass: 'A',
          assignedAt: '2026-11-27T02:00:00Z',
          firstTouchAt: '2026-11-27T02:29:00Z',
        },
        {
          id: '3',
          name: '慢回复',
          gradeClass: 'A',
          assignedAt: '2026-11-27T02:00:00Z',
          firstTouchAt: '2026-11-27T03:00:00Z',
        },
        {
          id: '4',
          name: 'B类',
          gradeClass: 'B',
          assignedAt: '2026-11-27T02:00:00Z',
          firstTouchAt: '2026-11-27T02:01:00Z',
        },
      ],
    });
    expect(cards[0]).toEqual({
      kind: 'fastTouch',
      tone: 'success',
      count: 2,
      names: ['华东精密', '恒力汽车'],
      params: { minutes: 30 },
    });
  });

  test('W2: requirement forms name the consultant, the answer time and the auto-filled fields', () => {
    const [card] = buildBattleReport({
      ...base,
      forms: [
        { subjectName: '华东精密', savedAt: '2026-11-27T03:00:00Z', completeness: 80, autoFilled: 3 },
        { subjectName: '昨天的', savedAt: '2026-11-26T03:00:00Z', completeness: 10, autoFilled: 0 },
      ],
    });
    expect(card).toMatchObject({
      kind: 'requirementsSynced',
      count: 1,
      names: ['华东精密'],
      params: { consultant: '王敏', hours: 2, autoFilled: 3, completeness: 80 },
    });
  });

  test('W2: proposals opened today, most opened first; touches by channel with their key phrases', () => {
    const cards = buildBattleReport({
      ...base,
      proposals: [
        {
          leadName: '客户甲',
          kind: 'proposal',
          title: 'MES方案',
          sentAt: '2026-11-25T01:00:00Z',
          viewsToday: 1,
          viewCount: 4,
        },
        {
          leadName: '客户乙',
          kind: 'quote',
          title: '报价',
          sentAt: '2026-11-27T01:00:00Z',
          viewsToday: 3,
          viewCount: 3,
        },
      ],
      touches: [
        {
          leadId: '1',
          leadName: '客户甲',
          channel: 'call',
          at: '2026-11-27T01:00:00Z',
          keywordCount: 4,
          painPoints: ['交期'],
        },
        {
          leadId: '2',
          leadName: '客户乙',
          channel: 'wechat',
          at: '2026-11-27T02:00:00Z',
          keywordCount: 2,
          painPoints: ['交期', '追溯'],
        },
      ],
    });
    expect(cards.map((c) => c.kind)).toEqual([
      'proposalOpened',
      'proposalOpened',
      'proposalsSent',
      'touches',
      'painPoints',
    ]);
    expect(cards[0]).toMatchObject({ count: 3, names: ['客户乙'] });
    expect(cards[3]).toMatchObject({ count: 2, params: { keywords: 6, ch_call: 1, ch_wechat: 1 } });
    expect(cards[4]).toMatchObject({ count: 2, names: ['交期', '追溯'] });
  });

  test('W2: a day without events gives one quiet card, breached clocks a warning', () => {
    expect(buildBattleReport(base)).toEqual([
      { kind: 'quiet', tone: 'info', count: 0, names: [], params: {} },
    ]);
    const cards = buildBattleReport({
      ...base,
      clocks: [{ leadName: '客户丙', kind: 'first_response', state: 'breached', at: '2026-11-27T05:00:00Z' }],
    });
    expect(cards).toEqual([
      { kind: 'clocksBreached', tone: 'warning', count: 1, names: ['客户丙'], params: {} },
    ]);
  });
});
