import { eq } from 'drizzle-orm';
import { dealScoreHistory, opportunities } from '../../server/db/schema';
import { startTestServer, type TestServer } from './harness';
import { newDeal } from './forecast-helpers';

let srv: TestServer;
// Starting a seeded server can take a while on a busy machine.
beforeAll(async () => {
  srv = await startTestServer({ scheduler: false, notifyIntervalMs: 0 });
}, 120_000);
afterAll(() => srv.close());

describe('F1/F2 signals on deals', () => {
  test('F2: a rep records a signal with evidence; the score is the weighted sum with each contribution shown', async () => {
    const deal = await newDeal(srv, 'rep1@demo.local');
    const rep = await srv.as('rep1@demo.local');
    const r = await rep.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'uat_core_flows',
      note: '客户在UAT跑通了报工流程',
      fileName: 'UAT记录.xlsx',
    });
    expect(r.status).toBe(201);
    expect(r.body.score).toBe(25);
    expect(r.body.entry).toMatchObject({
      signalId: 'uat_core_flows',
      source: 'manual',
      fileName: 'UAT记录.xlsx',
    });
    const r2 = await rep.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'legal_draft_returned',
      link: 'https://docs.example.cn/contract-v2',
    });
    expect(r2.body.score).toBe(45);

    const s = await rep.get(`/opportunities/${deal.id}/score`);
    expect(s.status).toBe(200);
    expect(s.body.score).toBe(45);
    const uat = s.body.contributions.find((c: any) => c.signalId === 'uat_core_flows');
    expect(uat).toMatchObject({ weight: 25, present: true, label: { zh: '客户开放UAT环境并运行核心流程' } });
    expect(uat.evidence.note).toBe('客户在UAT跑通了报工流程');
    expect(s.body.contributions.find((c: any) => c.signalId === 'cto_workshop').present).toBe(false);
    // F1: the history keeps every change with the artefact version that computed it
    expect(s.body.history.map((h: any) => h.score)).toEqual([25, 45]);
    expect(s.body.history[1].artifact.version).toBe(1);
    expect(s.body.history[1].artifact.id).toBe(s.body.model.id);
    // F3: the probability names its band, sample size and interval
    expect(s.body.probability.band).toEqual([45, 50]);
    expect(typeof s.body.probability.n).toBe('number');
    expect(s.body.probability.interval[0]).toBeLessThanOrEqual(s.body.probability.value);
    expect(s.body.probability.interval[1]).toBeGreaterThanOrEqual(s.body.probability.value);
  });

  test('F2: evidence is required where the model says so, unknown signals and future dates are refused', async () => {
    const deal = await newDeal(srv, 'rep1@demo.local');
    const rep = await srv.as('rep1@demo.local');
    const noEvidence = await rep.post(`/opportunities/${deal.id}/signals`, { signalId: 'uat_core_flows' });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.errors[0].path).toBe('/note');
    const unknown = await rep.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'no_such_signal',
      note: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('/signalId');
    const badLink = await rep.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'cto_workshop',
      link: 'not a link',
    });
    expect(badLink.status).toBe(400);
    expect(badLink.body.errors[0].path).toBe('/link');
    const future = await rep.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'cto_workshop',
      note: '研讨会',
      at: '2030-01-01T00:00:00Z',
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('/at');
  });

  test('F2: scope and rights — another rep gets 404, a consultant 403, the manager may record', async () => {
    const deal = await newDeal(srv, 'rep1@demo.local');
    const other = await srv.as('rep4@demo.local');
    expect(
      (await other.post(`/opportunities/${deal.id}/signals`, { signalId: 'cto_workshop', note: 'x' })).status,
    ).toBe(404);
    expect((await other.get(`/opportunities/${deal.id}/score`)).status).toBe(404);
    const consultant = await srv.as('consultant@demo.local');
    expect(
      (await consultant.post(`/opportunities/${deal.id}/signals`, { signalId: 'cto_workshop', note: 'x' }))
        .status,
    ).toBe(403);
    const manager = await srv.as('manager@demo.local');
    const r = await manager.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'cto_workshop',
      note: 'CTO参会',
    });
    expect(r.status).toBe(201);
    expect((await manager.get('/opportunities/not-a-uuid/score')).status).toBe(404);
  });

  test('F2: removing a signal lowers the score and is kept in the history', async () => {
    const deal = await newDeal(srv, 'rep2@demo.local');
    const rep = await srv.as('rep2@demo.local');
    const a = await rep.post(`/opportunities/${deal.id}/signals`, {
      signalId: 'budget_confirmed',
      note: '预算已批',
    });
    const del = await rep.delete(`/opportunities/${deal.id}/signals/${a.body.entry.id}`);
    expect(del.status).toBe(200);
    expect(del.body.score).toBe(0);
    expect((await rep.delete(`/opportunities/${deal.id}/signals/${a.body.entry.id}`)).status).toBe(404);
    const s = await rep.get(`/opportunities/${deal.id}/score`);
    expect(s.body.history.map((h: any) => [h.score, h.reason])).toEqual([
      [6, 'recorded'],
      [0, 'removed'],
    ]);
  });

  test('F2: a signal with a condition is detected automatically when the deal changes', async () => {
    const deal = await newDeal(srv, 'rep3@demo.local');
    const rep = await srv.as('rep3@demo.local');
    expect((await rep.get(`/opportunities/${deal.id}/score`)).body.score).toBe(0);
    await srv.ctx.db
      .update(opportunities)
      .set({
        tracks: { sales: {}, delivery: { sandbox_opened: { at: srv.clock.now().toISOString(), by: null } } },
      })
      .where(eq(opportunities.id, deal.id));
    const s = await rep.get(`/opportunities/${deal.id}/score`);
    expect(s.body.score).toBe(8);
    const c = s.body.contributions.find((x: any) => x.signalId === 'test_env_account');
    expect(c).toMatchObject({ present: true, mode: 'auto' });
    expect(c.evidence.source).toBe('auto');
    const rows = await srv.ctx.db
      .select()
      .from(dealScoreHistory)
      .where(eq(dealScoreHistory.opportunityId, deal.id));
    expect(rows.map((r) => [r.score, r.reason, r.artifactVersion])).toEqual([
      [0, 'auto', 1],
      [8, 'auto', 1],
    ]);
    // the condition no longer holds: the automatic signal goes away
    await srv.ctx.db
      .update(opportunities)
      .set({ tracks: { sales: {}, delivery: {} } })
      .where(eq(opportunities.id, deal.id));
    expect((await rep.get(`/opportunities/${deal.id}/score`)).body.score).toBe(0);
  });
});

describe('F6 payment feedback on a deal', () => {
  test('F6: a customer paying 90 days on 60-day terms lowers the deal weight with the reason; 45 on 60 does not', async () => {
    const finance = await srv.as('finance@demo.local');
    const slow = await newDeal(srv, 'rep1@demo.local', { paymentTermsDays: 60 });
    const fine = await newDeal(srv, 'rep1@demo.local', { paymentTermsDays: 60 });
    for (const [deal, days] of [
      [slow, 90],
      [fine, 45],
    ] as const) {
      for (const invoiceDate of ['2026-01-10', '2026-04-10']) {
        const r = await finance.post('/payment-cycles', { customerId: deal.customerId, invoiceDate, days });
        expect(r.status).toBe(201);
      }
    }
    const director = await srv.as('director@demo.local');
    const s = await director.get(`/opportunities/${slow.id}/score`);
    expect(s.body.paymentFactor).toBe(0.85); // 30 days over terms: the first step (over 0, not over 30)
    expect(s.body.reason.zh).toBe('客户历史回款周期长于合同账期');
    expect(s.body.paymentAvgDays).toBe(90);
    const f = await director.get(`/opportunities/${fine.id}/score`);
    expect(f.body.paymentFactor).toBe(1);
    expect(f.body.reason).toBeNull();
  });

  test('F6: payment cycles validate, import by customer name and need forecast:manage', async () => {
    const finance = await srv.as('finance@demo.local');
    const deal = await newDeal(srv, 'rep2@demo.local');
    const bad = await finance.post('/payment-cycles', {
      customerId: deal.customerId,
      invoiceDate: '2026-05-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/paidDate');
    const before = await finance.post('/payment-cycles', {
      customerId: deal.customerId,
      invoiceDate: '2026-05-01',
      paidDate: '2026-04-01',
    });
    expect(before.status).toBe(400);
    const rep = await srv.as('rep2@demo.local');
    expect(
      (await rep.post('/payment-cycles', { customerId: deal.customerId, invoiceDate: '2026-05-01', days: 3 }))
        .status,
    ).toBe(403);
    const [c] = await srv.ctx.db.select().from(opportunities).where(eq(opportunities.id, deal.id));
    const list0 = await finance.get(`/payment-cycles?customerId=${c!.customerId}`);
    expect(list0.body.customers).toEqual([]);
    const { customers } = await import('../../server/db/schema');
    const [cust] = await srv.ctx.db.select().from(customers).where(eq(customers.id, c!.customerId!));
    const imp = await finance.post('/payment-cycles/import', {
      rows: [
        { customerName: cust!.name, invoiceDate: '2026-03-01', paidDate: '2026-05-15' },
        { customerName: '不存在的公司', invoiceDate: '2026-03-01', days: 30 },
      ],
    });
    expect(imp.status).toBe(200);
    expect(imp.body.imported).toBe(1);
    expect(imp.body.rejected).toEqual([
      { row: 2, path: '/rows/1/customerName', message: 'no customer with this name' },
    ]);
    const list = await finance.get(`/payment-cycles?customerId=${c!.customerId}`);
    expect(list.body.customers[0]).toMatchObject({ invoices: 1, avgDays: 75, termsDays: 60 });
  });
});
