// S4 simulate a signal-model draft through POST /api/artifacts/:id/simulate (finance): each open
// deal's probability shift and the forecast delta, by server/services/simulate-signals.ts.
import { startTestServer, type Client, type TestServer } from './harness';

let srv: TestServer;
let finance: Client;
let model: { id: string };
let published: { signals: { id: string; weight: number }[] };

beforeAll(async () => {
  srv = await startTestServer();
  finance = await srv.as('finance@demo.local');
  model = (await finance.get('/artifacts?kind=signal-model')).body.items[0];
  published = (await finance.get(`/artifacts/${model.id}`)).body.content;
}, 120_000);
afterAll(() => srv.close());

describe('S4 signal-model simulation', () => {
  test('S4: the published model as a draft shifts nothing; reweighting shifts deals and the forecast', async () => {
    const same = await finance.post(`/artifacts/${model.id}/simulate`, { content: published });
    expect(same.status).toBe(200);
    expect(same.body.kind).toBe('signal-model');
    expect(same.body.openDeals).toBeGreaterThan(0);
    expect(same.body.delta.total).toBeCloseTo(0, 6);
    expect(same.body.changed).toBe(0);

    const draft = structuredClone(published);
    for (const s of draft.signals) s.weight = s.id === draft.signals[0]!.id ? 60 : 5;
    const r = await finance.post(`/artifacts/${model.id}/simulate`, { content: draft });
    expect(r.status).toBe(200);
    expect(r.body.delta.total).toBeCloseTo(r.body.after.total - r.body.before.total, 6);
    for (const d of r.body.deals.slice(0, 5))
      expect(d.shift).toBeCloseTo(d.probabilityAfter - d.probabilityBefore, 12);
  });

  test('S4/S2: an invalid draft answers 400 under /content; a director (no signal-model right) gets 403', async () => {
    const bad = structuredClone(published) as unknown as { signals: Record<string, unknown>[] };
    bad.signals[0]!.detection = { mode: 'auto', when: { '==': [{ var: 'deal.nope' }, true] } };
    const r = await finance.post(`/artifacts/${model.id}/simulate`, { content: bad });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toMatch(/^\/content\/signals\/0\/detection\/when/);
    const director = await srv.as('director@demo.local');
    expect((await director.post(`/artifacts/${model.id}/simulate`, { content: published })).status).toBe(403);
  });
});
