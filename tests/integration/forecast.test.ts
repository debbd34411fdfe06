import { signalModelOf } from '../../server/services/forecast-scope';
import { simulateSignalModel } from '../../server/services/simulate-signals';
import { startTestServer, type TestServer } from './harness';
import { newDeal, userId } from './forecast-helpers';

let srv: TestServer;
// Starting a seeded server can take a while on a busy machine.
beforeAll(async () => {
  srv = await startTestServer({ scheduler: false, notifyIntervalMs: 0 });
}, 120_000);
afterAll(() => srv.close());

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('F4 GET /api/forecast', () => {
  test('F4: the contract shape, and the total is won so far + Σ deal contributions + new business', async () => {
    const finance = await srv.as('finance@demo.local');
    const r = await finance.get('/forecast?period=2026-Q4');
    expect(r.status).toBe(200);
    const f = r.body;
    for (const k of ['total', 'committed', 'bestCase', 'wonSoFar', 'newBusiness'])
      expect(typeof f[k]).toBe('number');
    expect(f.deals.length).toBeGreaterThanOrEqual(30); // the demo's open deals
    for (const d of f.deals) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['id', 'amount', 'score', 'probability', 'band', 'contribution']),
      );
      expect(d.probability).toBeGreaterThan(0);
      expect(d.probability).toBeLessThan(1);
      expect(d.contribution).toBeCloseTo(d.amount * d.probability * d.pClose * d.paymentFactor, 4);
    }
    expect(f.total).toBeCloseTo(f.wonSoFar + sum(f.deals.map((d: any) => d.contribution)) + f.newBusiness, 2);
    expect(f.committed).toBeLessThanOrEqual(f.total);
    expect(f.bestCase).toBeGreaterThanOrEqual(f.total);
    // what the number rests on: the parts add up to the total
    expect(f.composition.map((c: any) => c.key)).toEqual(['won', 'strong', 'medium', 'weak', 'new_business']);
    expect(sum(f.composition.map((c: any) => c.share))).toBeCloseTo(1, 6);
    expect(sum(f.composition.map((c: any) => c.amount))).toBeCloseTo(f.total, 2);
    // per team and per rep
    expect(f.byTeam.map((t: any) => t.name).sort()).toEqual(['华东大客户组', '华南行业组']);
    expect(sum(f.byOwner.map((o: any) => o.total))).toBeCloseTo(f.wonSoFar + f.pipeline, 2);
    // F6: the demo has slow payers whose deals carry a lowered factor with the reason
    const slow = f.deals.filter((d: any) => d.paymentFactor < 1);
    expect(slow.length).toBeGreaterThan(0);
    expect(slow[0].paymentReason.zh).toMatch(/回款/);
  });

  test('F4: scoped — a rep sees their own deals, a manager the team, finance everyone; team and owner filters', async () => {
    const rep1 = await userId(srv, 'rep1@demo.local');
    const rep4 = await userId(srv, 'rep4@demo.local');
    const all = (await (await srv.as('finance@demo.local')).get('/forecast?period=2026-Q4')).body;
    const mine = (await (await srv.as('rep1@demo.local')).get('/forecast?period=2026-Q4')).body;
    expect(mine.deals.length).toBeGreaterThan(0);
    expect(mine.deals.every((d: any) => d.ownerId === rep1)).toBe(true);
    const team = (await (await srv.as('manager@demo.local')).get('/forecast?period=2026-Q4')).body;
    expect(team.deals.some((d: any) => d.ownerId === rep4)).toBe(false);
    expect(team.deals.length).toBeGreaterThan(mine.deals.length);
    expect(all.deals.length).toBeGreaterThan(team.deals.length);
    const south = all.byTeam.find((t: any) => t.name === '华南行业组').teamId;
    const director = await srv.as('director@demo.local');
    const bySouth = (await director.get(`/forecast?period=2026-Q4&team=${south}`)).body;
    expect(bySouth.deals.every((d: any) => d.ownerId === rep4)).toBe(true);
    const byOwner = (await director.get(`/forecast?period=2026-Q4&owner=${rep1}`)).body;
    expect(byOwner.deals.map((d: any) => d.id).sort()).toEqual(mine.deals.map((d: any) => d.id).sort());
    // a rep asking for another rep's numbers gets nothing of theirs
    const peek = (await (await srv.as('rep1@demo.local')).get(`/forecast?period=2026-Q4&owner=${rep4}`)).body;
    expect(peek.deals).toEqual([]);
  });

  test('F4: bad periods and ids are 400, roles without forecast:read 403', async () => {
    const finance = await srv.as('finance@demo.local');
    const bad = await finance.get('/forecast?period=2027Q1');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/period');
    expect((await finance.get('/forecast?team=nope')).status).toBe(400);
    expect((await finance.get('/forecast?foo=1')).status).toBe(400);
    expect((await (await srv.as('delivery@demo.local')).get('/forecast')).status).toBe(403);
    expect((await srv.anonymous().get('/forecast')).status).toBe(401);
    const future = await finance.get('/forecast?period=2027-Q1');
    expect(future.status).toBe(200);
    expect(future.body.wonSoFar).toBe(0);
    expect(future.body.period).toBe('2027-Q1');
  });

  test('F4: recording a strong signal moves the deal up and the forecast with it', async () => {
    const deal = await newDeal(srv, 'rep3@demo.local', { amount: 2_000_000 });
    const rep = await srv.as('rep3@demo.local');
    const before = (await rep.get('/forecast?period=2026-Q4')).body;
    const d0 = before.deals.find((d: any) => d.id === deal.id);
    expect(d0.score).toBe(0);
    for (const signalId of [
      'uat_core_flows',
      'legal_draft_returned',
      'procurement_director_visit',
      'cto_workshop',
      'budget_confirmed',
    ])
      expect((await rep.post(`/opportunities/${deal.id}/signals`, { signalId, note: '证据' })).status).toBe(
        201,
      );
    const after = (await rep.get('/forecast?period=2026-Q4')).body;
    const d1 = after.deals.find((d: any) => d.id === deal.id);
    expect(d1.score).toBe(76);
    expect(d1.strength).toBe('strong');
    expect(d1.probability).toBeGreaterThan(d0.probability);
    expect(after.total).toBeGreaterThan(before.total);
    expect(after.committed - before.committed).toBeCloseTo(d1.contribution, 2);
  });

  test('F1: publishing new signal weights rescores deals and the history names the new version', async () => {
    const deal = await newDeal(srv, 'rep2@demo.local');
    const rep = await srv.as('rep2@demo.local');
    await rep.post(`/opportunities/${deal.id}/signals`, { signalId: 'cto_workshop', note: 'CTO参会' });
    const finance = await srv.as('finance@demo.local');
    const list = await finance.get('/artifacts?kind=signal-model');
    const art = list.body.items?.[0] ?? list.body[0];
    const full = (await finance.get(`/artifacts/${art.id}`)).body;
    const content = structuredClone(full.published?.content ?? full.latest?.content ?? full.content);
    const latestVersion = full.latestVersion ?? full.latest?.version ?? full.versions?.length ?? 1;
    const cto = content.signals.find((s: any) => s.id === 'cto_workshop');
    const uat = content.signals.find((s: any) => s.id === 'uat_core_flows');
    cto.weight = 20;
    uat.weight = 15; // weights still sum to 100
    // F1: simulating the draft shows each deal's shift and the forecast delta before publishing
    const sim = await simulateSignalModel(srv.ctx, content);
    expect(sim.published?.version).toBe(1);
    expect(sim.openDeals).toBeGreaterThan(30);
    const mine = sim.deals.find((d) => d.id === deal.id)!;
    expect([mine.scoreBefore, mine.scoreAfter]).toEqual([10, 20]);
    expect(mine.shift).toBeCloseTo(mine.probabilityAfter - mine.probabilityBefore, 12);
    expect(sim.changed).toBeGreaterThan(0);
    expect(sim.delta.total).toBeCloseTo(sim.after.total - sim.before.total, 6);
    const same = await simulateSignalModel(srv.ctx, (await signalModelOf(srv.ctx))!.content);
    expect(same.delta.total).toBeCloseTo(0, 6);
    const draft = await finance.post(`/artifacts/${art.id}/drafts`, { content, baseVersion: latestVersion });
    expect(draft.status).toBe(201);
    const pub = await finance.post(`/artifacts/${art.id}/versions/${draft.body.version}/publish`, {
      note: 'CTO参与更能说明问题',
    });
    expect(pub.status).toBe(200);
    const s = (await rep.get(`/opportunities/${deal.id}/score`)).body;
    expect(s.score).toBe(20);
    expect(s.history.map((h: any) => [h.score, h.artifact.version])).toEqual([
      [10, 1],
      [20, draft.body.version],
    ]);
    const f = (await finance.get('/forecast?period=2026-Q4')).body;
    expect(f.model.version).toBe(draft.body.version);
    // the published forecast is the simulated one
    expect(f.wonSoFar + f.pipeline).toBeCloseTo(sim.after.wonSoFar + sim.after.pipeline, 0);
  });
});
