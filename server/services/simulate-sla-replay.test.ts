// S4 SLA simulation replay (pure): events through a policy with the engine's clock maths.
import { createCalendar, type SlaPolicyView } from '../../engine';
import { replayClocks, type ReplayLead } from './simulate-sla-replay';

const MIN = 60_000;
const T0 = Date.parse('2026-11-02T02:00:00Z'); // Monday 10:00 in Shanghai
const cal = createCalendar({
  timezone: 'Asia/Shanghai',
  country: 'CN',
  hours: { start: '09:00', end: '18:00' },
});

const policy = (within = 'PT30M', time: 'wall' | 'business' = 'wall'): SlaPolicyView => ({
  clocks: [
    { id: 'first_touch', start: 'lead.assigned', stop: ['touch.logged'], within, time, escalation: [] },
    {
      id: 'a_proposal',
      start: 'lead.assigned',
      stop: ['proposal.started'],
      within: 'PT2H',
      time: 'wall',
      when: { '==': [{ var: 'grade.class' }, 'A'] },
      escalation: [],
    },
    {
      id: 'recycle',
      start: 'lead.assigned',
      stop: ['lead.qualified'],
      restartOn: ['touch.logged'],
      within: 'P7D',
      time: 'wall',
      escalation: [],
    },
  ],
});

const lead = (id: string, cls: string, events: [string, number][]): ReplayLead => ({
  id,
  data: { grade: { class: cls } },
  events: events.map(([type, m]) => ({ type, at: T0 + m * MIN })),
});

const LEADS = [
  lead('quick', 'B', [
    ['lead.created', 0],
    ['lead.assigned', 0],
    ['touch.logged', 10],
  ]),
  lead('late', 'A', [
    ['lead.created', 0],
    ['lead.assigned', 1],
    ['touch.logged', 46],
    ['proposal.started', 60],
  ]),
  lead('never', 'C', [
    ['lead.created', 0],
    ['lead.assigned', 0],
  ]),
];

const by = (out: ReturnType<typeof replayClocks>, id: string) => out.find((c) => c.id === id)!;

describe('S4 replayClocks', () => {
  it('S4: counts met, breached and still-running runs per clock, and which leads breach', () => {
    const out = replayClocks(policy(), cal, LEADS, T0 + 20 * MIN);
    // at +20 min: quick met, late and never still running (due at +31 / +30)
    expect(by(out, 'first_touch')).toMatchObject({ started: 3, met: 1, breached: 0, pending: 2 });
    const later = replayClocks(policy(), cal, LEADS, T0 + 24 * 60 * MIN);
    expect(by(later, 'first_touch')).toMatchObject({
      started: 3,
      met: 1,
      breached: 2,
      pending: 0,
      leadsBreached: 2,
    });
    expect(by(later, 'first_touch').breachedLeadIds.sort()).toEqual(['late', 'never']);
    expect(by(later, 'first_touch').breachRate).toBeCloseTo(2 / 3, 4);
  });

  it('S4: a longer clock in a draft turns a late touch into a met one', () => {
    const now = T0 + 24 * 60 * MIN;
    expect(by(replayClocks(policy('PT60M'), cal, LEADS, now), 'first_touch')).toMatchObject({
      met: 2,
      breached: 1,
    });
  });

  it('S4: `when` limits a clock to the leads it applies to (class A only)', () => {
    const out = replayClocks(policy(), cal, LEADS, T0 + 24 * 60 * MIN);
    expect(by(out, 'a_proposal')).toMatchObject({ started: 1, met: 1, breached: 0 });
  });

  it('S4: restartOn restarts an open clock (recycle after a touch) without counting a breach', () => {
    const out = replayClocks(policy(), cal, LEADS, T0 + 8 * 24 * 60 * MIN);
    // quick and late restarted on their touch (one cancelled run each) then ran out after 7 days
    expect(by(out, 'recycle')).toMatchObject({ started: 5, cancelled: 2, breached: 3 });
  });

  it('S4: business time uses the calendar (a Friday-evening assignment is due on Monday)', () => {
    const fri = Date.parse('2026-11-06T09:50:00Z'); // Friday 17:50 Shanghai
    const l: ReplayLead = {
      id: 'weekend',
      data: {},
      events: [
        { type: 'lead.assigned', at: fri },
        { type: 'touch.logged', at: fri + 2.5 * 24 * 60 * MIN + 15 * MIN }, // Monday ~10:05 Shanghai
      ],
    };
    const now = fri + 4 * 24 * 60 * MIN;
    expect(by(replayClocks(policy('PT30M', 'business'), cal, [l], now), 'first_touch')).toMatchObject({
      met: 1,
    });
    expect(by(replayClocks(policy('PT30M', 'wall'), cal, [l], now), 'first_touch')).toMatchObject({
      breached: 1,
    });
  });

  it('S4: lead.returned closes every open clock; events after now are ignored', () => {
    const l = lead('returned', 'B', [
      ['lead.assigned', 0],
      ['lead.returned', 5],
      ['lead.assigned', 100],
    ]);
    const out = replayClocks(policy(), cal, [l], T0 + 50 * MIN);
    expect(by(out, 'first_touch')).toMatchObject({ started: 1, cancelled: 1, breached: 0, pending: 0 });
  });
});

describe('S4 replayClocks benchmark', () => {
  it('S4: replays 100,000 leads (4 events each, 3 clocks) well within the simulation budget', () => {
    const many: ReplayLead[] = Array.from({ length: 100_000 }, (_, i) =>
      lead(`l${i}`, i % 4 === 0 ? 'A' : 'B', [
        ['lead.created', i % 600],
        ['lead.assigned', (i % 600) + 1],
        ['touch.logged', (i % 600) + 1 + (i % 90)],
        ['proposal.started', (i % 600) + 200],
      ]),
    );
    const started = performance.now();
    const out = replayClocks(policy(), cal, many, T0 + 30 * 24 * 60 * MIN);
    const ms = performance.now() - started;
    console.log(`S4 SLA replay: 100,000 leads in ${Math.round(ms)} ms`);
    expect(by(out, 'first_touch').started).toBe(100_000);
    expect(ms).toBeLessThan(10_000);
  });
});
