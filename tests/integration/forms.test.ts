// W3 / C1 form submissions: the PUT/GET contract, field errors (nothing stored on error),
// revisions, and who may read and write which form about which lead or opportunity.
import { eq } from 'drizzle-orm';
import {
  formSubmissionRevisions,
  formSubmissions,
  leads,
  opportunities,
  users,
} from '../../server/db/schema';
import { startTestServer, type Client, type TestServer } from './harness';

let srv: TestServer;
let rep1: Client;
let requirementsId: string;
let assessmentId: string;
let ownLead: string;
let ownOpp: string;
let otherTeamOpp: string;
let teammateOpp: string;

const VALID = {
  projectGoal: '上线MES，实现从排产到报工的全流程数字化',
  painPoints: '插单频繁导致交期延误；人工报工数据滞后一天',
  scope: ['planning', 'execution'],
  integrations: ['erp'],
  integrationNotes: '与用友U8对接BOM与生产工单',
  budget: 3_500_000,
  expectedGoLive: '2027-03-15',
  existingSystems: [{ name: '用友U8', category: 'erp', vendor: '用友', version: 'V16' }],
  decisionFlow: {
    nodes: [
      { id: 'p1', name: '王磊', title: 'IT经理', role: 'technical_evaluator', influence: 'medium' },
      { id: 'p2', name: '陈建国', title: '生产副总', role: 'decision_maker', influence: 'high' },
    ],
    edges: [{ from: 'p1', to: 'p2' }],
  },
  acceptanceCriteria: [{ criterion: '排产时间从4小时缩短到30分钟', target: '≤30分钟' }],
};

async function userId(email: string): Promise<string> {
  const [u] = await srv.ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u!.id;
}

async function newOpportunity(ownerEmail: string, name: string): Promise<string> {
  const now = srv.clock.now();
  const [o] = await srv.ctx.db
    .insert(opportunities)
    .values({
      name,
      ownerId: await userId(ownerEmail),
      industry: 'manufacturing',
      amount: 3_500_000,
      expectedClose: '2027-01-31',
      stage: 'solution',
      stageEnteredAt: now,
      createdVia: 'seed',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: opportunities.id });
  return o!.id;
}

const url = (template: string, subject: string) => `/forms/${template}/submissions/${subject}`;
const put = (c: Client, template: string, subject: string, body: unknown) =>
  c.request('PUT', url(template, subject), body);

beforeAll(async () => {
  srv = await startTestServer({ scheduler: false });
  rep1 = await srv.as('rep1@demo.local');
  const list = await rep1.get('/artifacts');
  const byKey = (k: string) => list.body.items.find((a: { key: string }) => a.key === k).id as string;
  requirementsId = byKey('manufacturing.requirements');
  assessmentId = byKey('manufacturing.assessment');
  const [lead] = await srv.ctx.db
    .select({ id: leads.id })
    .from(leads)
    .where(eq(leads.ownerId, await userId('rep1@demo.local')))
    .limit(1);
  ownLead = lead!.id;
  ownOpp = await newOpportunity('rep1@demo.local', '华东精密MES项目');
  otherTeamOpp = await newOpportunity('rep4@demo.local', '岭南电子WMS项目');
  teammateOpp = await newOpportunity('rep2@demo.local', '苏州医疗器械追溯项目');
}, 120_000);
afterAll(() => srv.close());

describe('W3 form API contract', () => {
  test('W3: GET /forms/:templateId returns the published template content and version', async () => {
    const r = await rep1.get(`/forms/${requirementsId}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: requirementsId, key: 'manufacturing.requirements', version: 1 });
    expect(r.body.content.sections.length).toBeGreaterThan(3);
    expect((await rep1.get('/forms/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await rep1.get('/forms/not-a-uuid')).status).toBe(404);
  });

  test('W3: GET before any save is 404', async () => {
    expect((await rep1.get(url(requirementsId, ownOpp))).status).toBe(404);
  });

  test('W3/C1: PUT stores valid data with completeness, errors and revision 1; GET returns it', async () => {
    const partial = { projectGoal: VALID.projectGoal, integrations: ['erp'] };
    const r = await put(rep1, requirementsId, ownOpp, { data: partial });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      revision: 1,
      templateVersion: 1,
      subjectType: 'opportunity',
      subjectId: ownOpp,
    });
    expect(r.body.completeness).toBeGreaterThan(0);
    expect(r.body.completeness).toBeLessThan(50);
    expect(r.body.complete).toBe(false);
    // missing required fields come back as errors, but do not block the save
    expect(r.body.errors).toContainEqual(
      expect.objectContaining({ path: '/integrationNotes', code: 'required' }),
    );
    expect(r.body.firedTriggers.map((t: { id: string }) => t.id)).toEqual(['erp_mes_precheck']);
    const g = await rep1.get(url(requirementsId, ownOpp));
    expect(g.status).toBe(200);
    expect(g.body).toMatchObject({ data: partial, revision: 1, completeness: r.body.completeness });
  });

  test('W3: data that breaks the template → 400 with field errors, and nothing is stored', async () => {
    const bad = {
      ...VALID,
      budget: '35万',
      expectedGoLive: '2027/03/15',
      existingSystems: [{ name: 'U8', category: 'sap' }],
      nope: 1,
    };
    const r = await put(rep1, requirementsId, ownOpp, { data: bad });
    expect(r.status).toBe(400);
    const paths = r.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/data/budget',
        '/data/expectedGoLive',
        '/data/existingSystems/0/category',
        '/data/nope',
      ]),
    );
    const budget = r.body.errors.find((e: { path: string }) => e.path === '/data/budget');
    expect(budget).toMatchObject({
      field: 'budget',
      message: 'Must be a number',
      i18n: { zh: expect.any(String) },
    });
    const g = await rep1.get(url(requirementsId, ownOpp));
    expect(g.body.revision).toBe(1);
    expect(g.body.data.budget).toBeUndefined();
    // malformed bodies are refused by the body schema
    expect((await put(rep1, requirementsId, ownOpp, { values: {} })).status).toBe(400);
    expect((await put(rep1, requirementsId, ownOpp, { data: [] })).status).toBe(400);
  });

  test('C1/C5: every change is a new revision kept with its data; an unchanged autosave is not', async () => {
    const r2 = await put(rep1, requirementsId, ownOpp, { data: VALID });
    expect(r2.status).toBe(200);
    expect(r2.body.revision).toBe(2);
    expect(r2.body.elements).toMatchObject({
      existing_systems: { filled: true },
      decision_flow: { filled: true },
      acceptance_criteria: { filled: true },
    });
    const again = await put(rep1, requirementsId, ownOpp, { data: VALID });
    expect(again.body.revision).toBe(2);
    const r3 = await put(rep1, requirementsId, ownOpp, { data: { ...VALID, budget: 4_000_000 } });
    expect(r3.body.revision).toBe(3);
    const revs = await rep1.get(`${url(requirementsId, ownOpp)}/revisions`);
    expect(revs.body.items.map((i: { revision: number }) => i.revision)).toEqual([3, 2, 1]);
    expect(revs.body.items[0].data.budget).toBe(4_000_000);
    expect(revs.body.items[1].data.budget).toBe(3_500_000);
    const [row] = await srv.ctx.db
      .select()
      .from(formSubmissions)
      .where(eq(formSubmissions.subjectId, ownOpp));
    const stored = await srv.ctx.db
      .select()
      .from(formSubmissionRevisions)
      .where(eq(formSubmissionRevisions.submissionId, row!.id));
    expect(stored).toHaveLength(3);
  });

  test('W3: a stale baseRevision is a 409; provenance is kept per field (C7)', async () => {
    const stale = await put(rep1, requirementsId, ownOpp, { data: VALID, baseRevision: 1 });
    expect(stale.status).toBe(409);
    const prov = { budget: { source: 'chat', line: 3, text: '预算大概400万' } };
    const r = await put(rep1, requirementsId, ownOpp, {
      data: { ...VALID, budget: 4_000_001 },
      provenance: prov,
      baseRevision: 3,
    });
    expect(r.status).toBe(200);
    expect(r.body.provenance).toEqual(prov);
  });

  test('W3: forms about leads work too (subjectId may be a lead id)', async () => {
    const r = await put(rep1, requirementsId, ownLead, { data: { projectGoal: '评估MES上线可行性' } });
    expect(r.status).toBe(200);
    expect(r.body.subjectType).toBe('lead');
  });
});

describe('W3 permission scoping', () => {
  test('W3: a rep cannot see or write forms about another team’s deals (404)', async () => {
    expect((await put(rep1, requirementsId, otherTeamOpp, { data: {} })).status).toBe(404);
    expect((await rep1.get(url(requirementsId, otherTeamOpp))).status).toBe(404);
    expect((await put(rep1, requirementsId, teammateOpp, { data: {} })).status).toBe(404);
  });

  test('W3: the manager writes their team’s forms but not another team’s; the director all', async () => {
    const manager = await srv.as('manager@demo.local');
    expect((await manager.get(url(requirementsId, ownOpp))).status).toBe(200);
    expect((await put(manager, requirementsId, teammateOpp, { data: { competitors: '鼎捷' } })).status).toBe(
      200,
    );
    expect((await put(manager, requirementsId, otherTeamOpp, { data: {} })).status).toBe(404);
    const director = await srv.as('director@demo.local');
    expect(
      (await put(director, requirementsId, otherTeamOpp, { data: { competitors: '鼎捷' } })).status,
    ).toBe(200);
  });

  test('C5: delivery writes the delivery assessment but not the requirement form; reps not the assessment', async () => {
    const delivery = await srv.as('delivery@demo.local');
    expect((await delivery.get(url(requirementsId, ownOpp))).status).toBe(200);
    expect((await put(delivery, requirementsId, ownOpp, { data: VALID })).status).toBe(403);
    const a = await put(delivery, assessmentId, ownOpp, { data: {} });
    expect(a.status).toBe(200);
    expect((await put(rep1, assessmentId, ownOpp, { data: {} })).status).toBe(403);
    // delivery does not see leads
    expect((await delivery.get(url(requirementsId, ownLead))).status).toBe(404);
  });

  test('W3: consultants and finance may read but not write', async () => {
    const consultant = await srv.as('consultant@demo.local');
    expect((await consultant.get(url(requirementsId, ownOpp))).status).toBe(200);
    expect((await put(consultant, requirementsId, ownOpp, { data: {} })).status).toBe(403);
  });
});
