// The rep's workbench API: chat auto-fill (C7), today's battle report (W2) and the queue (W1).
import { eq } from 'drizzle-orm';
import { leads, slaClocks } from '../../server/db/schema';
import { CHAT_SAMPLES } from '../../engine/chat/samples';
import { startTestServer, type TestServer } from './harness';
import { leadFor, newRep, type TestRep } from './board-helpers';

let srv: TestServer;
let rep: TestRep;
const MIN = 60_000;

beforeAll(async () => {
  srv = await startTestServer({ scheduler: false });
  rep = await newRep(srv, '测试销售乙');
}, 180_000);
afterAll(() => srv.close());

describe('C7 POST /api/extract/chat', () => {
  test('C7: returns suggestions with field, value and source line (yuan, ISO dates, system lists)', async () => {
    const c = await srv.as('rep1@demo.local');
    const r = await c.post('/extract/chat', { text: CHAT_SAMPLES[0]!.text });
    expect(r.status).toBe(200);
    const s = r.body.suggestions as { field: string; value: unknown; source: { line: number } }[];
    expect(s).toContainEqual(
      expect.objectContaining({
        field: 'budget',
        value: 350000,
        source: expect.objectContaining({ line: 4 }),
      }),
    );
    expect(s).toContainEqual(expect.objectContaining({ field: 'expectedGoLive', value: '2027-03-15' }));
    expect(s).toContainEqual(expect.objectContaining({ field: 'contact.phone', value: '13812345678' }));
    expect(s).toContainEqual(
      expect.objectContaining({ field: 'company.name', value: '苏州华东精密机械有限公司' }),
    );
    const systems = s.find((x) => x.field === 'existingSystems')!;
    expect(Array.isArray(systems.value)).toBe(true);
    // Relative dates resolve against the server clock (2026-11-27, a Friday, in Shanghai).
    const next = await c.post('/extract/chat', { text: '张总：预算三十五万，下周三来演示' });
    expect(next.body.suggestions).toContainEqual(
      expect.objectContaining({
        field: 'touch.at',
        value: '2026-12-02',
        source: expect.objectContaining({ line: 1 }),
      }),
    );
  });

  test('C7: empty, blank, oversized or malformed text is a 400 with the field path', async () => {
    const c = await srv.as('rep1@demo.local');
    for (const body of [
      { text: '' },
      { text: '   \n ' },
      { text: 'x'.repeat(20001) },
      {},
      { text: 3 },
      { text: 'a', extra: 1 },
    ]) {
      const r = await c.post('/extract/chat', body);
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toEqual(
        expect.objectContaining({ path: expect.any(String), message: expect.any(String) }),
      );
    }
    expect((await srv.anonymous().post('/extract/chat', { text: '预算35万' })).status).toBe(401);
  });
});

describe('W1 GET /api/workbench/queue and W2 GET /api/battle-report', () => {
  test("W1: the queue holds only the rep's open leads, overdue clocks first", async () => {
    const a = await leadFor(srv, rep.id);
    const b = await leadFor(srv, rep.id);
    const now = srv.clock.now().getTime();
    await srv.ctx.db
      .update(slaClocks)
      .set({ dueAt: new Date(now - 5 * MIN) })
      .where(eq(slaClocks.leadId, b));
    await srv.ctx.db
      .update(slaClocks)
      .set({ dueAt: new Date(now + 60 * MIN) })
      .where(eq(slaClocks.leadId, a));
    const c = await rep.login();
    const r = await c.get('/workbench/queue');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: any) => i.id)).toEqual([b, a]);
    expect(r.body.items[0]).toMatchObject({
      urgency: 'overdue',
      grade: {
        class: expect.any(String),
        hits: expect.any(Array),
        artifact: { id: expect.any(String), version: expect.any(Number) },
      },
    });
    expect(r.body.items[0].clocks[0]).toEqual(
      expect.objectContaining({ kind: expect.any(String), dueAt: expect.any(String) }),
    );
    // Another rep sees none of them.
    const other = await (await srv.as('rep1@demo.local')).get('/workbench/queue');
    expect(other.body.items.some((i: any) => i.id === a || i.id === b)).toBe(false);
  });

  test("W2: the battle report is built from the rep's real touches, fast A-lead responses and proposals", async () => {
    const lead = await leadFor(srv, rep.id);
    const now = srv.clock.now().getTime();
    await srv.ctx.db
      .update(leads)
      .set({ gradeClass: 'A', assignedAt: new Date(now - 10 * MIN), name: '华东精密MES项目' })
      .where(eq(leads.id, lead));
    const c = await rep.login();
    expect(
      (
        await c.post(`/leads/${lead}/touches`, {
          channel: 'call',
          note: '客户痛点是交期延误，报工靠纸质单据，希望上MES',
        })
      ).status,
    ).toBe(201);
    const sent = await c.post(`/leads/${lead}/proposals`, {
      kind: 'quote',
      title: 'MES一期报价',
      amount: 350000,
    });
    expect(sent.status).toBe(201);
    const opened = await srv.anonymous().request('GET', `/../p/${sent.body.token}`);
    expect([200, 404]).toContain(opened.status);

    const r = await c.get('/battle-report');
    expect(r.status).toBe(200);
    expect(r.body.date).toBe('2026-11-27');
    const kinds = r.body.cards.map((x: any) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(['fastTouch', 'touches', 'proposalsSent']));
    expect(r.body.cards.find((x: any) => x.kind === 'fastTouch')).toMatchObject({
      count: 1,
      names: ['华东精密MES项目'],
    });
    expect(r.body.cards.find((x: any) => x.kind === 'proposalsSent')).toMatchObject({
      count: 1,
      params: { quotes: 1 },
    });

    // Another day: nothing happened → one quiet card. A bad date → 400.
    expect((await c.get('/battle-report?date=2026-11-20')).body.cards).toEqual([
      expect.objectContaining({ kind: 'quiet' }),
    ]);
    expect((await c.get('/battle-report?date=2026-13-40')).status).toBe(400);
    // The manager sees the team's day, which includes this rep's touch.
    const m = await (await srv.as('manager@demo.local')).get('/battle-report');
    expect(m.body.cards.find((x: any) => x.kind === 'touches')?.names).toContain('华东精密MES项目');
  });
});
