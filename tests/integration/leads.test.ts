import { startTestServer, sampleLead, type TestServer } from './harness';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

describe('L1 POST /api/leads', () => {
  test('L1 L3 L4: a valid lead is stored, graded with the published rules and assigned (201)', async () => {
    const c = await srv.as('manager@demo.local');
    const r = await c.post(
      '/leads',
      sampleLead({
        company: { name: '常州新材料有限公司', registeredCapital: 8_000_000, industry: 'manufacturing' },
      }),
    );
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: expect.any(String), status: 'assigned', ownerId: expect.any(String) });
    expect(['A', 'B', 'C', 'D']).toContain(r.body.grade.class);
    expect(r.body.grade.score).toBeGreaterThan(0);
    const ruleIds = r.body.grade.hits.map((h: { ruleId: string }) => h.ruleId);
    expect(ruleIds.length).toBeGreaterThanOrEqual(3); // expo QR + dwell > 3 min + whitepaper + capital > 5M
    for (const h of r.body.grade.hits)
      expect(h).toMatchObject({
        ruleId: expect.any(String),
        label: { zh: expect.any(String), en: expect.any(String) },
        points: expect.any(Number),
      });
    const arts = await c.get('/artifacts?kind=grading-rules');
    expect(r.body.grade.artifact).toEqual({
      id: arts.body.items[0].id,
      version: arts.body.items[0].publishedVersion,
    });

    const got = await c.get(`/leads/${r.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      id: r.body.id,
      ownerId: r.body.ownerId,
      grade: r.body.grade,
      company: { name: '常州新材料有限公司' },
    });
    expect(got.body.ownerName).toBeTruthy();
  });

  test('L3: a lead without strong signals grades lower than one with them', async () => {
    const c = await srv.as('director@demo.local');
    const hot = await c.post(
      '/leads',
      sampleLead({ company: { name: '甲公司', registeredCapital: 90_000_000 } }),
    );
    const cold = await c.post(
      '/leads',
      sampleLead({
        company: { name: '乙公司', registeredCapital: 100_000 },
        source: { channel: 'cold_call' },
        behaviour: {},
      }),
    );
    expect(hot.body.grade.score).toBeGreaterThan(cold.body.grade.score);
    expect(cold.body.grade.class).toBe('D');
  });

  test('L1: bad input gets field-level 400 errors and nothing is stored', async () => {
    const c = await srv.as('director@demo.local');
    const before = (await c.get('/leads?pageSize=1')).body.total;
    const r = await c.post('/leads', {
      name: '',
      company: { registeredCapital: 'lots' },
      contact: {},
      source: { channel: 'carrier_pigeon' },
    });
    expect(r.status).toBe(400);
    const paths = r.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/company/registeredCapital', '/source/channel']));
    for (const e of r.body.errors) expect(typeof e.message).toBe('string');
    expect((await c.get('/leads?pageSize=1')).body.total).toBe(before);
  });

  test('L2: a second lead with the same phone (any format) goes to the same owner and is linked', async () => {
    const c = await srv.as('director@demo.local');
    const first = await c.post('/leads', sampleLead({ contact: { name: '周杰', phone: '13912345678' } }));
    const second = await c.post(
      '/leads',
      sampleLead({
        contact: { name: '周杰', phone: '+86 139-1234-5678' },
        source: { channel: 'website_form' },
      }),
    );
    expect(second.status).toBe(201);
    expect(second.body.ownerId).toBe(first.body.ownerId);
    expect(second.body.customerId).toBe(first.body.customerId);
    expect(second.body.duplicateOf).toBe(first.body.id);
  });

  test('L2: same e-mail in other letter case goes to the same owner', async () => {
    const c = await srv.as('director@demo.local');
    const first = await c.post('/leads', sampleLead({ contact: { email: 'Buyer@Factory.cn' } }));
    const second = await c.post('/leads', sampleLead({ contact: { email: 'BUYER@factory.CN' } }));
    expect(second.status).toBe(201);
    expect(second.body.ownerId).toBe(first.body.ownerId);
  });

  test('L2: concurrent leads for one new customer still end with one owner', async () => {
    const c = await srv.as('director@demo.local');
    const phone = '13700001111';
    const results = await Promise.all(
      Array.from({ length: 8 }, () => c.post('/leads', sampleLead({ contact: { name: '并发', phone } }))),
    );
    for (const r of results) expect(r.status).toBe(201);
    expect(new Set(results.map((r) => r.body.ownerId)).size).toBe(1);
    expect(new Set(results.map((r) => r.body.customerId)).size).toBe(1);
  });

  test('L4: new customers of no routed industry are spread round robin over the on-duty reps', async () => {
    const c = await srv.as('director@demo.local');
    const owners: string[] = [];
    const company = { name: '某市教育局', industry: 'government' };
    for (let i = 0; i < 8; i++)
      owners.push(
        (await c.post('/leads', sampleLead({ company: { ...company, name: `${company.name}${i}` } }))).body
          .ownerId,
      );
    const reps = (await c.get('/users')).body.items.filter((u: { role: string }) => u.role === 'rep');
    expect(new Set(owners).size).toBe(reps.length);
    for (const o of owners) expect(reps.map((r: { id: string }) => r.id)).toContain(o);
  });

  test('L4: an industry route sends medical leads to the medical rep', async () => {
    const c = await srv.as('director@demo.local');
    const reps = (await c.get('/users')).body.items;
    const medicalRep = reps.find((u: { email: string }) => u.email === 'rep2@demo.local');
    for (let i = 0; i < 3; i++) {
      const r = await c.post(
        '/leads',
        sampleLead({ company: { name: `医疗器械${i}公司`, industry: 'medical_devices' } }),
      );
      expect(r.body.ownerId).toBe(medicalRep.id);
    }
  });

  test('L4: an off-duty rep is skipped', async () => {
    const admin = await srv.as('admin@demo.local');
    const reps = (await admin.get('/users')).body.items.filter((u: { role: string }) => u.role === 'rep');
    const off = reps[0];
    expect((await admin.patch(`/users/${off.id}`, { onDuty: false })).status).toBe(200);
    const owners: string[] = [];
    const company = { name: '某市政务中心', industry: 'government' };
    for (let i = 0; i < 6; i++)
      owners.push(
        (await admin.post('/leads', sampleLead({ company: { ...company, name: `${company.name}${i}` } })))
          .body.ownerId,
      );
    expect(owners).not.toContain(off.id);
    await admin.patch(`/users/${off.id}`, { onDuty: true });
  });

  test('machine clients post leads with an API key; a bad key gets 401', async () => {
    const director = await srv.as('director@demo.local');
    const issued = await director.post('/api-keys', { name: '官网表单' });
    expect(issued.status).toBe(201);
    expect(issued.body.key).toMatch(/^sk_/);
    const bot = srv.withKey(issued.body.key);
    const r = await bot.post('/leads', sampleLead({ source: { channel: 'website_form' } }));
    expect(r.status).toBe(201);
    expect((await bot.get('/leads')).status).toBe(403); // a key may only create
    expect((await srv.withKey('sk_nope_nope').post('/leads', sampleLead())).status).toBe(401);
    expect((await director.delete(`/api-keys/${issued.body.id}`)).status).toBe(204);
    expect((await bot.post('/leads', sampleLead())).status).toBe(401);
    const keys = await director.get('/api-keys');
    expect(JSON.stringify(keys.body)).not.toContain(issued.body.key);
  });
});

describe('GET /api/leads (scope, filters, paging)', () => {
  test("S2: a rep sees only their own leads, and another rep's lead is not found", async () => {
    const rep1 = await srv.as('rep1@demo.local');
    const me = (await rep1.get('/me')).body.user;
    const mine = await rep1.get('/leads?pageSize=100');
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    for (const l of mine.body.items) expect(l.ownerId).toBe(me.id);
    const all = await (await srv.as('director@demo.local')).get('/leads?pageSize=100');
    const other = all.body.items.find((l: { ownerId: string }) => l.ownerId !== me.id);
    expect((await rep1.get(`/leads/${other.id}`)).status).toBe(404);
    expect(all.body.total).toBeGreaterThan(mine.body.total);
  });

  test('a manager sees their team, not the other team', async () => {
    const east = await srv.as('manager@demo.local');
    const users = (await east.get('/users')).body.items;
    const south = users
      .filter((u: { teamName: string }) => u.teamName === '华南行业组')
      .map((u: { id: string }) => u.id);
    const r = await east.get('/leads?pageSize=100');
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const l of r.body.items) expect(south).not.toContain(l.ownerId);
  });

  test('filters by grade, status, owner and text; pages', async () => {
    const c = await srv.as('director@demo.local');
    const a = await c.get('/leads?grade=A&pageSize=100');
    for (const l of a.body.items) expect(l.grade.class).toBe('A');
    const q = await c.get(`/leads?q=${encodeURIComponent('苏州精密')}`);
    expect(q.body.items.length).toBeGreaterThan(0);
    for (const l of q.body.items) expect(l.company.name).toContain('苏州精密');
    const p1 = await c.get('/leads?page=1&pageSize=5');
    const p2 = await c.get('/leads?page=2&pageSize=5');
    expect(p1.body.items).toHaveLength(5);
    expect(p2.body.items[0].id).not.toBe(p1.body.items[0].id);
    expect(p1.body).toMatchObject({ page: 1, pageSize: 5, total: expect.any(Number) });
  });

  test('bad query parameters get 400 with the parameter named', async () => {
    const c = await srv.as('director@demo.local');
    for (const [qs, path] of [
      ['pageSize=100000', '/pageSize'],
      ['grade=Z', '/grade'],
      ['page=0', '/page'],
      ['ownerId=not-a-uuid', '/ownerId'],
    ]) {
      const r = await c.get(`/leads?${qs}`);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].path).toBe(path);
    }
  });

  test('a malformed lead id is simply not found', async () => {
    const c = await srv.as('director@demo.local');
    expect((await c.get('/leads/123')).status).toBe(404);
  });

  test('roles without lead rights (finance) get 403', async () => {
    const c = await srv.as('finance@demo.local');
    expect((await c.get('/leads')).status).toBe(403);
    expect((await c.post('/leads', sampleLead())).status).toBe(403);
  });
});
