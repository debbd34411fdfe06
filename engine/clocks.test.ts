import { describe, expect, it } from '@jest/globals';
import slaDefault from '../templates/defaults/sla-policy.json' with { type: 'json' };
import { createCalendar } from './calendar';
import {
  addDuration,
  clockApplies,
  clockDueAt,
  clockReactions,
  escalationLadder,
  type ClockPolicyView,
  type SlaPolicyView,
} from './clocks';

const cal = createCalendar();
const sh = (local: string) => Date.parse(`${local}+08:00`);
const policy = slaDefault.content as unknown as SlaPolicyView;
const clock = (id: string) => policy.clocks.find((c) => c.id === id)!;
const S = 60_000;
const H = 3_600_000;

describe('L5: wall-time clocks', () => {
  it('durations from seconds to days', () => {
    const t = sh('2026-11-27T10:00');
    expect(addDuration('wall', cal, t, 'PT3S')).toBe(t + 3000);
    expect(addDuration('wall', cal, t, 'PT5M')).toBe(t + 5 * S);
    expect(addDuration('wall', cal, t, 'P3D')).toBe(t + 72 * H);
    expect(clockDueAt(clock('recycle'), t, cal)).toBe(t + 7 * 24 * H);
  });

  it('default first-touch ladder: remind at 15 min, breach + supervisor at 30, reassign at 60', () => {
    const t = sh('2026-11-27T10:00');
    const ladder = escalationLadder(clock('first_touch'), t, cal);
    expect(ladder.map((s) => [s.action, (s.fireAt - t) / S, s.breach])).toEqual([
      ['remind_owner', 15, false],
      ['notify_supervisor', 30, true],
      ['reassign', 60, false],
    ]);
    expect(ladder.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('seconds-long clocks for live demos: PT3S with 50% and PT2S after breach', () => {
    const c: ClockPolicyView = {
      ...clock('first_touch'),
      within: 'PT3S',
      escalation: [
        { at: '50%', action: 'remind_owner' },
        { at: '100%', action: 'notify_supervisor' },
        { at: 'PT2S', action: 'reassign' },
      ],
    };
    const ladder = escalationLadder(c, 1_000_000, cal);
    expect(ladder.map((s) => s.fireAt - 1_000_000)).toEqual([1500, 3000, 5000]);
  });

  it('a ladder without a 100% step still breaches at the due time', () => {
    const c: ClockPolicyView = { ...clock('tags'), escalation: [{ at: 'PT10M', action: 'reassign' }] };
    const t = sh('2026-11-27T10:00');
    const ladder = escalationLadder(c, t, cal);
    expect(ladder.map((s) => [s.action, s.breach, (s.fireAt - t) / S])).toEqual([
      [null, true, 120],
      ['reassign', false, 130],
    ]);
  });
});

describe('L5: business-time clocks', () => {
  const biz = (within: string, escalation: ClockPolicyView['escalation'] = []): ClockPolicyView => ({
    ...clock('first_touch'),
    time: 'business',
    within,
    escalation,
  });

  it('2026: Friday 10:00 + 10 working hours → Monday 11:00', () => {
    expect(clockDueAt(biz('PT10H'), sh('2026-11-27T10:00'), cal)).toBe(sh('2026-11-30T11:00'));
  });

  it('a start outside working hours counts from the next opening', () => {
    expect(clockDueAt(biz('PT30M'), sh('2026-11-28T10:00'), cal)).toBe(sh('2026-11-30T09:30'));
    expect(clockDueAt(biz('PT30M'), sh('2026-11-27T07:00'), cal)).toBe(sh('2026-11-27T09:30'));
    expect(clockDueAt(biz('PT30M'), sh('2026-11-27T20:00'), cal)).toBe(sh('2026-11-30T09:30'));
  });

  it('2025: make-up workdays count (Sun 09-28, Sat 10-11); National Day does not', () => {
    expect(clockDueAt(biz('PT2H'), sh('2025-09-26T17:00'), cal)).toBe(sh('2025-09-28T10:00'));
    expect(clockDueAt(biz('PT2H'), sh('2025-09-30T17:00'), cal)).toBe(sh('2025-10-09T10:00'));
    expect(clockDueAt(biz('PT1H'), sh('2025-10-10T17:30'), cal)).toBe(sh('2025-10-11T09:30'));
    // P3D = three working days: Fri 26, Sun 28 (make-up), Mon 29
    expect(clockDueAt(biz('P3D'), sh('2025-09-25T15:00'), cal)).toBe(sh('2025-09-29T15:00'));
  });

  it('2026: Spring Festival is skipped; make-up Saturday 02-14 counts', () => {
    expect(clockDueAt(biz('PT4H'), sh('2026-02-13T16:00'), cal)).toBe(sh('2026-02-14T11:00'));
    expect(clockDueAt(biz('PT2H'), sh('2026-02-14T17:00'), cal)).toBe(sh('2026-02-24T10:00'));
    expect(clockDueAt(biz('P1D'), sh('2026-02-13T10:00'), cal)).toBe(sh('2026-02-14T10:00'));
  });

  it('2027: Spring Festival is skipped', () => {
    const due = clockDueAt(biz('PT2H'), sh('2027-02-04T17:00'), cal);
    expect(cal.isWorkingTime(due - 1)).toBe(true);
    expect(due).toBeGreaterThanOrEqual(sh('2027-02-09T10:00'));
    expect(cal.toLocal(due).msOfDay).toBe(10 * H);
    // Statutory fallback (no 2027 arrangement in chinese-days yet): 02-05..08 + two substitute days.
    if (cal.coverage(2027) === 'statutory') expect(due).toBe(sh('2027-02-11T10:00'));
  });

  it('ladder shares are shares of working time', () => {
    const ladder = escalationLadder(
      biz('PT2H', [
        { at: '50%', action: 'remind_owner' },
        { at: '100%', action: 'notify_supervisor' },
        { at: 'PT1H', action: 'reassign' },
      ]),
      sh('2026-11-27T17:00'),
      cal,
    );
    expect(ladder.map((s) => s.fireAt)).toEqual([
      sh('2026-11-27T18:00'),
      sh('2026-11-30T10:00'),
      sh('2026-11-30T11:00'),
    ]);
  });
});

describe('L5: which clocks an event touches', () => {
  it('lead.assigned starts first_touch, tags, a_proposal (class A only) and recycle', () => {
    const r = clockReactions(policy, 'lead.assigned');
    expect(r.start.map((c) => c.id).sort()).toEqual(['a_proposal', 'first_touch', 'recycle', 'tags']);
    expect(r.stop.map((c) => c.id)).toEqual(['assign']);
    expect(clockApplies(clock('a_proposal'), { grade: { class: 'A' } })).toBe(true);
    expect(clockApplies(clock('a_proposal'), { grade: { class: 'B' } })).toBe(false);
    expect(clockApplies(clock('first_touch'), {})).toBe(true);
    expect(clockApplies({ ...clock('first_touch'), enabled: false }, {})).toBe(false);
    expect(clockApplies({ ...clock('first_touch'), when: { bogus_op: [1] } }, {})).toBe(false);
  });

  it('L6/L7: quote.sent starts quote_feedback; a touch stops first_touch and restarts recycle', () => {
    expect(clockReactions(policy, 'quote.sent').start.map((c) => c.id)).toEqual(['quote_feedback']);
    const touch = clockReactions(policy, 'touch.logged');
    expect(touch.stop.map((c) => c.id)).toEqual(['first_touch']);
    expect(touch.restart.map((c) => c.id)).toEqual(['recycle']);
    expect(clockDueAt(clock('quote_feedback'), 0, cal)).toBe(72 * H);
  });
});
