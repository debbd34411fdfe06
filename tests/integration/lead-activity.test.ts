import { eq } from 'drizzle-orm';
import { keywordDf } from '../../server/db/schema';
import { startTestServer, type Client, type TestServer } from './harness';
import { leadFor, newRep, put, type TestRep } from './board-helpers';

let srv: TestServer;
let rep: TestRep;
let c: Client;

beforeAll(async () => {
  srv = await startTestServer({ scheduler: false });
  rep = await newRep(srv, '测试销售丙');
  c = await rep.login();
});
afterAll(() => srv.close());

const TRANSCRIPT = `客户：我们现在MES和ERP对接不上，车间报工要人工重复录入，数据孤岛很严重。
销售：排产现在怎么做？
客户：排产靠Excel，插单一多就乱，交期经常延误。之前那家实施周期太长，报价也超预算了。
销售：我们的MES标准接口可以和ERP打通，实施周期一般三个月。`;

const events = async (leadId: string) =>
  ((await c.get(`/leads/${leadId}/timeline`)).body.items as { type: string; data: any }[]).map((e) => e);
const clock = async (leadId: string, kind: string) =>
  (await c.get(`/leads/${leadId}`)).body.clocks?.filter((k: { kind: string }) => k.kind === kind) ?? [];

describe('L10 touches and call notes', () => {
  test('L10 L5: a call transcript yields key phrases and pain points, marks the lead contacted, stops first touch', async () => {
    const lead = await leadFor(srv, rep.id);
    const r = await c.post(`/leads/${lead}/touches`, {
      channel: 'call',
      transcript: TRANSCRIPT,
      note: '首次电话',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: expect.any(String), channel: 'call', leadId: lead });
    expect(r.body.keywords.phrases).toEqual(expect.arrayContaining(['实施周期', '排产']));
    const cats = r.body.keywords.painPoints.map((p: { category: string }) => p.category);
    expect(cats).toEqual(expect.arrayContaining(['integration', 'implementation_time', 'price', 'delivery']));
    // the manufacturing form template's own lexicon (排产, 插单) is applied for a manufacturing lead
    expect(r.body.keywords.painPoints).toContainEqual(
      expect.objectContaining({ keyword: '排产', category: 'industry', count: 2 }),
    );
    const got = await c.get(`/leads/${lead}`);
    expect(got.body.status).toBe('contacted');
    expect(got.body.touchedAt).toBe(srv.clock.now().toISOString());
    const timeline = await events(lead);
    expect(timeline.find((e) => e.type === 'touch.logged')?.data).toMatchObject({ channel: 'call' });
    expect((await clock(lead, 'first_touch'))[0]?.state).toBe('met');

    const list = await c.get(`/leads/${lead}/touches`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ note: '首次电话', userId: rep.id, userName: '测试销售丙' });
  });

  test('L10: document frequencies grow with every note (TF-IDF against the organisation’s notes)', async () => {
    const docs = async () =>
      (await srv.ctx.db.select().from(keywordDf).where(eq(keywordDf.term, '')))[0]?.df ?? 0;
    const before = await docs();
    const lead = await leadFor(srv, rep.id);
    await c.post(`/leads/${lead}/touches`, { channel: 'wechat', note: '客户关心实施周期和报价' });
    expect(await docs()).toBe(before + 1);
    const [row] = await srv.ctx.db.select().from(keywordDf).where(eq(keywordDf.term, '实施周期'));
    expect(row!.df).toBeGreaterThanOrEqual(2);
  });

  test('L10: concurrent notes with shared words all succeed (document-frequency upserts never deadlock)', async () => {
    const docs = async () =>
      (await srv.ctx.db.select().from(keywordDf).where(eq(keywordDf.term, '')))[0]?.df ?? 0;
    const before = await docs();
    const leads = [await leadFor(srv, rep.id), await leadFor(srv, rep.id)];
    const notes = [
      '报价偏高，实施周期太长，ERP对接',
      'ERP对接不上，实施周期长，报价超预算',
      '实施周期和报价，ERP对接',
    ];
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        c.post(`/leads/${leads[i % 2]}/touches`, { channel: 'call', note: notes[i % 3] }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(await docs()).toBe(before + 12);
    expect((await c.get(`/leads/${leads[0]}/touches`)).body.items).toHaveLength(6);
  });

  test('L10: bad touches are refused with field errors; unknown or foreign leads are 404', async () => {
    const lead = await leadFor(srv, rep.id);
    const bad = await c.post(`/leads/${lead}/touches`, { channel: 'fax' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/channel');
    const future = new Date(srv.clock.now().getTime() + 3_600_000).toISOString();
    const f = await c.post(`/leads/${lead}/touches`, { channel: 'call', at: future });
    expect(f.status).toBe(400);
    expect(f.body.errors[0].path).toBe('/at');
    expect((await c.post(`/leads/${lead}/touches`, { channel: 'call', extra: 1 })).status).toBe(400);
    expect((await c.request('POST', `/leads/${lead}/touches`, undefined, '{bad')).status).toBe(400);
    expect(
      (await c.post(`/leads/00000000-0000-4000-8000-000000000000/touches`, { channel: 'call' })).status,
    ).toBe(404);
    expect((await c.post(`/leads/not-a-uuid/touches`, { channel: 'call' })).status).toBe(404);
    const other = await newRep(srv, '别人');
    const foreign = await leadFor(srv, other.id);
    expect((await c.post(`/leads/${foreign}/touches`, { channel: 'call' })).status).toBe(404);
    expect((await c.get(`/leads/${foreign}/touches`)).status).toBe(404);
  });
});

describe('L5 L6 L7 requirement tags, proposals, quotes, status', () => {
  test('L5: requirement tags are stored and emit lead.tagged once per change (tags clock met)', async () => {
    const lead = await leadFor(srv, rep.id);
    const r = await put(c, `/leads/${lead}/tags`, { tags: ['MES', 'ERP对接', ' MES '] });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ tags: ['MES', 'ERP对接'], changed: true });
    expect((await put(c, `/leads/${lead}/tags`, { tags: ['ERP对接', 'MES'] })).body.changed).toBe(false);
    expect((await c.get(`/leads/${lead}`)).body.tags).toEqual(['MES', 'ERP对接']);
    expect((await events(lead)).filter((e) => e.type === 'lead.tagged')).toHaveLength(1);
    expect((await clock(lead, 'tags'))[0]?.state).toBe('met');
    expect((await put(c, `/leads/${lead}/tags`, { tags: 'MES' })).status).toBe(400);
    expect((await put(c, `/leads/${lead}/tags`, { tags: [''] })).status).toBe(400);
  });

  test('L6 L8: a quote is a tracked link, starts the feedback countdown; feedback stops it', async () => {
    const lead = await leadFor(srv, rep.id);
    expect((await c.post(`/leads/${lead}/quote-feedback`, { note: '太贵' })).status).toBe(409);
    const q = await c.post(`/leads/${lead}/proposals`, {
      kind: 'quote',
      title: '<script>alert(1)</script> 报价',
      body: '含实施 & 培训',
      amount: 380000,
    });
    expect(q.status).toBe(201);
    expect(q.body.url).toBe(`/p/${q.body.token}`);
    expect((await clock(lead, 'quote_feedback'))[0]?.state).toBe('running');

    // Public page: no login, escaped, counted once per opening.
    const page = await fetch(`${srv.url}${q.body.url}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 报价');
    expect(html).not.toContain('<script>');
    expect(html).toContain('含实施 &amp; 培训');
    await fetch(`${srv.url}${q.body.url}`);
    const list = await c.get(`/leads/${lead}/proposals`);
    expect(list.body.items[0]).toMatchObject({ viewCount: 2, firstViewedAt: srv.clock.now().toISOString() });
    const viewed = (await events(lead)).filter((e) => e.type === 'proposal.viewed');
    expect(viewed.map((e) => e.data.first)).toEqual([true, false]);
    // A logged-in user previewing the link is not a customer view.
    const preview = await fetch(`${srv.url}${q.body.url}`, { headers: { cookie: (c as any).cookie } });
    expect(await preview.text()).toContain('内部预览');
    expect((await c.get(`/leads/${lead}/proposals`)).body.items[0].viewCount).toBe(2);
    expect((await fetch(`${srv.url}/p/unknownTokenThatDoesNotExist123`)).status).toBe(404);
    expect((await fetch(`${srv.url}/p/%3Cscript%3E`)).status).toBe(404);

    const fb = await c.post(`/leads/${lead}/quote-feedback`, { note: '客户反馈价格偏高，希望分期' });
    expect(fb.status).toBe(201);
    expect((await clock(lead, 'quote_feedback'))[0]?.state).toBe('met');
    expect((await c.post(`/leads/${lead}/quote-feedback`, { note: ' ' })).status).toBe(400);
  });

  test('L8: concurrent openings of one link are all counted', async () => {
    const lead = await leadFor(srv, rep.id);
    const p = await c.post(`/leads/${lead}/proposals`, { kind: 'proposal', title: '并发阅读' });
    const opened = await Promise.all(Array.from({ length: 8 }, () => fetch(`${srv.url}${p.body.url}`)));
    expect(opened.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect((await c.get(`/leads/${lead}/proposals`)).body.items[0].viewCount).toBe(8);
  });

  test('L5: a proposal emits proposal.started; bad proposal bodies are 400', async () => {
    const lead = await leadFor(srv, rep.id);
    const p = await c.post(`/leads/${lead}/proposals`, { kind: 'proposal', title: 'MES 一期方案' });
    expect(p.status).toBe(201);
    expect((await events(lead)).some((e) => e.type === 'proposal.started')).toBe(true);
    expect((await c.post(`/leads/${lead}/proposals`, { kind: 'memo', title: 'x' })).status).toBe(400);
    expect((await c.post(`/leads/${lead}/proposals`, { kind: 'quote', title: 'x', amount: -1 })).status).toBe(
      400,
    );
    expect((await c.post(`/leads/${lead}/proposals`, { kind: 'quote' })).body.errors[0].path).toBe('/title');
  });

  test('L7: qualify / disqualify emit their events; an impossible transition is 409', async () => {
    const lead = await leadFor(srv, rep.id);
    const q = await c.post(`/leads/${lead}/status`, { status: 'qualified', reason: '预算已批' });
    expect(q.status).toBe(200);
    expect(q.body).toMatchObject({ status: 'qualified', from: 'assigned' });
    expect((await c.post(`/leads/${lead}/status`, { status: 'qualified' })).status).toBe(409);
    expect((await c.post(`/leads/${lead}/status`, { status: 'disqualified' })).status).toBe(200);
    const types = (await events(lead)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['lead.qualified', 'lead.disqualified']));
    expect((await c.post(`/leads/${lead}/status`, { status: 'won' })).status).toBe(400);
  });
});
