import { startTestServer, type TestServer } from './harness';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

describe('S2 authentication', () => {
  test('login sets an httpOnly SameSite session cookie and /me returns the user and permissions', async () => {
    const c = srv.anonymous();
    const r = await c.post('/auth/login', { email: 'Rep1@Demo.Local', password: 'demo1234' });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({
      email: 'rep1@demo.local',
      role: 'rep',
      name: '王磊',
      teamName: '华东大客户组',
    });
    expect(r.body.user.passwordHash).toBeUndefined();
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get('/me');
    expect(me.status).toBe(200);
    expect(me.body.permissions).toContain('leads:read:own');
    expect(me.body.permissions).not.toContain('leads:read:all');
  });

  test('wrong password and unknown user both answer 401 with the same message', async () => {
    const a = await srv.anonymous().post('/auth/login', { email: 'rep2@demo.local', password: 'nope' });
    const b = await srv.anonymous().post('/auth/login', { email: 'ghost@demo.local', password: 'nope' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body).toEqual(b.body);
  });

  test('login body is validated field by field', async () => {
    const r = await srv.anonymous().post('/auth/login', { email: 42 });
    expect(r.status).toBe(400);
    const paths = r.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/email', '/password']));
  });

  test('without a session, /me answers 401', async () => {
    expect((await srv.anonymous().get('/me')).status).toBe(401);
  });

  test('logout ends the session on the server', async () => {
    const c = await srv.as('director@demo.local');
    expect((await c.get('/me')).status).toBe(200);
    const out = await c.post('/auth/logout');
    expect(out.status).toBe(204);
    expect((await c.get('/me')).status).toBe(401);
  });

  test('S2: deactivating a user or changing their role takes effect on their open session at once', async () => {
    const admin = await srv.as('admin@demo.local');
    const rep = await srv.as('rep4@demo.local');
    const me = await rep.get('/me'); // the session is now remembered by this server process
    expect(me.status).toBe(200);
    expect(me.body.permissions).not.toContain('leads:read:all');
    const id = me.body.user.id as string;
    expect((await admin.patch(`/users/${id}`, { role: 'manager' })).status).toBe(200);
    expect((await rep.get('/me')).body.permissions).toContain('leads:read:team');
    expect((await admin.patch(`/users/${id}`, { active: false })).status).toBe(200);
    expect((await rep.get('/me')).status).toBe(401);
    expect((await admin.patch(`/users/${id}`, { active: true, role: 'rep' })).status).toBe(200);
  });

  test('a forged or expired session cookie is not accepted', async () => {
    const c = await srv.as('rep3@demo.local');
    srv.clock.advance(13 * 3600_000); // sessions last 12 h
    expect((await c.get('/me')).status).toBe(401);
  });

  test('login is rate limited after 10 failures (429 with Retry-After)', async () => {
    const c = srv.anonymous();
    for (let i = 0; i < 10; i++) {
      expect((await c.post('/auth/login', { email: 'finance@demo.local', password: `bad${i}` })).status).toBe(
        401,
      );
    }
    const blocked = await c.post('/auth/login', { email: 'finance@demo.local', password: 'demo1234' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    srv.clock.advance(16 * 60_000);
    expect((await c.post('/auth/login', { email: 'finance@demo.local', password: 'demo1234' })).status).toBe(
      200,
    );
  });

  test('passwords are stored as bcrypt hashes', async () => {
    const { users } = await import('../../server/db/schema');
    const rows = await srv.ctx.db.select({ h: users.passwordHash }).from(users);
    for (const r of rows) expect(r.h).toMatch(/^\$2[aby]\$\d{2}\$/);
  });
});
