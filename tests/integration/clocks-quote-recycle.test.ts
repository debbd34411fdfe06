// L6: sending a quote starts a 3-day feedback clock that escalates to the supervisor when
// overdue. L7: a lead untouched for 7 days goes back to the pool; every touch restarts that clock.
import {
  clockOf,
  persistentClient,
  recordEvent,
  supervisorOf,
  timeline,
  waitForEvent,
} from './clock-helpers';
import { sampleLead, startTestServer, type Client, type TestServer } from './harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let srv: TestServer;
let director: Client;
beforeAll(async () => {
  srv = await startTestServer();
  director = persistentClient(() => srv.as('director@demo.local'));
});
afterAll(() => srv.close());

/** A lead whose 5-30-120 clocks are all satisfied, so only the clocks under test remain. */
async function workedLead() {
  const r = await director.post('/leads', sampleLead());
  const { id, ownerId } = r.body as { id: string; ownerId: string };
  await recordEvent(srv.ctx, id, 'touch.logged', ownerId, { channel: 'call' });
  await recordEvent(srv.ctx, id, 'lead.tagged', ownerId, { tags: ['mes'] });
  await recordEvent(srv.ctx, id, 'proposal.started', ownerId);
  return { id, ownerId };
}

test('L6: quote.sent starts a 3-day quote_feedback clock; overdue escalates to the supervisor', async () => {
  const { id, ownerId } = await workedLead();
  srv.clock.advance(HOUR);
  const sentAt = srv.clock.now().getTime();
  await recordEvent(srv.ctx, id, 'quote.sent', ownerId, { amount: 480_000 });
  const clock = clockOf((await director.get(`/leads/${id}`)).body, 'quote_feedback');
  expect(Date.parse(clock.dueAt) - sentAt).toBe(3 * DAY);

  srv.clock.advance(2 * DAY + HOUR); // past 67 %: the owner is reminded
  const warned = await waitForEvent(director, id, 'clock.warned', 5000, (d) => d.kind === 'quote_feedback');
  expect(warned.data.stepAt).toBe('67%');
  expect((await timeline(director, id)).some((e) => e.type === 'lead.escalated')).toBe(false);

  srv.clock.advance(DAY); // overdue
  const escalated = await waitForEvent(
    director,
    id,
    'lead.escalated',
    5000,
    (d) => d.kind === 'quote_feedback',
  );
  expect(escalated.data.supervisorId).toBe(await supervisorOf(srv.ctx, ownerId));
  expect(escalated.data.supervisorId).toBeTruthy();
  const lead = (await director.get(`/leads/${id}`)).body;
  expect(lead.clocks.find((c: any) => c.kind === 'quote_feedback').state).toBe('breached');
  expect(lead.ownerId).toBe(ownerId); // escalated, not taken away
  const types = (await timeline(director, id))
    .filter((e) => e.data.kind === 'quote_feedback')
    .map((e) => e.type);
  expect(types).toEqual(['clock.started', 'clock.warned', 'clock.breached', 'lead.escalated']);
});

test('L6: feedback in time meets the quote clock', async () => {
  const { id, ownerId } = await workedLead();
  await recordEvent(srv.ctx, id, 'quote.sent', ownerId);
  srv.clock.advance(DAY);
  await recordEvent(srv.ctx, id, 'quote.feedback', ownerId, { outcome: 'negotiating' });
  const lead = (await director.get(`/leads/${id}`)).body;
  expect(lead.clocks.find((c: any) => c.kind === 'quote_feedback')).toMatchObject({ state: 'met' });
});

test('L7: 7 days without a touch returns the lead to the pool; a touch restarts the recycle clock', async () => {
  const kept = await workedLead();
  const idle = await workedLead();
  const t0 = srv.clock.now().getTime();
  srv.clock.advance(6 * DAY);
  await recordEvent(srv.ctx, kept.id, 'touch.logged', kept.ownerId, { channel: 'wechat' });
  const restarted = clockOf((await director.get(`/leads/${kept.id}`)).body, 'recycle');
  expect(Date.parse(restarted.dueAt)).toBe(t0 + 13 * DAY);

  srv.clock.advance(DAY + 60_000); // 7 days after the last touch of `idle`
  await waitForEvent(director, idle.id, 'lead.returned', 5000);
  const pooled = (await director.get(`/leads/${idle.id}`)).body;
  expect(pooled).toMatchObject({ status: 'pooled', ownerId: null });
  expect(pooled.clocks.filter((c: any) => c.state === 'running')).toEqual([]);
  const returned = (await timeline(director, idle.id)).find((e) => e.type === 'lead.returned')!;
  expect(returned.data).toMatchObject({ from: idle.ownerId, kind: 'recycle' });
  // The customer has no owner any more either: the next lead for it is assigned afresh.
  expect(await customerOwner(pooled.customerId)).toBeNull();

  const still = (await director.get(`/leads/${kept.id}`)).body;
  expect(still).toMatchObject({ ownerId: kept.ownerId });
  expect(still.status).not.toBe('pooled');

  srv.clock.advance(6 * DAY); // 13 days after t0: 7 days after the second touch
  await waitForEvent(director, kept.id, 'lead.returned', 5000);
  expect((await director.get(`/leads/${kept.id}`)).body.status).toBe('pooled');
});

async function customerOwner(customerId: string) {
  const { customers } = await import('../../server/db/schema');
  const { eq } = await import('drizzle-orm');
  const [c] = await srv.ctx.db.select().from(customers).where(eq(customers.id, customerId));
  return c!.ownerId;
}

test('L5: reminders go to the owner before the breach and fire once each', async () => {
  const r = await director.post('/leads', sampleLead());
  const { id } = r.body;
  srv.clock.advance(16 * 60_000); // first_touch 50 % = 15 min
  await waitForEvent(director, id, 'clock.warned', 5000, (d) => d.kind === 'first_touch');
  await new Promise((res) => setTimeout(res, 600)); // several more scheduler ticks
  const warned = (await timeline(director, id)).filter(
    (e) => e.type === 'clock.warned' && e.data.kind === 'first_touch',
  );
  expect(warned).toHaveLength(1);
});
