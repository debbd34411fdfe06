import { startTestServer, sampleLead, type Client, type TestServer } from './harness';

let srv: TestServer;
let director: Client;
let grading: { id: string; latestVersion: number; publishedVersion: number };

beforeAll(async () => {
  srv = await startTestServer();
  director = await srv.as('director@demo.local');
  grading = (await director.get('/artifacts?kind=grading-rules')).body.items[0];
});
afterAll(() => srv.close());

const contentOf = async (c: Client, id: string) => (await c.get(`/artifacts/${id}`)).body.content;

describe('S3 artefact store', () => {
  test('all eight kinds are seeded and published from templates/', async () => {
    const r = await director.get('/artifacts');
    const kinds = new Set(r.body.items.map((i: { kind: string }) => i.kind));
    for (const k of [
      'grading-rules',
      'assignment-policy',
      'sla-policy',
      'form-template',
      'stage-gates',
      'signal-model',
      'kpi-scheme',
      'board-policy',
    ]) {
      expect(kinds).toContain(k);
    }
    for (const i of r.body.items) expect(i.publishedVersion).toBe(1);
    expect((await director.get('/artifacts?kind=board-policy')).body.items).toHaveLength(1);
    expect((await director.get('/artifacts?kind=nonsense')).status).toBe(400);
  });

  test('draft → publish with a note → a new lead is graded by the new version', async () => {
    const content = structuredClone(await contentOf(director, grading.id));
    content.rules.push({
      id: 'province_jiangsu',
      label: { zh: '江苏客户', en: 'Jiangsu customer' },
      category: 'firmographic',
      when: { '==': [{ var: 'company.province' }, '江苏'] },
      points: 5,
    });
    const saved = await director.post(`/artifacts/${grading.id}/drafts`, {
      content,
      baseVersion: grading.latestVersion,
    });
    expect(saved.status).toBe(201);
    const v = saved.body.version;
    expect(v).toBe(grading.latestVersion + 1);

    const detail = await director.get(`/artifacts/${grading.id}`);
    expect(detail.body.draft.version).toBe(v);
    expect(detail.body.publishedVersion).toBe(1);

    expect((await director.post(`/artifacts/${grading.id}/versions/${v}/publish`, { note: '' })).status).toBe(
      400,
    );
    expect((await director.post(`/artifacts/${grading.id}/versions/${v}/publish`, {})).status).toBe(400);
    const pub = await director.post(`/artifacts/${grading.id}/versions/${v}/publish`, {
      note: '江苏客户加分',
    });
    expect(pub.status).toBe(200);
    expect(pub.body.publishedVersion).toBe(v);

    const lead = await director.post('/leads', sampleLead());
    expect(lead.body.grade.artifact).toEqual({ id: grading.id, version: v });
    expect(lead.body.grade.hits.map((h: { ruleId: string }) => h.ruleId)).toContain('province_jiangsu');

    const versions = (await director.get(`/artifacts/${grading.id}/versions`)).body.items;
    expect(versions.map((x: { version: number; state: string }) => [x.version, x.state])).toEqual(
      expect.arrayContaining([
        [v, 'published'],
        [1, 'retired'],
      ]),
    );
    expect(versions.find((x: { version: number }) => x.version === v)).toMatchObject({
      note: '江苏客户加分',
      createdByName: '陈志远',
    });
    grading.latestVersion = v;
  });

  test('rollback publishes an older version again; only one version is ever published', async () => {
    const r = await director.post(`/artifacts/${grading.id}/versions/1/publish`, {
      note: '回滚：江苏加分过高',
    });
    expect(r.status).toBe(200);
    expect(r.body.publishedVersion).toBe(1);
    const versions = (await director.get(`/artifacts/${grading.id}/versions`)).body.items;
    expect(versions.filter((x: { state: string }) => x.state === 'published')).toHaveLength(1);
    const lead = await director.post('/leads', sampleLead());
    expect(lead.body.grade.artifact.version).toBe(1);
    const audit = (await director.get(`/artifacts/${grading.id}/audit`)).body.items;
    expect(audit[0]).toMatchObject({
      action: 'artifact.rolled_back',
      actorName: '陈志远',
      detail: { note: '回滚：江苏加分过高', version: 1 },
    });
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['artifact.published', 'artifact.draft_saved', 'artifact.created']),
    );
  });

  test('saving on top of a stale version answers 409', async () => {
    const content = await contentOf(director, grading.id);
    const first = await director.post(`/artifacts/${grading.id}/drafts`, {
      content,
      baseVersion: grading.latestVersion,
    });
    expect(first.status).toBe(201);
    const stale = await director.post(`/artifacts/${grading.id}/drafts`, {
      content,
      baseVersion: grading.latestVersion,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].path).toBe('/baseVersion');
    grading.latestVersion = first.body.version;
  });

  test('S5: a rule with an unknown field is refused at save time with its exact place', async () => {
    const content = structuredClone(await contentOf(director, grading.id));
    content.rules[0].when = { '>': [{ var: 'company.revenue_guess' }, 5] };
    const r = await director.post(`/artifacts/${grading.id}/drafts`, {
      content,
      baseVersion: grading.latestVersion,
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toMatch(/^\/content\/rules\/0\/when/);
    expect(r.body.errors[0].message).toMatch(/company\.revenue_guess/);
  });

  test('S5: hostile rules (20,000 levels deep, constructor access, unknown operator) answer 400, never 500', async () => {
    const base = await contentOf(director, grading.id);
    // 20,000 levels cannot even be built with JSON.stringify: write the text by hand.
    const deep = '{"!":['.repeat(20_000) + '{"var":"source.channel"}' + ']}'.repeat(20_000);
    const hostile = [
      deep,
      '{"var":"constructor.constructor"}',
      '{"var":["__proto__.polluted"]}',
      '{"eval":["1"]}',
    ];
    for (const when of hostile) {
      const content = structuredClone(base);
      content.rules[0].when = '@WHEN@';
      const raw = JSON.stringify({ content, baseVersion: grading.latestVersion }).replace('"@WHEN@"', when);
      const r = await director.request('POST', `/artifacts/${grading.id}/drafts`, undefined, raw);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].path).toMatch(/^\/content\/rules\/0/);
    }
    expect((await srv.anonymous().get('/health')).status).toBe(200);
  });

  test('schema errors point at the place in the content', async () => {
    const content = structuredClone(await contentOf(director, grading.id));
    content.thresholds.A = 'high';
    const r = await director.post(`/artifacts/${grading.id}/drafts`, {
      content,
      baseVersion: grading.latestVersion,
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toContain('/content/thresholds/A');
    const bad = await director.post(`/artifacts/${grading.id}/drafts`, { content, baseVersion: 'x' });
    expect(bad.status).toBe(400);
  });

  test('unknown artefacts and versions are 404', async () => {
    expect((await director.get('/artifacts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await director.get(`/artifacts/${grading.id}/versions/999`)).status).toBe(404);
    expect((await director.post(`/artifacts/${grading.id}/versions/999/publish`, { note: 'x' })).status).toBe(
      404,
    );
    expect((await director.get('/artifacts/garbage')).status).toBe(404);
  });

  test('publishing the version that is already published is a 409', async () => {
    const r = await director.post(`/artifacts/${grading.id}/versions/1/publish`, { note: 'again' });
    expect(r.status).toBe(409);
  });

  test('S1: a delivery lead creates a new form template; a second grading rule set is refused', async () => {
    const delivery = await srv.as('delivery@demo.local');
    const forms = (await delivery.get('/artifacts?kind=form-template')).body.items;
    const form = await contentOf(delivery, forms[0].id);
    const created = await delivery.post('/artifacts', {
      kind: 'form-template',
      key: 'manufacturing-requirements-v2',
      name: { zh: '制造业需求表（试行）', en: 'Manufacturing requirements (trial)' },
      content: form,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'form-template', latestVersion: 1, publishedVersion: null });
    const dupKey = await delivery.post('/artifacts', {
      kind: 'form-template',
      key: 'manufacturing-requirements-v2',
      name: { zh: 'x', en: 'x' },
      content: form,
    });
    expect(dupKey.status).toBe(409);
    const gradingContent = await contentOf(director, grading.id);
    const second = await director.post('/artifacts', {
      kind: 'grading-rules',
      key: 'grading-2',
      name: { zh: '二', en: 'two' },
      content: gradingContent,
    });
    expect(second.status).toBe(409);
    expect(
      (
        await delivery.post('/artifacts', {
          kind: 'grading-rules',
          key: 'g3',
          name: { zh: 'x', en: 'x' },
          content: gradingContent,
        })
      ).status,
    ).toBe(403);
  });
});
