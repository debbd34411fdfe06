// L4: the owner's team hears of a new lead through a WeCom or DingTalk group robot, in the
// robots' documented JSON formats, retried when the robot fails, with a delivery log.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestServer, sampleLead, type Client, type TestServer } from './harness';

interface Received {
  path: string;
  query: URLSearchParams;
  body: any;
}

let srv: TestServer;
let director: Client;
let robot: Server;
let robotUrl: string;
const received: Received[] = [];
let failNext = 0;

beforeAll(async () => {
  robot = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const u = new URL(req.url!, 'http://x');
      received.push({ path: u.pathname, query: u.searchParams, body: JSON.parse(raw) });
      res.setHeader('content-type', 'application/json');
      if (failNext > 0) {
        failNext--;
        res.statusCode = 500;
        res.end(JSON.stringify({ errcode: -1, errmsg: 'system busy' }));
      } else res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((r) => robot.listen(0, '127.0.0.1', r));
  robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}`;
  srv = await startTestServer({ notifyIntervalMs: 50 });
  director = await srv.as('director@demo.local');
});
afterAll(async () => {
  await srv.close();
  await new Promise((r) => robot.close(r));
});

const until = async (pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Polls the delivery log until the channel kind's newest entry satisfies `pred`. */
async function logEntry(kind: string, pred: (n: any) => boolean) {
  for (let i = 0; i < 100; i++) {
    const n = (await director.get('/notifications')).body.items.find((x: any) => x.kind === kind);
    if (n && pred(n)) return n;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`no ${kind} log entry matched`);
}

test('L4: a WeCom robot receives the markdown message naming the owner', async () => {
  const ch = await director.post('/notify-channels', {
    kind: 'wecom',
    name: '华东销售群',
    url: `${robotUrl}/cgi-bin/webhook/send?key=SECRET-KEY`,
    events: ['lead.assigned'],
  });
  expect(ch.status).toBe(201);
  expect(ch.body.url).not.toContain('SECRET-KEY');
  const lead = await director.post(
    '/leads',
    sampleLead({ company: { name: '昆山精密模具有限公司', industry: 'manufacturing' } }),
  );
  await until(() => received.some((r) => r.path === '/cgi-bin/webhook/send'));
  const msg = received.find((r) => r.path === '/cgi-bin/webhook/send')!;
  expect(msg.query.get('key')).toBe('SECRET-KEY');
  expect(msg.body.msgtype).toBe('markdown');
  expect(msg.body.markdown.content).toContain('昆山精密模具有限公司');
  expect(msg.body.markdown.content).toContain('王磊'); // manufacturing route → rep1
  expect(msg.body.markdown.content).toContain(`/leads/${lead.body.id}`);
  await director.patch(`/notify-channels/${ch.body.id}`, { active: false });
});

test('L4: DingTalk messages are signed (timestamp + HMAC-SHA256) and retried after a failure', async () => {
  received.length = 0;
  failNext = 1;
  const ch = await director.post('/notify-channels', {
    kind: 'dingtalk',
    name: '钉钉销售群',
    url: `${robotUrl}/robot/send?access_token=T`,
    secret: 'SEC123',
    events: ['lead.assigned'],
  });
  expect(ch.status).toBe(201);
  expect(ch.body.signed).toBe(true);
  await director.post(
    '/leads',
    sampleLead({ company: { name: '东莞智造有限公司', industry: 'government' } }),
  );
  await until(() => received.length === 1);
  const first = await logEntry('dingtalk', (n) => n.state === 'pending' && n.attempts === 1);
  expect(first.lastError).toMatch(/HTTP 500/);
  srv.clock.advance(6_000); // the first retry waits 5 s
  await until(() => received.length === 2);
  const ok = received[1]!;
  expect(ok.body).toMatchObject({
    msgtype: 'markdown',
    markdown: { title: '新线索分配' },
    at: { isAtAll: false },
  });
  expect(ok.query.get('access_token')).toBe('T');
  const ts = ok.query.get('timestamp')!;
  const { createHmac } = await import('node:crypto');
  expect(ok.query.get('sign')).toBe(createHmac('sha256', 'SEC123').update(`${ts}\nSEC123`).digest('base64'));
  await logEntry('dingtalk', (n) => n.state === 'sent' && n.attempts === 2);
});

test('bad channel input answers 400 per field; reps may not manage channels', async () => {
  const bad = await director.post('/notify-channels', {
    kind: 'slack',
    name: '',
    url: 'ftp://x',
    events: [],
  });
  expect(bad.status).toBe(400);
  const paths = bad.body.errors.map((e: any) => e.path);
  expect(paths).toEqual(expect.arrayContaining(['/kind', '/url', '/events']));
  const rep = await srv.as('rep1@demo.local');
  expect((await rep.get('/notify-channels')).status).toBe(403);
});
