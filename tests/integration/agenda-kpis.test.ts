import { and, eq } from 'drizzle-orm';
import { agendaItems, slaClocks } from '../../server/db/schema';
import { buildAgenda } from '../../server/services/agenda';
import { startTestServer, type TestServer } from './harness';
import { leadFor, newRep, publishBoard, put, type TestRep } from './board-helpers';

let srv: TestServer;
let rep: TestRep;
let leadA: string;

beforeAll(async () => {
  srv = await startTestServer({ scheduler: false });
  await publishBoard(await srv.as('director@demo.local'), { pendingLeads: { amber: 1, red: 2 } });
  rep = await newRep(srv, '测试销售丁');
  leadA = await leadFor(srv, rep.id, { name: '赵总' });
  await leadFor(srv, rep.id);
});
afterAll(() => srv.close());

describe('L8 morning agenda', () => {
  test('L8: red board rows and breached clocks land on the next meeting’s agenda, idempotently', async () => {
    // The test clock is Friday 2026-11-27 10:00 Shanghai: past the 09:00 meeting → Monday 11-30.
    await srv.ctx.db
      .update(slaClocks)
      .set({ state: 'breached' })
      .where(and(eq(slaClocks.leadId, leadA), eq(slaClocks.kind, 'first_touch')));
    const manager = await srv.as('manager@demo.local');
    const r = await manager.get('/agenda');
    expect(r.status).toBe(200);
    expect(r.body.date).toBe('2026-11-30');
    const mine = r.body.items.filter((i: { ownerId: string }) => i.ownerId === rep.id);
    expect(mine.map((i: { kind: string }) => i.kind).sort()).toEqual(['board_red', 'clock_breached']);
    const red = mine.find((i: { kind: string }) => i.kind === 'board_red');
    expect(red).toMatchObject({
      ownerName: '测试销售丁',
      done: false,
      detail: { metric: 'pendingLeads', value: 2 },
    });
    expect(red.title.zh).toContain('待响应线索');
    expect(red.title.en).toContain('leads awaiting response');
    expect(mine.find((i: { kind: string }) => i.kind === 'clock_breached').title.zh).toContain('赵总');

    const again = await manager.get('/agenda?date=2026-11-30');
    expect(again.body.items.map((i: { id: string }) => i.id)).toEqual(
      r.body.items.map((i: { id: string }) => i.id),
    );
    const count = async () =>
      (await srv.ctx.db.select().from(agendaItems).where(eq(agendaItems.date, '2026-11-30'))).length;
    const before = await count();
    expect(await buildAgenda(srv.ctx, '2026-11-30')).toBe(before);
    expect(await count()).toBe(before);
  });

  test('L8: managers tick items off; the tick survives a rebuild; scope rules apply', async () => {
    const manager = await srv.as('manager@demo.local');
    const items = (await manager.get('/agenda?date=2026-11-30')).body.items;
    const item = items.find((i: { ownerId: string }) => i.ownerId === rep.id);
    const done = await manager.post(`/agenda/items/${item.id}/done`, { done: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: item.id, done: true, doneAt: srv.clock.now().toISOString() });
    const after = (await manager.get('/agenda?date=2026-11-30')).body.items.find(
      (i: { id: string }) => i.id === item.id,
    );
    expect(after.done).toBe(true);

    const repClient = await rep.login();
    expect((await repClient.post(`/agenda/items/${item.id}/done`, { done: true })).status).toBe(403);
    const own = (await repClient.get('/agenda?date=2026-11-30')).body.items;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i: { ownerId: string }) => i.ownerId === rep.id)).toBe(true);
    const south = await srv.as('manager2@demo.local');
    expect((await south.post(`/agenda/items/${item.id}/done`, { done: false })).status).toBe(404);
    const southItems = (await south.get('/agenda?date=2026-11-30')).body.items;
    expect(southItems.some((i: { ownerId: string }) => i.ownerId === rep.id)).toBe(false);
    const director = await srv.as('director@demo.local');
    expect((await director.post(`/agenda/items/${item.id}/done`, { done: false })).body.done).toBe(false);
  });

  test('L8: bad agenda inputs are 400/404; a past date is the record and is not rebuilt', async () => {
    const manager = await srv.as('manager@demo.local');
    expect((await manager.get('/agenda?date=2026-13-01')).status).toBe(400);
    expect((await manager.get('/agenda?day=2026-11-30')).status).toBe(400);
    expect((await manager.post('/agenda/items/not-a-uuid/done', { done: true })).status).toBe(404);
    const item = (await manager.get('/agenda?date=2026-11-30')).body.items[0];
    expect((await manager.post(`/agenda/items/${item.id}/done`, { done: 'yes' })).status).toBe(400);
    const past = await manager.get('/agenda?date=2026-11-02');
    expect(past.body).toMatchObject({ date: '2026-11-02', items: [] });
  });
});

describe('L9 process KPIs', () => {
  test('L9: per-rep KPI from clocks and tags, hand-computed; results unmeasured and redistributed', async () => {
    const k = await newRep(srv, '测试销售戊');
    const leads: string[] = [];
    for (let i = 0; i < 4; i++) leads.push(await leadFor(srv, k.id));
    const kc = await k.login();
    await put(kc, `/leads/${leads[0]}/tags`, { tags: ['MES'] });
    await put(kc, `/leads/${leads[1]}/tags`, { tags: ['ERP'] });
    const started = new Date('2026-11-10T03:00:00Z');
    const clock = (kind: string, state: string) => ({
      leadId: leads[0]!,
      kind,
      policyArtifactId: leads[0]!,
      policyVersion: 1,
      state,
      startedAt: started,
      dueAt: new Date(started.getTime() + 1_800_000),
      ownerId: k.id,
    });
    await srv.ctx.db.insert(slaClocks).values([
      clock('first_touch', 'met'),
      clock('first_touch', 'met'),
      clock('first_touch', 'met'),
      clock('tags', 'breached'),
      clock('a_proposal', 'met'),
      clock('quote_feedback', 'breached'),
      clock('recycle', 'breached'), // not in any component
    ]);
    // The tags set above met 2 real tags clocks, and 2 other tags clocks are still running (not decided):
    // response = (3 + 2 met) / (5 + 1 breached) = 5/6; completeness = 2 of 4 leads tagged = 50; pacing = 1/2.
    const manager = await srv.as('manager@demo.local');
    const r = await manager.get(`/kpis?period=2026-11&repId=${k.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ period: '2026-11', from: '2026-10-31T16:00:00.000Z' });
    expect(r.body.items).toHaveLength(1);
    const item = r.body.items[0];
    const byId = Object.fromEntries(item.components.map((c: { id: string }) => [c.id, c]));
    expect(byId.response_timeliness).toMatchObject({ raw: 0.833, weight: 25 });
    expect(byId.requirement_completeness).toMatchObject({ raw: 50, normalised: 20 });
    expect(byId.requirement_completeness.detail.en).toMatch(/interim/);
    expect(byId.proposal_pacing).toMatchObject({ raw: 0.5, normalised: 20 });
    expect(byId.results).toMatchObject({ raw: null, normalised: null, contribution: 0 });
    // (0.333/0.45×100 = 74.07)×25 + 20×20 + 20×15 = 1851.9 + 400 + 300 = 2551.9; ÷ 60 = 42.5
    expect(byId.response_timeliness.normalised).toBe(74.1);
    expect(item.score).toBe(42.5);

    const october = await manager.get(`/kpis?period=2026-10&repId=${k.id}`);
    expect(october.body.items[0].score).toBeNull();
  });

  test('L9: scope and bad inputs', async () => {
    const repClient = await rep.login();
    const own = await repClient.get('/kpis?period=2026-11');
    expect(own.body.items.map((i: { repId: string }) => i.repId)).toEqual([rep.id]);
    const south = await srv.as('manager2@demo.local');
    expect((await south.get(`/kpis?repId=${rep.id}`)).status).toBe(404);
    expect((await repClient.get('/kpis?period=2026-13')).status).toBe(400);
    expect((await repClient.get('/kpis?repId=x')).status).toBe(400);
    expect((await repClient.get('/kpis?period=2026-Q4')).body.period).toBe('2026-Q4');
    expect((await (await srv.as('finance@demo.local')).get('/kpis')).status).toBe(403);
  });
});
