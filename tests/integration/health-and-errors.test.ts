import { startTestServer, type TestServer } from './harness';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

describe('health and error contract', () => {
  test('GET /api/health answers ok with the driver in use', async () => {
    const r = await srv.anonymous().get('/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok', db: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  test('unknown /api routes answer 404 JSON', async () => {
    const r = await srv.anonymous().get('/nope/nothing');
    expect(r.status).toBe(404);
    expect(r.body.errors[0].message).toMatch(/no API route GET \/nope\/nothing/);
  });

  test('malformed JSON answers 400, never 500', async () => {
    const c = await srv.as('rep1@demo.local');
    const r = await c.request('POST', '/leads', undefined, '{"name": "张伟", ');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/malformed JSON/);
  });

  test('a JSON array or scalar body is refused with a clear error', async () => {
    const c = await srv.as('rep1@demo.local');
    for (const raw of ['[]', '"text"', '42', 'null']) {
      const r = await c.request('POST', '/leads', undefined, raw);
      expect(r.status).toBe(400);
      expect(r.body.errors.length).toBeGreaterThan(0);
    }
  });

  test('a body over the size limit answers 413', async () => {
    const c = await srv.as('rep1@demo.local');
    const r = await c.request('POST', '/leads', undefined, JSON.stringify({ name: 'x'.repeat(3_000_000) }));
    expect(r.status).toBe(413);
  });

  test('security headers are set on API and page responses', async () => {
    const r = await srv.anonymous().get('/health');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-frame-options')).toBeTruthy();
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});
