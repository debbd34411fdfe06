// C3 pre-check tickets and the product knowledge base; the demo organisation's collaboration seed.
import { startTestServer, type Client, type TestServer } from './harness';
import { MES_STORY_REQUIREMENTS, newOpportunity, put } from './opportunities-fixtures';

let srv: TestServer;
let rep: Client;
let consultant: Client;
beforeAll(async () => {
  srv = await startTestServer();
  rep = await srv.as('rep1@demo.local');
  consultant = await srv.as('consultant@demo.local');
}, 180_000); // the demo seed takes a while on a busy machine
afterAll(() => srv?.close());

async function openStream(email: string) {
  const login = await fetch(`${srv.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const ac = new AbortController();
  const res = await fetch(`${srv.url}/api/events`, { headers: { cookie }, signal: ac.signal });
  expect(res.status).toBe(200);
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
  return { seen, close: () => (ac.abort(), pump) };
}

const until = async (pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('C3: pre-check tickets', () => {
  it('C3: the rep is told live when the ticket opens and when the verdict arrives', async () => {
    const stream = await openStream('rep1@demo.local');
    try {
      const o = await newOpportunity(rep);
      await put(rep, `/opportunities/${o.id}/requirements`, { data: MES_STORY_REQUIREMENTS });
      await until(() =>
        stream.seen.some((e) => e.event === 'ticket.opened' && e.data.data.opportunityId === o.id),
      );
      const [t] = (await rep.get(`/tickets?opportunityId=${o.id}`)).body.items;
      await consultant.post(`/tickets/${t.id}/answer`, {
        verdict: 'infeasible',
        note: '客户ERP为定制版本，不在兼容矩阵内。',
      });
      await until(() =>
        stream.seen.some((e) => e.event === 'ticket.answered' && e.data.data.ticketId === t.id),
      );
      const answered = stream.seen.find((e) => e.event === 'ticket.answered')!;
      expect(answered.data.data).toMatchObject({ verdict: 'infeasible', opportunityId: o.id });
    } finally {
      await stream.close();
    }
  });

  it('C3: tickets are listed within the caller’s scope; consultants see every ticket', async () => {
    const o = await newOpportunity(rep);
    await put(rep, `/opportunities/${o.id}/requirements`, { data: MES_STORY_REQUIREMENTS });
    const rep2 = await srv.as('rep2@demo.local');
    expect((await rep2.get(`/tickets?opportunityId=${o.id}`)).status).toBe(404);
    const mineOnly = await rep2.get('/tickets');
    expect(mineOnly.body.items.every((t: { opportunityId: string }) => t.opportunityId !== o.id)).toBe(true);
    const all = await consultant.get('/tickets?status=open');
    expect(all.body.items.map((t: { opportunityId: string }) => t.opportunityId)).toContain(o.id);
    const t = all.body.items.find((x: { opportunityId: string }) => x.opportunityId === o.id);
    expect(t).toMatchObject({
      opportunityName: expect.any(String),
      customerName: expect.stringContaining('常州精工机械'),
      knowledgeLinks: [{ key: 'kb.mes-api' }, { key: 'kb.erp-connectors' }],
      overdue: false,
    });
    expect((await consultant.get('/tickets?assignee=someone')).status).toBe(400);
    // rep cannot answer
    expect((await rep.post(`/tickets/${t.id}/answer`, { verdict: 'feasible', note: 'ok' })).status).toBe(403);
    // overdue once its own clock runs out
    srv.clock.advance(5 * 3600_000);
    consultant = await srv.as('consultant@demo.local');
    const late = (await consultant.get(`/tickets?opportunityId=${o.id}`)).body.items[0];
    expect(late.overdue).toBe(true);
  });

  it('C3: a verdict may cite knowledge entries; unknown ones are a 400 with the path', async () => {
    const o = await newOpportunity(rep);
    await put(rep, `/opportunities/${o.id}/requirements`, { data: MES_STORY_REQUIREMENTS });
    const [t] = (await consultant.get(`/tickets?opportunityId=${o.id}`)).body.items;
    const kb = (await consultant.get('/knowledge?q=SAP')).body.items;
    const bad = await consultant.post(`/tickets/${t.id}/answer`, {
      verdict: 'feasible',
      note: 'x',
      knowledgeIds: [kb[0].id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/knowledgeIds/1');
    const ok = await consultant.post(`/tickets/${t.id}/answer`, {
      verdict: 'feasible',
      note: '标准连接器',
      knowledgeIds: [kb[0].id],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.knowledge).toEqual([expect.objectContaining({ id: kb[0].id, key: kb[0].key })]);
    const seen = await rep.get(`/opportunities/${o.id}`);
    expect(seen.body.tickets[0].knowledge[0].id).toBe(kb[0].id);
  });
});

describe('C3: knowledge base', () => {
  it('C3: the shipped entries are seeded and searchable in both languages, by kind and by key', async () => {
    const all = await rep.get('/knowledge');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(15);
    const mes = await rep.get('/knowledge?q=MES');
    expect(mes.body.items.map((k: { key: string }) => k.key)).toContain('kb.mes-api');
    const zh = await rep.get(`/knowledge?q=${encodeURIComponent('兼容')}`);
    expect(zh.body.items.length).toBeGreaterThan(0);
    const compat = await rep.get('/knowledge?kind=compatibility');
    expect(compat.body.items.every((k: { kind: string }) => k.kind === 'compatibility')).toBe(true);
    const byKey = await rep.get('/knowledge?keys=kb.mes-api,kb.erp-connectors');
    expect(byKey.body.items.map((k: { key: string }) => k.key).sort()).toEqual([
      'kb.erp-connectors',
      'kb.mes-api',
    ]);
    expect(byKey.body.items[0]).toMatchObject({
      title: { zh: expect.any(String), en: expect.any(String) },
      body: { zh: expect.any(String) },
    });
  });

  it('C3: knowledge:manage creates, edits and deletes entries; others get 403; keys are unique (409)', async () => {
    const entry = {
      key: 'kb.test-limit',
      kind: 'limit',
      title: { zh: '单租户并发上限', en: 'Per-tenant concurrency limit' },
      body: { zh: '每租户最多 200 个并发 API 调用。', en: 'At most 200 concurrent API calls per tenant.' },
      tags: ['并发', 'limit'],
    };
    expect((await rep.post('/knowledge', entry)).status).toBe(403);
    const created = await consultant.post('/knowledge', entry);
    expect(created.status).toBe(201);
    expect((await consultant.post('/knowledge', entry)).status).toBe(409);
    expect((await consultant.post('/knowledge', { ...entry, key: 'Bad Key' })).status).toBe(400);
    const patched = await consultant.patch(`/knowledge/${created.body.id}`, {
      tags: ['并发', 'limit', 'API'],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.tags).toEqual(['并发', 'limit', 'API']);
    expect((await rep.get(`/knowledge?q=${encodeURIComponent('并发上限')}`)).body.items[0].key).toBe(
      'kb.test-limit',
    );
    expect((await rep.delete(`/knowledge/${created.body.id}`)).status).toBe(403);
    expect((await consultant.delete(`/knowledge/${created.body.id}`)).status).toBe(200);
    expect((await consultant.get(`/knowledge/${created.body.id}`)).status).toBe(404);
  });
});

describe('C1–C6: the demo organisation', () => {
  it('C1 C3 C5: 王磊 has showcase deals — an answered MES pre-check, a refused quote gate, a frozen review and an approved one', async () => {
    const list = (await rep.get('/opportunities')).body.items as {
      id: string;
      name: string;
      stage: string;
      frozen: boolean;
    }[];
    const byName = (s: string) => list.find((o) => o.name.includes(s))!;
    expect(byName('新锐装备')).toMatchObject({ stage: 'quote', frozen: true });
    expect(byName('海晟机电')).toMatchObject({ stage: 'contract_approval', frozen: false });
    expect(byName('恒锐精密')).toMatchObject({ stage: 'quote' });
    expect(byName('华辰汽车零部件')).toMatchObject({ stage: 'solution' });
    expect(byName('瑞丰纺织机械')).toMatchObject({ stage: 'contract_approval', frozen: false });

    const frozen = (await rep.get(`/opportunities/${byName('新锐装备').id}`)).body;
    expect(frozen.review).toMatchObject({ status: 'open' });
    expect(frozen.requirementDiff.rate).toBeGreaterThan(0.15);
    const hr = (await rep.get(`/opportunities/${byName('恒锐精密').id}`)).body;
    expect(hr.tickets[0]).toMatchObject({ status: 'answered', verdict: 'feasible_with_conditions' });
    const hc = (await rep.get(`/opportunities/${byName('华辰汽车零部件').id}`)).body;
    expect(hc.gates[0].missing.map((m: { id: string }) => m.id)).toEqual(['decision_flow']);
    const manager = await srv.as('manager@demo.local');
    expect((await manager.get('/reviews?mine=1&status=open')).body.items.length).toBeGreaterThanOrEqual(1);
  });

  it('C1: every opportunity of the demo organisation (also other areas’ seeds) opens without error', async () => {
    const director = await srv.as('director@demo.local');
    const list = await director.get('/opportunities');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(5);
    for (const o of list.body.items.slice(0, 60)) {
      const r = await director.get(`/opportunities/${o.id}`);
      expect([o.id, r.status]).toEqual([o.id, 200]);
    }
  });
});
