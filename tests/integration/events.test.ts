// L4: the owner's workbench learns of a new lead at once, over Server-Sent Events.
import { startTestServer, sampleLead, type TestServer } from './harness';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

async function openStream(email: string) {
  const c = await srv.as(email);
  const login = await fetch(`${srv.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const ac = new AbortController();
  const res = await fetch(`${srv.url}/api/events`, { headers: { cookie }, signal: ac.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = res.body!.getReader();
  const seen: { event: string; data: any }[] = [];
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) seen.push({ event, data: JSON.parse(data) });
      }
    }
  })();
  return { client: c, seen, close: () => (ac.abort(), pump) };
}

const until = async (pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

test('L4: the owner gets lead.assigned live; another rep does not', async () => {
  const rep1 = await openStream('rep1@demo.local');
  const rep2 = await openStream('rep2@demo.local');
  const me = (await rep1.client.get('/me')).body.user;
  const director = await srv.as('director@demo.local');
  const r = await director.post(
    '/leads',
    sampleLead({ company: { name: '昆山精密模具有限公司', industry: 'manufacturing' } }),
  );
  expect(r.body.ownerId).toBe(me.id);
  await until(() => rep1.seen.some((e) => e.event === 'lead.assigned'));
  const e = rep1.seen.find((x) => x.event === 'lead.assigned')!;
  expect(e.data).toMatchObject({
    leadId: r.body.id,
    ownerId: me.id,
    data: { name: '张伟', company: '昆山精密模具有限公司' },
  });
  await new Promise((res) => setTimeout(res, 100));
  expect(rep2.seen.filter((x) => x.data.leadId === r.body.id)).toEqual([]);
  await rep1.close();
  await rep2.close();
});

test('finance (no lead rights) gets a stream of the events addressed to them only; anonymous callers are refused', async () => {
  const finance = await openStream('finance@demo.local');
  const director = await srv.as('director@demo.local');
  const r = await director.post(
    '/leads',
    sampleLead({ company: { name: '太仓精工机械有限公司', industry: 'manufacturing' } }),
  );
  expect(r.status).toBe(201);
  await new Promise((res) => setTimeout(res, 300));
  expect(finance.seen.filter((x) => x.data.leadId === r.body.id)).toEqual([]);
  await finance.close();
  expect((await fetch(`${srv.url}/api/events`)).status).toBe(401);
});
