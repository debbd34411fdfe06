// L5: a whole escalation ladder in real time — a PT3S first-touch clock reminds the owner,
// breaches, notifies the supervisor and reassigns the lead, live (SSE bus) and in the timeline.
import { systemClock } from '../../server/context';
import type { DomainEvent } from '../../server/events/bus';
import { clockOf, publishSla, supervisorOf, timeline, waitForEvent } from './clock-helpers';
import { sampleLead, startTestServer, type TestServer } from './harness';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ clock: systemClock, schedulerIntervalMs: 100 });
});
afterAll(() => srv.close());

test('L5: whole escalation in real time (PT3S: warned → breached → escalated → reassigned)', async () => {
  const director = await srv.as('director@demo.local');
  await publishSla(director, {
    first_touch: {
      within: 'PT3S',
      escalation: [
        { at: '50%', action: 'remind_owner' },
        { at: '100%', action: 'notify_supervisor' },
        { at: 'PT2S', action: 'reassign' },
      ],
    },
  });
  const live: DomainEvent[] = [];
  const unsubscribe = srv.ctx.bus.subscribe((e) => live.push(e));
  const started = Date.now();
  const r = await director.post('/leads', sampleLead());
  expect(r.status).toBe(201);
  const { id, ownerId } = r.body;
  const first = clockOf((await director.get(`/leads/${id}`)).body, 'first_touch');
  expect(Date.parse(first.dueAt) - Date.parse(first.startedAt)).toBe(3000);

  await waitForEvent(director, id, 'lead.reassigned', 10_000);
  const elapsed = Date.now() - started;
  unsubscribe();
  expect(elapsed).toBeGreaterThanOrEqual(4900);
  expect(elapsed).toBeLessThan(10_000);

  const items = await timeline(director, id);
  const ladder = items.filter((e) => e.data.clockId === first.id && e.type !== 'clock.started');
  expect(ladder.map((e) => e.type)).toEqual([
    'clock.warned',
    'clock.breached',
    'lead.escalated',
    'lead.reassigned',
  ]);
  const at = (type: string) =>
    Date.parse(ladder.find((e) => e.type === type)!.at) - Date.parse(first.startedAt);
  expect(at('clock.warned')).toBeGreaterThanOrEqual(1500);
  expect(at('clock.breached')).toBeGreaterThanOrEqual(3000);
  expect(at('lead.reassigned')).toBeGreaterThanOrEqual(5000);
  expect(at('lead.reassigned')).toBeLessThan(6500);
  const escalated = ladder.find((e) => e.type === 'lead.escalated')!;
  expect(escalated.data.supervisorId).toBe(await supervisorOf(srv.ctx, ownerId));
  const reassigned = ladder.find((e) => e.type === 'lead.reassigned')!;
  expect(reassigned.data).toMatchObject({ from: ownerId, kind: 'first_touch' });
  expect(reassigned.data.to).not.toBe(ownerId);

  // The new owner holds the lead (and its customer) and a fresh first-touch clock of their own.
  const lead = (await director.get(`/leads/${id}`)).body;
  expect(lead.ownerId).toBe(reassigned.data.to);
  const assigned = items.filter((e) => e.type === 'lead.assigned');
  expect(assigned.at(-1)!.data).toMatchObject({ via: 'reassign', from: ownerId });
  const clocks = lead.clocks.filter((c: any) => c.kind === 'first_touch');
  expect(clocks[0]).toMatchObject({ id: first.id, state: 'breached' });
  expect(clocks.length).toBeGreaterThanOrEqual(2);
  expect(Date.parse(clocks[1].startedAt)).toBeGreaterThanOrEqual(Date.parse(reassigned.at));

  // Live subscribers (SSE) saw every step from the clock's start, addressed to the right owner.
  const seen = live.filter((e) => e.leadId === id && e.data.clockId === first.id).map((e) => e.type);
  expect(seen).toEqual([
    'clock.started',
    'clock.warned',
    'clock.breached',
    'lead.escalated',
    'lead.reassigned',
  ]);
  const pop = live.find((e) => e.leadId === id && e.type === 'lead.assigned' && e.data.via === 'reassign');
  expect(pop?.ownerId).toBe(reassigned.data.to);
}, 20_000);
