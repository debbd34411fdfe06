// S4 simulate before publish: POST /api/artifacts/:id/simulate over the stored leads, its exact
// answer shape, its 400s (S5 checks, limit ≤ 100,000) and its 403s (S2: the kind's edit right).
import { startTestServer, sampleLead, type Client, type TestServer } from './harness';

let srv: TestServer;
let director: Client;
let grading: { id: string };
let assignment: { id: string };
let published: { rules: { id: string; points: number; when: unknown }[]; thresholds: Record<string, number> };

beforeAll(async () => {
  srv = await startTestServer();
  director = await srv.as('director@demo.local');
  grading = (await director.get('/artifacts?kind=grading-rules')).body.items[0];
  assignment = (await director.get('/artifacts?kind=assignment-policy')).body.items[0];
  published = (await director.get(`/artifacts/${grading.id}`)).body.content;
});
afterAll(() => srv.close());

const simulate = (c: Client, id: string, body: unknown) => c.post(`/artifacts/${id}/simulate`, body);

describe('S4 POST /api/artifacts/:id/simulate (grading)', () => {
  test('the published rules themselves change nothing; counts cover every evaluated lead', async () => {
    const r = await simulate(director, grading.id, { content: published, limit: 1000 });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.before).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(Object.keys(r.body.after).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(r.body.changed).toEqual([]);
    expect(r.body.evaluated).toBeGreaterThan(0);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(r.body.before)).toBe(r.body.evaluated);
    expect(sum(r.body.after)).toBe(r.body.evaluated);
  });

  test('before equals the stored grades; a stricter draft lists {leadId, from, to} and the rules that fired differently', async () => {
    const list = (await director.get('/leads?pageSize=100')).body;
    const r0 = await simulate(director, grading.id, { content: published, limit: 100_000 });
    expect(r0.body.evaluated).toBe(list.total);
    const stored = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
    for (const l of list.items) stored[l.grade.class] = (stored[l.grade.class] ?? 0) + 1;
    if (list.total <= 100) expect(r0.body.before).toEqual(stored);

    const draft = structuredClone(published);
    draft.rules = draft.rules.filter((x) => x.id !== 'expo_qr');
    draft.thresholds = { A: 90, B: 60, C: 30 };
    const r = await simulate(director, grading.id, { content: draft, limit: 100_000 });
    expect(r.status).toBe(200);
    expect(r.body.changed.length).toBeGreaterThan(0);
    for (const c of r.body.changed) {
      expect(c).toEqual(
        expect.objectContaining({
          leadId: expect.any(String),
          from: expect.stringMatching(/^[ABCD]$/),
          to: expect.stringMatching(/^[ABCD]$/),
        }),
      );
      expect(c.from).not.toBe(c.to);
      expect(c.rulesFired).toEqual({ added: expect.any(Array), removed: expect.any(Array) });
    }
    const lowered = r.body.changed.find((c: { rulesFired: { removed: string[] } }) =>
      c.rulesFired.removed.includes('expo_qr'),
    );
    if (lowered) expect(lowered.to > lowered.from).toBe(true);
  });

  test('limit picks the most recent leads', async () => {
    await director.post('/leads', sampleLead({ source: { channel: 'cold_call' } }));
    const r = await simulate(director, grading.id, { content: published, limit: 1 });
    expect(r.body.evaluated).toBe(1);
  });

  test('S5: a draft that breaks the checks answers 400 with paths under /content', async () => {
    const bad = structuredClone(published);
    bad.rules[1]!.when = { '==': [{ var: 'company.nope' }, 1] };
    const r = await simulate(director, grading.id, { content: bad });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toMatch(/^\/content\/rules\/1\/when/);
    expect(r.body.errors[0].message).toMatch(/company\.nope/);

    // 20,000 levels of nesting (written as text: JSON.stringify itself would overflow).
    const deep =
      '{"and":['.repeat(20_000) + '{"==":[{"var":"source.channel"},"expo_qr"]}' + ']}'.repeat(20_000);
    const hostile = structuredClone(published);
    (hostile.rules[0] as { when: unknown }).when = '__DEEP__';
    const raw = JSON.stringify({ content: hostile }).replace('"__DEEP__"', deep);
    const r2 = await director.request('POST', `/artifacts/${grading.id}/simulate`, undefined, raw);
    expect([400, 413]).toContain(r2.status);
  });

  test('limit must be an integer within 1..100,000; unknown members are refused', async () => {
    for (const limit of [0, 100_001, 1.5, '10']) {
      const r = await simulate(director, grading.id, { content: published, limit });
      expect([limit, r.status]).toEqual([limit, 400]);
      expect(r.body.errors[0].path).toBe('/limit');
    }
    expect((await simulate(director, grading.id, { content: published, limit: 100_000 })).status).toBe(200);
    expect((await simulate(director, grading.id, { limit: 10 })).status).toBe(400);
    expect((await simulate(director, grading.id, { content: published, extra: 1 })).status).toBe(400);
  });
});

describe('S4 simulate an assignment draft', () => {
  test('answers the same shape plus per-rep load', async () => {
    const policy = (await director.get(`/artifacts/${assignment.id}`)).body.content;
    const draft = { ...policy, strategy: 'least_loaded' };
    const r = await simulate(director, assignment.id, { content: draft, limit: 500 });
    expect(r.status).toBe(200);
    expect(r.body.before).toEqual(r.body.after);
    expect(Array.isArray(r.body.changed)).toBe(true);
    const total = r.body.load.reduce((n: number, l: { after: number }) => n + l.after, 0);
    expect(total).toBe(r.body.evaluated);
    expect(r.body.load.some((l: { name: string | null }) => typeof l.name === 'string')).toBe(true);
  });
});

describe('S2 who may simulate', () => {
  test('reps, delivery leads and finance get 403; unknown ids 404; other kinds 400', async () => {
    for (const email of [
      'rep1@demo.local',
      'delivery@demo.local',
      'finance@demo.local',
      'manager@demo.local',
    ]) {
      const c = await srv.as(email);
      const r = await simulate(c, grading.id, { content: published });
      expect([email, r.status]).toEqual([email, 403]);
    }
    expect(
      (await srv.anonymous().post(`/artifacts/${grading.id}/simulate`, { content: published })).status,
    ).toBe(401);
    expect(
      (await simulate(director, '00000000-0000-4000-8000-000000000000', { content: published })).status,
    ).toBe(404);
    const board = (await director.get('/artifacts?kind=board-policy')).body.items[0];
    const boardContent = (await director.get(`/artifacts/${board.id}`)).body.content;
    expect((await simulate(director, board.id, { content: boardContent })).status).toBe(400);
    const delivery = await srv.as('delivery@demo.local');
    const form = (await delivery.get('/artifacts?kind=form-template')).body.items[0];
    expect((await simulate(delivery, form.id, { content: {} })).status).toBe(403);
  });
});
