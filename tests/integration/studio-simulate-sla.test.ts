// S4 simulate an SLA-policy draft: POST /api/artifacts/:id/simulate replays last month's lead
// events through the draft and the published policy (engine clock maths) and says, per clock,
// how many runs would have been met or breached, and which leads would breach.
import { recordEvent } from './clock-helpers';
import { sampleLead, startTestServer, type Client, type TestServer } from './harness';

let srv: TestServer;
let director: Client;
let sla: { id: string };
let published: { clocks: { id: string; within: string; time: string }[] };
const MIN = 60_000;

interface Outcome {
  id: string;
  started: number;
  met: number;
  breached: number;
  pending: number;
  breachedLeadIds: string[];
}
interface Sim {
  kind: string;
  evaluated: number;
  publishedVersion: number | null;
  window: { days: number };
  clocks: { id: string; before: Outcome | null; after: Outcome }[];
}

/** A new lead (assigned on creation), touched `touchAfter` minutes after its assignment. */
async function leadTouchedAfter(touchAfter: number): Promise<string> {
  const r = await director.post('/leads', sampleLead());
  expect(r.status).toBe(201);
  const id = (r.body.id ?? r.body.lead?.id) as string;
  srv.clock.advance(touchAfter * MIN);
  const lead = (await director.get(`/leads/${id}`)).body;
  await recordEvent(srv.ctx, id, 'touch.logged', lead.ownerId ?? lead.owner?.id ?? null, { channel: 'call' });
  return id;
}

beforeAll(async () => {
  srv = await startTestServer();
  director = await srv.as('director@demo.local');
  sla = (await director.get('/artifacts?kind=sla-policy')).body.items[0];
  published = (await director.get(`/artifacts/${sla.id}`)).body.content;
}, 180_000);
afterAll(() => srv.close());

const simulate = (body: unknown) => director.post<Sim>(`/artifacts/${sla.id}/simulate`, body);
const clock = (s: Sim, id: string) => s.clocks.find((c) => c.id === id)!;

describe('S4 SLA policy simulation', () => {
  let quick: string;
  let late: string;

  beforeAll(async () => {
    quick = await leadTouchedAfter(10); // within 30 min
    late = await leadTouchedAfter(45); // 45 min: breaches PT30M, meets PT60M
    srv.clock.advance(5 * MIN);
  }, 120_000);

  test('S4: the published policy as a draft gives the same counts before and after', async () => {
    const r = await simulate({ content: published });
    expect(r.status).toBe(200);
    expect(r.body.kind).toBe('sla-policy');
    expect(r.body.window.days).toBe(30);
    expect(r.body.evaluated).toBeGreaterThanOrEqual(2);
    expect(r.body.publishedVersion).toEqual(expect.any(Number));
    for (const c of r.body.clocks) expect(c.after).toEqual(c.before);
    const first = clock(r.body, 'first_touch').after;
    expect(first.breachedLeadIds).toContain(late);
    expect(first.breachedLeadIds).not.toContain(quick);
    expect(first.met).toBeGreaterThanOrEqual(1);
  });

  test('S4: a longer first-touch clock in the draft turns the 45-minute touch from breached to met', async () => {
    const draft = structuredClone(published);
    draft.clocks = draft.clocks.map((c) => (c.id === 'first_touch' ? { ...c, within: 'PT60M' } : c));
    const r = await simulate({ content: draft });
    expect(r.status).toBe(200);
    const c = clock(r.body, 'first_touch');
    expect(c.before!.breachedLeadIds).toContain(late);
    expect(c.after.breachedLeadIds).not.toContain(late);
    // every run that stops breaching is met instead (demo leads touched within the hour move too)
    expect(c.after.breached).toBeLessThanOrEqual(c.before!.breached - 1);
    expect(c.after.met - c.before!.met).toBe(c.before!.breached - c.after.breached);
    // the other clocks are untouched by the change
    for (const other of r.body.clocks.filter((x) => x.id !== 'first_touch'))
      expect(other.after).toEqual(other.before);
  });

  test('S4: a shorter clock breaches more; a window of days outside the leads evaluates nothing new', async () => {
    const draft = structuredClone(published);
    draft.clocks = draft.clocks.map((c) => (c.id === 'first_touch' ? { ...c, within: 'PT5M' } : c));
    const r = await simulate({ content: draft, days: 1 });
    expect(r.status).toBe(200);
    const c = clock(r.body, 'first_touch');
    expect(c.after.breachedLeadIds).toEqual(expect.arrayContaining([quick, late]));
    expect(r.body.window.days).toBe(1);
  });

  test('S4/S5: an invalid draft answers 400 under /content; days outside 1..92 answers 400; finance gets 403', async () => {
    const bad = structuredClone(published);
    bad.clocks[0]!.within = 'five minutes';
    const r = await simulate({ content: bad });
    expect(r.status).toBe(400);
    expect(r.body as unknown as { errors: { path: string }[] }).toEqual({
      errors: expect.arrayContaining([
        expect.objectContaining({ path: expect.stringMatching(/^\/content\/clocks\/0/) }),
      ]),
    });
    expect((await simulate({ content: published, days: 500 })).status).toBe(400);
    const finance = await srv.as('finance@demo.local');
    expect((await finance.post(`/artifacts/${sla.id}/simulate`, { content: published })).status).toBe(403);
  });
});
