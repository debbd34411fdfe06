// L2: the normalised company name identifies a customer; ambiguous matches are flagged for a
// manager; concurrent leads for one customer end with one owner (enforced by customer_keys).
import { customers } from '../../server/db/schema';
import { sampleLead, startTestServer, type Client, type TestServer } from './harness';

let srv: TestServer;
let director: Client;
let reps: { id: string; email: string }[];
beforeAll(async () => {
  srv = await startTestServer();
  director = await srv.as('director@demo.local');
  reps = (await director.get('/users')).body.items.filter((u: { role: string }) => u.role === 'rep');
});
afterAll(() => srv.close());

const repId = (email: string) => reps.find((r) => r.email === email)!.id;
const timelineTypes = async (leadId: string) =>
  (await director.get(`/leads/${leadId}/timeline`)).body.items.map((e: { type: string }) => e.type);

describe('L2: company name identifies the customer', () => {
  test('L2: a lead with new contact details but the same normalised company goes to its owner, linked', async () => {
    const first = await director.post(
      '/leads',
      sampleLead({ company: { name: '苏州恒达精密（集团）股份有限公司', industry: 'government' } }),
    );
    expect(first.body.ownerId).toEqual(expect.any(String));
    const second = await director.post(
      '/leads',
      sampleLead({ company: { name: '苏州恒达精密有限公司上海分公司', industry: 'government' } }),
    );
    const third = await director.post(
      '/leads',
      sampleLead({ company: { name: ' 苏州恒达精密 有限公司 ', industry: 'government' } }),
    );
    for (const r of [second, third]) {
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ ownerId: first.body.ownerId, customerId: first.body.customerId });
    }
    expect(second.body.duplicateOf).toBe(first.body.id);
    const lead = (await director.get(`/leads/${second.body.id}`)).body;
    expect(lead.assignment.reason).toMatch(/same company name/);
    expect(lead.review).toBeNull();
    // A different company still goes by policy to a new customer.
    const other = await director.post('/leads', sampleLead({ company: { name: '苏州恒远精密有限公司' } }));
    expect(other.body.customerId).not.toBe(first.body.customerId);
  });
});

describe('L2: ambiguous matches are flagged for a manager', () => {
  test('L2: contact details matching two customers with different owners → flagged, given to the earliest', async () => {
    const a = await director.post(
      '/leads',
      sampleLead({
        company: { name: '甲医疗器械有限公司', industry: 'medical_devices' },
        contact: { phone: '13811110001' },
      }),
    );
    srv.clock.advance(1000); // a is the earlier customer
    const b = await director.post(
      '/leads',
      sampleLead({
        company: { name: '乙精工有限公司', industry: 'manufacturing' },
        contact: { email: 'buyer@yi-jinggong.cn' },
      }),
    );
    expect(a.body.ownerId).not.toBe(b.body.ownerId);
    const both = await director.post(
      '/leads',
      sampleLead({
        company: { name: '丙贸易有限公司' },
        contact: { phone: '138-1111-0001', email: 'BUYER@yi-jinggong.cn' },
      }),
    );
    expect(both.status).toBe(201);
    expect(both.body.ownerId).toBe(a.body.ownerId);
    const lead = (await director.get(`/leads/${both.body.id}`)).body;
    expect(lead.review).toEqual({
      reason: 'the contact details match 2 customers with different owners',
      candidates: [a.body.customerId, b.body.customerId],
    });
    expect(await timelineTypes(both.body.id)).toEqual(
      expect.arrayContaining(['lead.assigned', 'lead.flagged']),
    );
    // The owner's manager sees the flag live too (the event carries the owner).
    const events = (await director.get(`/leads/${both.body.id}/timeline`)).body.items;
    expect(events.find((e: { type: string }) => e.type === 'lead.flagged').data).toMatchObject({
      candidates: [a.body.customerId, b.body.customerId],
    });
  });

  test('L2: a company name shared by two customers with different owners → flagged', async () => {
    const at = srv.clock.now();
    await srv.ctx.db.insert(customers).values([
      {
        name: '重名科技有限公司',
        normalizedName: '重名科技',
        ownerId: repId('rep1@demo.local'),
        createdAt: at,
      },
      {
        name: '重名科技股份有限公司',
        normalizedName: '重名科技',
        ownerId: repId('rep3@demo.local'),
        createdAt: new Date(at.getTime() + 1),
      },
    ]);
    const r = await director.post('/leads', sampleLead({ company: { name: '重名科技（集团）有限公司' } }));
    expect(r.body.ownerId).toBe(repId('rep1@demo.local'));
    const lead = (await director.get(`/leads/${r.body.id}`)).body;
    expect(lead.review).toMatchObject({
      reason: 'the company name matches 2 customers with different owners',
    });
    expect(lead.review.candidates).toHaveLength(2);
  });

  test('L2: with onAmbiguous "first_match" the earliest customer is taken, no flag', async () => {
    const list = (await director.get('/artifacts?kind=assignment-policy')).body.items[0];
    const content = structuredClone((await director.get(`/artifacts/${list.id}`)).body.content);
    content.dedupe.onAmbiguous = 'first_match';
    const saved = await director.post(`/artifacts/${list.id}/drafts`, {
      content,
      baseVersion: list.latestVersion,
    });
    expect(saved.status).toBe(201);
    const pub = await director.post(`/artifacts/${list.id}/versions/${saved.body.version}/publish`, {
      note: 'first match',
    });
    expect(pub.status).toBe(200);
    const a = await director.post(
      '/leads',
      sampleLead({
        company: { name: '丁医疗器械有限公司', industry: 'medical_devices' },
        contact: { phone: '13811110002' },
      }),
    );
    srv.clock.advance(1000); // a is the earlier customer
    const b = await director.post(
      '/leads',
      sampleLead({
        company: { name: '戊精工有限公司', industry: 'manufacturing' },
        contact: { wecomId: 'wu-buyer' },
      }),
    );
    expect(a.body.ownerId).not.toBe(b.body.ownerId);
    const both = await director.post(
      '/leads',
      sampleLead({ contact: { phone: '13811110002', wecomId: 'WU-BUYER' } }),
    );
    expect(both.body).toMatchObject({ ownerId: a.body.ownerId, customerId: a.body.customerId });
    expect((await director.get(`/leads/${both.body.id}`)).body.review).toBeNull();
    expect(await timelineTypes(both.body.id)).not.toContain('lead.flagged');
  });
});

describe('L2: concurrent ingestion ends with one owner', () => {
  test('L2: 20 parallel leads — same phone, and same company with different phones — one customer, one owner', async () => {
    const phone = '13922220000';
    const company = { name: '并发测试制造有限公司', industry: 'government' };
    const bodies = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? sampleLead({ company, contact: { name: `同号${i}`, phone } })
        : sampleLead({
            company: { ...company, name: '并发测试制造股份有限公司' },
            contact: { name: `异号${i}`, phone: `1392222${String(1000 + i)}` },
          }),
    );
    const results = await Promise.all(bodies.map((b) => director.post('/leads', b)));
    for (const r of results) expect(r.status).toBe(201);
    expect(new Set(results.map((r) => r.body.ownerId)).size).toBe(1);
    expect(new Set(results.map((r) => r.body.customerId)).size).toBe(1);
    expect(results.every((r) => r.body.ownerId)).toBe(true);
  });
});
