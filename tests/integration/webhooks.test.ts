// L1: signed webhooks from lead sources — signature, freshness, unknown sources, idempotent retries.
import { signatureHeader } from '../../server/services/webhook-signature';
import { sampleLead, startTestServer, type TestServer } from './harness';

let srv: TestServer;
let source: { id: string; secret: string };
beforeAll(async () => {
  srv = await startTestServer();
  const director = await srv.as('director@demo.local');
  const r = await director.post('/lead-sources', { name: '官网表单', channel: 'website_form' });
  expect(r.status).toBe(201);
  source = r.body;
});
afterAll(() => srv.close());

const now = () => Math.floor(srv.clock.now().getTime() / 1000);

async function deliver(
  body: unknown,
  opts: {
    id?: string;
    secret?: string;
    t?: number;
    key?: string;
    tamper?: (raw: string) => string;
    header?: string;
  } = {},
) {
  const raw = JSON.stringify(body);
  const t = opts.t ?? now();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-signature': opts.header ?? signatureHeader(opts.secret ?? source.secret, t, raw),
  };
  if (opts.key) headers['idempotency-key'] = opts.key;
  const res = await fetch(`${srv.url}/api/webhooks/leads/${opts.id ?? source.id}`, {
    method: 'POST',
    headers,
    body: opts.tamper ? opts.tamper(raw) : raw,
  });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

const leadCount = async () =>
  (await (await srv.as('director@demo.local')).get('/leads?pageSize=1')).body.total;

describe('L1: lead sources', () => {
  test('L1: a director creates a source and gets its secret once; a rep may not', async () => {
    expect(source).toMatchObject({
      id: expect.any(String),
      secret: expect.stringMatching(/^whsec_[0-9a-f]{64}$/),
    });
    const director = await srv.as('director@demo.local');
    const list = await director.get('/lead-sources');
    expect(list.status).toBe(200);
    const item = list.body.items.find((s: { id: string }) => s.id === source.id);
    expect(item).toMatchObject({ name: '官网表单', channel: 'website_form', active: true });
    expect(JSON.stringify(list.body)).not.toContain(source.secret);
    const rep = await srv.as('rep1@demo.local');
    expect((await rep.post('/lead-sources', { name: 'x', channel: 'expo_qr' })).status).toBe(403);
    expect((await director.post('/lead-sources', { name: '', channel: 'pigeon' })).status).toBe(400);
  });
});

describe('L1: signed webhook deliveries', () => {
  test('L1: a correctly signed delivery creates a graded, assigned lead with the source channel', async () => {
    const before = await leadCount();
    const { source: _omit, ...body } = sampleLead();
    const r = await deliver(body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: expect.any(String), ownerId: expect.any(String), status: 'assigned' });
    const lead = (await (await srv.as('director@demo.local')).get(`/leads/${r.body.id}`)).body;
    expect(lead).toMatchObject({ source: { channel: 'website_form' }, createdVia: 'webhook' });
    expect(await leadCount()).toBe(before + 1);
  });

  test('L1: bad signature, tampered body, wrong secret, stale or future timestamp → 401, nothing stored', async () => {
    const before = await leadCount();
    const body = sampleLead();
    const bad = [
      await deliver(body, { header: `t=${now()},v1=${'0'.repeat(64)}` }),
      await deliver(body, { tamper: (raw) => raw.replace('张伟', '李四') }),
      await deliver(body, { secret: 'whsec_wrong' }),
      await deliver(body, { t: now() - 301 }),
      await deliver(body, { t: now() + 301 }),
      await deliver(body, { header: 'garbage' }),
      await deliver(body, { header: '' }),
    ];
    for (const r of bad) {
      expect(r.status).toBe(401);
      expect(r.body.errors[0].message).toEqual(expect.any(String));
    }
    expect(bad[3]!.body.errors[0].message).toMatch(/stale/);
    // Within the 5-minute tolerance is fine.
    expect((await deliver(sampleLead(), { t: now() - 290 })).status).toBe(201);
    expect(await leadCount()).toBe(before + 1);
  });

  test('L1: unknown and disabled sources get the same 401 as a bad signature', async () => {
    const director = await srv.as('director@demo.local');
    const other = (await director.post('/lead-sources', { name: '展会扫码枪', channel: 'expo_qr' })).body;
    expect((await deliver(sampleLead(), other)).status).toBe(201);
    expect((await director.patch(`/lead-sources/${other.id}`, { active: false })).status).toBe(200);
    const disabled = await deliver(sampleLead(), other);
    const unknown = await deliver(sampleLead(), { id: '00000000-0000-4000-8000-000000000000' });
    const notUuid = await deliver(sampleLead(), { id: 'nope' });
    const wrong = await deliver(sampleLead(), { secret: 'whsec_wrong' });
    for (const r of [disabled, unknown, notUuid]) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual(wrong.body);
    }
  });

  test('L1: a signed but invalid lead gets field-level 400 errors', async () => {
    const r = await deliver({ name: '', contact: {}, source: { channel: 'pigeon' } });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/name', '/source/channel']),
    );
  });
});

describe('L1: idempotent retries', () => {
  test('L1: a retried delivery with the same Idempotency-Key returns the first response, no second lead', async () => {
    const before = await leadCount();
    const body = sampleLead();
    const first = await deliver(body, { key: 'form-123' });
    expect(first.status).toBe(201);
    srv.clock.advance(60_000);
    const again = await deliver(body, { key: 'form-123' });
    expect([200, 201]).toContain(again.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await leadCount()).toBe(before + 1);
    // Another key is another delivery.
    const other = await deliver(sampleLead(), { key: 'form-124' });
    expect(other.body.id).not.toBe(first.body.id);
    expect(await leadCount()).toBe(before + 2);
  });

  test('L1: concurrent retries with one key create one lead and all get its response', async () => {
    const before = await leadCount();
    const body = sampleLead();
    const replies = await Promise.all(Array.from({ length: 10 }, () => deliver(body, { key: 'burst-1' })));
    for (const r of replies) expect([200, 201]).toContain(r.status);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(await leadCount()).toBe(before + 1);
  });
});
