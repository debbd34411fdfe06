// L5: the 5-30-120 clocks start with the events the published sla-policy names, are stopped by
// the events that satisfy them, and show on GET /api/leads/:id and its timeline.
import { clockOf, hasTouchRoute, publishSla, recordEvent, timeline } from './clock-helpers';
import { sampleLead, startTestServer, TestClock, type Client, type TestServer } from './harness';

const MIN = 60_000;
let srv: TestServer;
let director: Client;
beforeAll(async () => {
  srv = await startTestServer();
  director = await srv.as('director@demo.local');
});
afterAll(() => srv.close());

const weakLead = () =>
  sampleLead({
    source: { channel: 'cold_call' },
    behaviour: {},
    company: { name: `小店${Math.random()}`, registeredCapital: 100_000, industry: 'retail_chain' },
  });

async function newLead(body = sampleLead()) {
  const r = await director.post('/leads', body);
  expect(r.status).toBe(201);
  expect(r.body.ownerId).toBeTruthy();
  return r.body as { id: string; ownerId: string; grade: { class: string } };
}

test('L5: a lead assigned gets first_touch/tags/recycle clocks due per policy', async () => {
  const t0 = srv.clock.now().getTime();
  const { id } = await newLead();
  const lead = (await director.get(`/leads/${id}`)).body;
  const due = (kind: string) => Date.parse(clockOf(lead, kind).dueAt) - t0;
  expect(due('first_touch')).toBe(30 * MIN);
  expect(due('tags')).toBe(120 * MIN);
  expect(due('recycle')).toBe(7 * 24 * 60 * MIN);
  expect(clockOf(lead, 'first_touch')).toMatchObject({
    state: 'running',
    startedAt: new Date(t0).toISOString(),
    label: { zh: '30分钟内首次电话/微信触达', en: 'First call or WeChat within 30 minutes' },
  });
  // The assign clock started at lead.created and was met by lead.assigned in the same transaction.
  expect(lead.clocks.find((c: any) => c.kind === 'assign').state).toBe('met');
  const types = (await timeline(director, id)).map((e) => e.type);
  expect(types.slice(0, 3)).toEqual(['lead.created', 'clock.started', 'lead.graded']);
  expect(types).toContain('clock.met');
  expect(types.filter((t) => t === 'clock.started')).toHaveLength(5);
});

test('L5: class-A lead gets a_proposal; a class-D lead does not', async () => {
  const a = await newLead();
  expect(a.grade.class).toBe('A');
  const leadA = (await director.get(`/leads/${a.id}`)).body;
  expect(
    Date.parse(clockOf(leadA, 'a_proposal').dueAt) - Date.parse(clockOf(leadA, 'a_proposal').startedAt),
  ).toBe(120 * MIN);
  const d = await newLead(weakLead());
  expect(d.grade.class).toBe('D');
  const leadD = (await director.get(`/leads/${d.id}`)).body;
  expect(leadD.clocks.map((c: any) => c.kind).sort()).toEqual(['assign', 'first_touch', 'recycle', 'tags']);
});

test('L5: a touch stops first_touch (met) and restarts the recycle clock; tags stop the tags clock', async () => {
  const { id, ownerId } = await newLead();
  srv.clock.advance(10 * MIN);
  if (hasTouchRoute(srv.ctx)) {
    const users = (await director.get('/users')).body.items as { id: string; email: string }[];
    const rep = await srv.as(users.find((u) => u.id === ownerId)!.email);
    const r = await rep.post(`/leads/${id}/touches`, { channel: 'call', note: '首次电话沟通' });
    expect(r.status).toBe(201);
  } else {
    await recordEvent(srv.ctx, id, 'touch.logged', ownerId, { channel: 'call' });
  }
  await recordEvent(srv.ctx, id, 'lead.tagged', ownerId, { tags: ['erp'] });
  const lead = (await director.get(`/leads/${id}`)).body;
  const touch = lead.clocks.find((c: any) => c.kind === 'first_touch');
  expect(touch).toMatchObject({ state: 'met', stoppedBy: 'touch.logged' });
  expect(lead.clocks.find((c: any) => c.kind === 'tags')).toMatchObject({
    state: 'met',
    stoppedBy: 'lead.tagged',
  });
  const recycles = lead.clocks.filter((c: any) => c.kind === 'recycle');
  expect(recycles.map((c: any) => c.state)).toEqual(['cancelled', 'running']);
  expect(Date.parse(recycles[1].startedAt)).toBe(srv.clock.now().getTime());
  const met = (await timeline(director, id)).filter((e) => e.type === 'clock.met');
  expect(met.map((e) => e.data.kind).sort()).toEqual(['assign', 'first_touch', 'tags']);
  // A met clock never fires: advance past its ladder and nothing is warned.
  srv.clock.advance(2 * 60 * MIN);
  await new Promise((r) => setTimeout(r, 700));
  const after = await timeline(director, id);
  expect(
    after.filter((e) => e.type.startsWith('clock.') && e.data.kind === 'first_touch').map((e) => e.type),
  ).toEqual(['clock.started', 'clock.met']);
});

test('L5: timeline and clocks keep the record-level scope (a rep sees only their own lead)', async () => {
  const { id, ownerId } = await newLead();
  const all = (await director.get('/users')).body.items as { id: string; email: string }[];
  const owner = all.find((u) => u.id === ownerId)!;
  const other = all.find((u) => u.email.startsWith('rep') && u.id !== ownerId)!;
  const mine = await srv.as(owner.email);
  expect((await mine.get(`/leads/${id}/timeline`)).status).toBe(200);
  expect((await mine.get(`/leads/${id}`)).body.clocks.length).toBeGreaterThan(0);
  const theirs = await srv.as(other.email);
  expect((await theirs.get(`/leads/${id}/timeline`)).status).toBe(404);
  expect((await theirs.get(`/leads/not-a-uuid/timeline`)).status).toBe(404);
  expect((await srv.anonymous().get(`/leads/${id}/timeline`)).status).toBe(401);
  const items = (await mine.get(`/leads/${id}/timeline`)).body.items;
  expect(items[0]).toMatchObject({ type: 'lead.created', actorId: expect.any(String), actorName: '陈志远' });
  for (let i = 1; i < items.length; i++) expect(items[i].at >= items[i - 1].at).toBe(true);
});

test('L5: business-time due times through the API (Chinese calendar, make-up Saturday)', async () => {
  // Friday 2026-10-09 17:00 in Shanghai; Saturday 10-10 is a make-up workday after National Day.
  const biz = await startTestServer({ clock: new TestClock(Date.parse('2026-10-09T09:00:00Z')) });
  try {
    const dir = await biz.as('director@demo.local');
    await publishSla(dir, {
      first_touch: { time: 'business', within: 'PT2H' },
      tags: { time: 'business', within: 'P1D' },
    });
    const r = await dir.post('/leads', sampleLead());
    const lead = (await dir.get(`/leads/${r.body.id}`)).body;
    expect(clockOf(lead, 'first_touch')).toMatchObject({
      time: 'business',
      dueAt: '2026-10-10T02:00:00.000Z',
    });
    // One working day later, same local time: Saturday 10-10 17:00 (make-up day) → 09:00Z.
    expect(clockOf(lead, 'tags').dueAt).toBe('2026-10-10T09:00:00.000Z');
    expect(clockOf(lead, 'recycle')).toMatchObject({ time: 'wall', dueAt: '2026-10-16T09:00:00.000Z' });
  } finally {
    await biz.close();
  }
});
