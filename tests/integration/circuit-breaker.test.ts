// C5 the information-decay circuit breaker (freeze, review, unfreeze) and C6 the joint review report.
import { startTestServer, type Client, type TestServer } from './harness';
import {
  advance,
  AGREEING_ASSESSMENT,
  MES_STORY_ASSESSMENT,
  MES_STORY_REQUIREMENTS,
  newOpportunity,
  put,
  stage,
} from './opportunities-fixtures';

let srv: TestServer;
let rep: Client;
let delivery: Client;
let consultant: Client;
let manager: Client;
beforeAll(async () => {
  srv = await startTestServer();
  rep = await srv.as('rep1@demo.local');
  delivery = await srv.as('delivery@demo.local');
  consultant = await srv.as('consultant@demo.local');
  manager = await srv.as('manager@demo.local');
}, 180_000); // the demo seed takes a while on a busy machine
afterAll(() => srv?.close());

/** An opportunity at quote with requirements, answered pre-check, interface agreement and an assessment. */
async function atQuote(assessment: Record<string, unknown> | null) {
  const o = await newOpportunity(rep);
  await put(rep, `/opportunities/${o.id}/requirements`, { data: MES_STORY_REQUIREMENTS });
  const t = await rep.get(`/tickets?opportunityId=${o.id}`);
  for (const x of t.body.items)
    await consultant.post(`/tickets/${x.id}/answer`, { verdict: 'feasible', note: 'SAP标准连接器' });
  await advance(rep, o.id, 'quote');
  await delivery.post(`/opportunities/${o.id}/milestones`, {
    track: 'delivery',
    milestone: 'interface_agreement_signed',
    done: true,
  });
  if (assessment)
    expect((await put(delivery, `/opportunities/${o.id}/assessment`, { data: assessment })).status).toBe(200);
  return o;
}

describe('C5: circuit breaker', () => {
  it('C5: forms that agree are compared, stored and the stage changes (200)', async () => {
    const o = await atQuote(AGREEING_ASSESSMENT);
    const r = await stage(rep, o.id, 'contract_approval');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ stage: 'contract_approval', frozen: false });
    expect(r.body.requirementDiff.rate).toBeLessThanOrEqual(0.15);
    expect(r.body.requirementDiff.fields.length).toBeGreaterThan(10);
    expect(r.body.requirementDiff.versions.requirements).toMatchObject({ revision: 1, templateVersion: 1 });
    expect(r.body.requirementDiff.versions.assessment).toMatchObject({ revision: 1, templateVersion: 1 });
  });

  it('C5: the MES story freezes: 423, frozen, side-by-side diff, a review for rep, delivery lead and manager', async () => {
    const o = await atQuote(MES_STORY_ASSESSMENT);
    const r = await stage(rep, o.id, 'contract_approval');
    expect(r.status).toBe(423);
    expect(r.body.errors[0]).toMatchObject({ gate: 'circuit_breaker', reviewId: expect.any(String) });
    expect(r.body.errors[0].requirementDiff.rate).toBeGreaterThan(0.15);

    const got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body).toMatchObject({ frozen: true, stage: 'quote' });
    const diff = got.body.requirementDiff;
    expect(diff.rate).toBeGreaterThan(0.15);
    expect(diff.tripped).toBe(true);
    const integrations = diff.fields.find((f: { field: string }) => f.field === 'integrations');
    expect(integrations).toMatchObject({
      equal: false,
      sales: ['erp'],
      delivery: ['erp', 'mes'],
      label: { zh: expect.any(String) },
      detail: { kind: 'set', onlyDelivery: ['mes'] },
    });
    expect(diff.fields.find((f: { field: string }) => f.field === 'productionMode').equal).toBe(true);
    expect(got.body.review).toMatchObject({
      status: 'open',
      targetStage: 'contract_approval',
      approverRoles: ['manager'],
    });
    expect(got.body.review.reviewers.map((p: { name: string }) => p.name).sort()).toEqual(
      ['周建国', '李娜', '王磊'].sort(),
    );

    for (const who of [rep, delivery, manager]) {
      const mine = await who.get('/reviews?mine=1');
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(got.body.review.id);
    }
    const rep2 = await srv.as('rep2@demo.local');
    expect((await rep2.get('/reviews?mine=1')).body.items.map((x: { id: string }) => x.id)).not.toContain(
      got.body.review.id,
    );

    // frozen: every stage change is refused with 423, forms stay editable
    expect((await stage(rep, o.id, 'contract_approval')).status).toBe(423);
    expect((await stage(rep, o.id, 'lost')).status).toBe(423);
    expect(
      (await rep.get('/opportunities?frozen=true')).body.items.map((x: { id: string }) => x.id),
    ).toContain(o.id);
  });

  it('C5: only an approver role may decide; rejecting keeps it frozen; a new attempt opens a new review; approving unfreezes', async () => {
    const o = await atQuote(MES_STORY_ASSESSMENT);
    await stage(rep, o.id, 'contract_approval');
    const review = (await rep.get(`/opportunities/${o.id}`)).body.review;
    // delivery holds reviews:decide but is not an approver role of the artefact
    expect((await delivery.post(`/reviews/${review.id}/decide`, { decision: 'approve' })).status).toBe(403);
    expect((await rep.post(`/reviews/${review.id}/decide`, { decision: 'approve' })).status).toBe(403);
    expect((await manager.post(`/reviews/${review.id}/decide`, { decision: 'maybe' })).status).toBe(400);
    const manager2 = await srv.as('manager2@demo.local'); // another team's manager cannot see it
    expect((await manager2.post(`/reviews/${review.id}/decide`, { decision: 'approve' })).status).toBe(404);

    const rejected = await manager.post(`/reviews/${review.id}/decide`, {
      decision: 'reject',
      note: '需求表须补充MES对接',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decision: 'reject', decidedByName: '李娜' });
    expect((await manager.post(`/reviews/${review.id}/decide`, { decision: 'approve' })).status).toBe(409);
    let got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body.frozen).toBe(true);

    // the rep fixes the requirement form; retrying compares again and opens a new review (still frozen)
    await put(rep, `/opportunities/${o.id}/requirements`, {
      data: {
        ...MES_STORY_REQUIREMENTS,
        ...pick(MES_STORY_ASSESSMENT, [
          'existingSystems',
          'integrations',
          'productionLines',
          'shifts',
          'scope',
          'expectedGoLive',
        ]),
      },
    });
    const retry = await stage(rep, o.id, 'contract_approval');
    expect(retry.status).toBe(423);
    got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body.review.status).toBe('open');
    expect(got.body.review.id).not.toBe(review.id);
    expect(got.body.requirementDiff.rate).toBeLessThan(got.body.reviews[1].rate);
    expect(got.body.requirementDiff.versions.requirements.revision).toBe(2);

    const approved = await manager.post(`/reviews/${got.body.review.id}/decide`, {
      decision: 'approve',
      note: '范围已对齐',
    });
    expect(approved.status).toBe(200);
    got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body).toMatchObject({ frozen: false, stage: 'contract_approval' });
    const types = got.body.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'opportunity.frozen',
        'review.rejected',
        'review.approved',
        'opportunity.unfrozen',
      ]),
    );
  });

  it('C5: jumping from quote straight to won cannot bypass the breaker', async () => {
    const o = await atQuote(MES_STORY_ASSESSMENT);
    await rep.post(`/opportunities/${o.id}/milestones`, {
      track: 'sales',
      milestone: 'contract_signed',
      done: true,
    });
    const r = await stage(rep, o.id, 'won');
    expect(r.status).toBe(423);
    const got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body).toMatchObject({
      frozen: true,
      stage: 'quote',
      review: { targetStage: 'won', status: 'open' },
    });
  });

  it('C5: every comparison keeps both submissions’ revisions and the template versions', async () => {
    const o = await atQuote(MES_STORY_ASSESSMENT);
    await stage(rep, o.id, 'contract_approval');
    const d = (await rep.get(`/opportunities/${o.id}`)).body.requirementDiff;
    expect(d.versions).toMatchObject({
      requirements: {
        submissionId: expect.any(String),
        revision: 1,
        templateId: expect.any(String),
        templateVersion: 1,
      },
      assessment: {
        submissionId: expect.any(String),
        revision: 1,
        templateId: expect.any(String),
        templateVersion: 1,
      },
      gates: { id: expect.any(String), version: 1 },
    });
    expect(d.versions.requirements.templateId).not.toBe(d.versions.assessment.templateId);
  });

  it('C5: the assessment is filled by delivery only (403 for a rep)', async () => {
    const o = await newOpportunity(rep);
    expect((await put(rep, `/opportunities/${o.id}/assessment`, { data: AGREEING_ASSESSMENT })).status).toBe(
      403,
    );
    expect((await put(delivery, `/opportunities/${o.id}/requirements`, { data: {} })).status).toBe(403);
  });

  it('C5: without a pre-assessment the breaker blocks per onMissingAssessment (422)', async () => {
    // publish stage gates whose contract gate no longer asks for the assessment: the breaker still does
    const admin = await srv.as('admin@demo.local');
    const arts = await admin.get('/artifacts?kind=stage-gates');
    const a = arts.body.items[0];
    const full = await admin.get(`/artifacts/${a.id}`);
    const content = structuredClone(full.body.content);
    content.gates = content.gates.filter((g: { id: string }) => g.id !== 'contract_gate');
    const draft = await admin.post(`/artifacts/${a.id}/drafts`, {
      content,
      baseVersion: a.latestVersion,
      note: 'test',
    });
    expect(draft.status).toBeLessThan(300);
    const pub = await admin.post(`/artifacts/${a.id}/versions/${draft.body.version}/publish`, {
      note: '测试：去掉合同关卡',
    });
    expect(pub.status).toBeLessThan(300);
    try {
      const o = await atQuote(null);
      const r = await stage(rep, o.id, 'contract_approval');
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([
        expect.objectContaining({
          gate: 'circuit_breaker',
          missing: [expect.objectContaining({ kind: 'assessment' })],
        }),
      ]);
    } finally {
      await admin.post(`/artifacts/${a.id}/versions/${a.publishedVersion}/publish`, { note: '恢复' });
    }
  });
});

describe('C6: joint review report', () => {
  it('C6: the month’s cases by rate, worst first, with both versions and the outcome', async () => {
    const r = await manager.get(`/reports/requirement-distortion?month=2026-11`);
    expect(r.status).toBe(200);
    expect(r.body.month).toBe('2026-11');
    expect(r.body.cases.length).toBeGreaterThan(2);
    const rates = r.body.cases.map((c: { rate: number }) => c.rate);
    expect(rates).toEqual([...rates].sort((x: number, y: number) => y - x));
    const top = r.body.cases[0];
    expect(top).toMatchObject({
      opportunityName: expect.any(String),
      sales: { data: expect.any(Object), revision: expect.any(Number) },
      delivery: { data: expect.any(Object), revision: expect.any(Number) },
      outcome: { stage: expect.any(String) },
    });
    expect(top.fields.length).toBeGreaterThan(0);
    // the seeded, approved MES story shows its decision
    const approved = r.body.cases.find(
      (c: { review: { decision: string } | null }) => c.review?.decision === 'approve',
    );
    expect(approved).toBeTruthy();
    expect((await manager.get('/reports/requirement-distortion?month=2026-13')).status).toBe(400);
    const empty = await manager.get('/reports/requirement-distortion?month=2025-01');
    expect(empty.body).toMatchObject({ cases: [], total: 0 });
  });

  it('C6: the report is scoped like opportunities (another team sees none of these)', async () => {
    const m2 = await srv.as('manager2@demo.local');
    const r = await m2.get('/reports/requirement-distortion?month=2026-11');
    expect(r.status).toBe(200);
    expect(r.body.cases).toEqual([]);
  });
});

function pick(o: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}
