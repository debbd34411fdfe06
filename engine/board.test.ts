import boardDefault from '../templates/defaults/board-policy.json' with { type: 'json' };
import type { BoardPolicy } from '../schemas';
import { boardAgendaItems, clockAgendaItem, nextMeetingDate, overdueWorkItem } from './agenda';
import { colourBoardRow, lightOf, unreadRate } from './board';
import { createCalendar } from './calendar';

const policy = boardDefault.content as BoardPolicy; // pending 3/6, stale 1/3, unread .3/.5 (min 3), overdue 1/3

describe('L8: board colours', () => {
  test('L8: thresholds are inclusive; the light is the worst metric', () => {
    expect(lightOf(2, { amber: 3, red: 6 })).toBe('green');
    expect(lightOf(3, { amber: 3, red: 6 })).toBe('amber');
    expect(lightOf(6, { amber: 3, red: 6 })).toBe('red');
    expect(lightOf(null, { amber: 0, red: 0 })).toBe('green');
    const green = colourBoardRow(
      { pendingLeads: 0, staleCustomers: 0, unreadRate: null, overdue: 0 },
      policy,
    );
    expect(green).toEqual({ light: 'green', reasons: [] });
    const row = colourBoardRow({ pendingLeads: 4, staleCustomers: 3, unreadRate: 0.2, overdue: 0 }, policy);
    expect(row.light).toBe('red');
    expect(row.reasons).toEqual([
      { metric: 'staleCustomers', light: 'red', value: 3, threshold: 3 },
      { metric: 'pendingLeads', light: 'amber', value: 4, threshold: 3 },
    ]);
  });

  test('L8: the unread rate is judged only from minSent proposals on', () => {
    expect(unreadRate(2, 2, 3)).toBeNull();
    expect(unreadRate(4, 2, 3)).toBe(0.5);
    expect(unreadRate(0, 0, 0)).toBeNull();
    const row = colourBoardRow({ pendingLeads: 0, staleCustomers: 0, unreadRate: 0.5, overdue: 0 }, policy);
    expect(row.light).toBe('red');
  });
});

describe('L8: morning agenda', () => {
  const cal = createCalendar({ timezone: 'Asia/Shanghai' });
  const at = (iso: string) => new Date(iso).getTime();
  const agenda = policy.agenda; // 09:00 Asia/Shanghai, workdays only

  test('L8: before 09:00 the meeting is today, after it the next working day (holidays skipped)', () => {
    // Fri 2026-11-27 08:00 local → today; 10:00 local → Monday 11-30
    expect(nextMeetingDate(at('2026-11-27T00:00:00Z'), agenda, cal.isWorkingDay)).toBe('2026-11-27');
    expect(nextMeetingDate(at('2026-11-27T02:00:00Z'), agenda, cal.isWorkingDay)).toBe('2026-11-30');
    // National Day 2026: Oct 1–7 off → after the meeting on Wed 09-30 the next is Thu 10-08
    expect(nextMeetingDate(at('2026-09-30T03:00:00Z'), agenda, cal.isWorkingDay)).toBe('2026-10-08');
    const everyDay = { ...agenda, workdaysOnly: false };
    expect(nextMeetingDate(at('2026-11-27T02:00:00Z'), everyDay, cal.isWorkingDay)).toBe('2026-11-28');
  });

  test('L8: red reasons become one item per rep and metric, amber only when the policy includes it', () => {
    const rows = [
      {
        repId: 'r1',
        repName: '王磊',
        teamId: 't1',
        light: 'red' as const,
        reasons: [
          { metric: 'pendingLeads' as const, light: 'red' as const, value: 7, threshold: 6 },
          { metric: 'unreadRate' as const, light: 'amber' as const, value: 0.4, threshold: 0.3 },
        ],
      },
    ];
    const items = boardAgendaItems(rows, policy);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'board_red',
      ref: 'r1:pendingLeads',
      ownerId: 'r1',
      teamId: 't1',
    });
    expect(items[0]!.title.zh).toBe('王磊：待响应线索 7（红线 6）');
    const both = boardAgendaItems(rows, { ...policy, agenda: { ...agenda, include: ['red', 'amber'] } });
    expect(both.map((i) => i.ref)).toEqual(['r1:pendingLeads', 'r1:unreadRate']);
    expect(both[1]!.title.en).toBe('王磊: proposal unread rate 40% (amber at 30%)');
  });

  test('L8: a breached clock becomes an item named after its lead', () => {
    const item = clockAgendaItem({
      clockId: 'c1',
      kind: 'first_touch',
      label: { zh: '30分钟内首次触达', en: 'First touch within 30 minutes' },
      leadId: 'l1',
      leadName: '张伟',
      company: '苏州精密',
      ownerId: 'r1',
      teamId: null,
      dueAt: '2026-11-27T02:30:00.000Z',
    });
    expect(item).toMatchObject({ kind: 'clock_breached', ref: 'c1', detail: { leadId: 'l1' } });
    expect(item.title.zh).toBe('超时：30分钟内首次触达 — 张伟（苏州精密）');
  });
});

describe('overdue delivery work on the agenda (L8, C3, C5)', () => {
  const base = {
    id: 't1',
    opportunityId: 'o1',
    opportunityName: '常州精工 MES 一期',
    ownerId: 'rep1',
    teamId: 'team1',
    dueAt: '2026-11-27T02:00:00.000Z',
  };
  test('a late pre-check ticket names the deal, the ticket and who it waits on', () => {
    const item = overdueWorkItem({
      ...base,
      kind: 'ticket',
      title: { zh: 'ERP 对接', en: 'ERP link' },
      waitingOn: ['陈顾问'],
    });
    expect(item).toMatchObject({ kind: 'ticket_overdue', ref: 't1', ownerId: 'rep1', teamId: 'team1' });
    expect(item.title.zh).toBe('预检工单超时：ERP 对接 — 常州精工 MES 一期（待 陈顾问）');
    expect(item.title.en).toBe('Pre-check ticket overdue: ERP link — 常州精工 MES 一期 (waiting on 陈顾问)');
    expect(item.detail).toEqual({
      opportunityId: 'o1',
      ticketId: 't1',
      dueAt: base.dueAt,
      waitingOn: ['陈顾问'],
    });
  });
  test('a late freeze review lists its approvers, or nobody when none is named', () => {
    const item = overdueWorkItem({ ...base, kind: 'review', waitingOn: ['李总监', '王经理'] });
    expect(item.kind).toBe('review_overdue');
    expect(item.title.zh).toBe('冻结评审超时：常州精工 MES 一期（待 李总监、王经理）');
    expect(item.detail).toMatchObject({ reviewId: 't1' });
    expect(overdueWorkItem({ ...base, kind: 'review', waitingOn: [] }).title.en).toBe(
      'Freeze review overdue: 常州精工 MES 一期',
    );
  });
});
