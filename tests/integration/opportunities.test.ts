// C1 opportunities and stage gates, C3 pre-check triggers, C4 dual track: the API contract of issue 6.
import { sampleLead, startTestServer, type Client, type TestServer } from './harness';
import { advance, MES_STORY_REQUIREMENTS, newOpportunity, put, stage } from './opportunities-fixtures';

let srv: TestServer;
let rep: Client;
beforeAll(async () => {
  srv = await startTestServer();
  rep = await srv.as('rep1@demo.local');
}, 180_000); // the demo seed takes a while on a busy machine
afterAll(() => srv?.close());

const withoutDecisionFlow = () => {
  const { decisionFlow: _d, ...rest } = MES_STORY_REQUIREMENTS;
  return rest;
};

describe('C1: creating opportunities', () => {
  it('C1: POST /opportunities for a customer → 201 with stage qualify, industry and its requirement template', async () => {
    const r = await rep.post('/opportunities', {
      customer: '无锡恒达精密机械有限公司',
      amount: 980_000,
      industry: 'manufacturing',
      expectedClose: '2027-02-28',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      id: expect.any(String),
      stage: 'qualify',
      industry: 'manufacturing',
      frozen: false,
    });
    const arts = await rep.get('/artifacts?kind=form-template');
    const mfg = arts.body.items.find((a: { key: string }) => a.key === 'manufacturing.requirements');
    expect(r.body.templateId).toBe(mfg.id);
    const got = await rep.get(`/opportunities/${r.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      customerName: '无锡恒达精密机械有限公司',
      amount: 980_000,
      frozen: false,
      requirementDiff: null,
    });
    expect(got.body.timeline.map((e: { type: string }) => e.type)).toContain('opportunity.created');
  });

  it('C1: converting a lead makes its owner the owner, links the customer and marks the lead converted', async () => {
    const director = await srv.as('director@demo.local');
    const lead = await director.post('/leads', sampleLead());
    expect(lead.status).toBe(201);
    const r = await director.post('/opportunities', {
      leadId: lead.body.id,
      amount: 2_000_000,
      industry: 'manufacturing',
      expectedClose: '2027-03-31',
    });
    expect(r.status).toBe(201);
    expect(r.body.ownerId).toBe(lead.body.ownerId);
    expect(r.body.customerId).toBe(lead.body.customerId);
    expect(r.body.leadId).toBe(lead.body.id);
    const after = await director.get(`/leads/${lead.body.id}`);
    expect(after.body.status).toBe('converted');
    const again = await director.post('/opportunities', {
      leadId: lead.body.id,
      amount: 1,
      industry: 'manufacturing',
      expectedClose: '2027-03-31',
    });
    expect(again.status).toBe(409);
  });

  it('C1: a body without leadId or customer, or with a bad date, is a 400 with paths', async () => {
    const r = await rep.post('/opportunities', {
      amount: 5,
      industry: 'manufacturing',
      expectedClose: '2027-01-01',
    });
    expect(r.status).toBe(400);
    const bad = await rep.post('/opportunities', {
      customer: 'x',
      amount: -1,
      industry: 'mining',
      expectedClose: 'soon',
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/amount', '/industry', '/expectedClose']));
  });

  it('C1: a rep cannot see or convert what is not theirs; delivery cannot create (403)', async () => {
    const o = await newOpportunity(rep);
    const rep2 = await srv.as('rep2@demo.local');
    expect((await rep2.get(`/opportunities/${o.id}`)).status).toBe(404);
    expect((await rep2.patch(`/opportunities/${o.id}`, { amount: 1 })).status).toBe(404);
    const list = await rep2.get('/opportunities');
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    const manager = await srv.as('manager@demo.local');
    expect((await manager.get(`/opportunities/${o.id}`)).status).toBe(200); // same team
    const manager2 = await srv.as('manager2@demo.local');
    expect((await manager2.get(`/opportunities/${o.id}`)).status).toBe(404); // other team
    const delivery = await srv.as('delivery@demo.local');
    expect((await delivery.get(`/opportunities/${o.id}`)).status).toBe(200);
    expect(
      (
        await delivery.post('/opportunities', {
          customer: 'x',
          amount: 1,
          industry: 'saas',
          expectedClose: '2027-01-01',
        })
      ).status,
    ).toBe(403);
  });

  it('C1: the list filters by stage, owner and frozen', async () => {
    const o = await newOpportunity(rep);
    await advance(rep, o.id, 'solution');
    const r = await rep.get('/opportunities?stage=solution&owner=me&frozen=false');
    expect(r.status).toBe(200);
    expect(r.body.items.map((x: { id: string }) => x.id)).toContain(o.id);
    expect(r.body.items.every((x: { stage: string }) => x.stage === 'solution')).toBe(true);
    expect((await rep.get('/opportunities?frozen=maybe')).status).toBe(400);
  });
});

describe('C1: stage gates', () => {
  it('C1: entering quote without the three elements → 422 {errors:[{gate, missing}]} naming each element', async () => {
    const o = await newOpportunity(rep);
    await advance(rep, o.id, 'solution');
    const r = await stage(rep, o.id, 'quote');
    expect(r.status).toBe(422);
    const gate = r.body.errors.find((e: { gate: string }) => e.gate === 'quote_gate');
    expect(gate).toBeTruthy();
    const ids = gate.missing.map((m: { id: string }) => m.id);
    expect(ids).toEqual(['existing_systems', 'decision_flow', 'acceptance_criteria']);
    expect(gate.missing[1]).toMatchObject({
      kind: 'element',
      field: 'decisionFlow',
      label: { zh: '决策流程图' },
    });
    const got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body.stage).toBe('solution');
    expect(got.body.timeline[0]).toMatchObject({ type: 'stage.refused' });
  });

  it('C1: only the decision flow missing → the gate lists exactly that; the checklist on GET shows it too', async () => {
    const o = await newOpportunity(rep);
    const saved = await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...withoutDecisionFlow(), integrations: ['wms'] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    const r = await stage(rep, o.id, 'quote');
    expect(r.status).toBe(422);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0]).toMatchObject({
      gate: 'quote_gate',
      missing: [{ kind: 'element', id: 'decision_flow' }],
    });
    const got = await rep.get(`/opportunities/${o.id}`);
    const quote = got.body.nextStages.find((s: { stage: string }) => s.stage === 'quote');
    expect(quote.passed).toBe(false);
    const three = quote.gates[0].items.find((i: { type: string }) => i.type === 'three_elements');
    expect(three).toMatchObject({ passed: false, missing: [{ id: 'decision_flow' }] });
  });

  it('C1: a decision flow with one person breaks the template’s minItems rule and still misses', async () => {
    const o = await newOpportunity(rep);
    const one = { nodes: [{ id: 'a', name: '刘总', role: 'decision_maker' }], edges: [] };
    await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...withoutDecisionFlow(), integrations: ['wms'], decisionFlow: one },
    });
    const r = await stage(rep, o.id, 'quote');
    expect(r.status).toBe(422);
    expect(r.body.errors[0].missing[0]).toMatchObject({
      id: 'decision_flow',
      detail: [{ code: 'too_few', min: 2, actual: 1 }],
    });
  });

  it('C1: with all three elements and no pre-check ticket the quote gate opens (200)', async () => {
    const o = await newOpportunity(rep);
    await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...MES_STORY_REQUIREMENTS, integrations: ['wms'] },
    });
    const r = await stage(rep, o.id, 'quote');
    expect(r.status).toBe(200);
    expect(r.body.stage).toBe('quote');
    expect(r.body.gatesArtifact).toMatchObject({ id: expect.any(String), version: 1 });
  });

  it('C1: invalid form values are refused with field paths (400); an unknown stage is a 400', async () => {
    const o = await newOpportunity(rep);
    const r = await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { productionLines: -3, shifts: 'four' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/data/productionLines', '/data/shifts']),
    );
    expect((await stage(rep, o.id, 'negotiation')).status).toBe(400);
  });

  it('C1: contract approval needs the pre-assessment and the signed interface agreement', async () => {
    const o = await newOpportunity(rep);
    await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...MES_STORY_REQUIREMENTS, integrations: ['wms'] },
    });
    await advance(rep, o.id, 'quote');
    const r = await stage(rep, o.id, 'contract_approval');
    expect(r.status).toBe(422);
    const gate = r.body.errors.find((e: { gate: string }) => e.gate === 'contract_gate');
    expect(gate.missing.map((m: { kind: string; id: string }) => `${m.kind}:${m.id}`)).toEqual([
      'assessment:assessment',
      'milestone:interface_agreement_signed',
    ]);
    expect(gate.missing[1]).toMatchObject({ track: 'delivery', label: { zh: '接口协议签署' } });
  });

  it('C1: skipping stages passes every gate on the way (qualify → contract approval)', async () => {
    const o = await newOpportunity(rep);
    const r = await stage(rep, o.id, 'contract_approval');
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { gate: string }) => e.gate)).toEqual(['quote_gate', 'contract_gate']);
    expect((await rep.get(`/opportunities/${o.id}`)).body.stage).toBe('qualify');
  });

  it('C1: moving to lost is always possible; a closed opportunity cannot move again (409)', async () => {
    const o = await newOpportunity(rep);
    expect((await stage(rep, o.id, 'lost')).status).toBe(200);
    expect((await stage(rep, o.id, 'qualify')).status).toBe(409);
  });
});

describe('C3: triggers open pre-check tickets', () => {
  it('C3: integrations including MES open one ticket for a consultant with a due time; answering it opens the gate', async () => {
    const o = await newOpportunity(rep);
    const saved = await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...MES_STORY_REQUIREMENTS, integrations: ['erp', 'mes'] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.firedTriggers).toContain('erp_mes_precheck');
    expect(saved.body.openedTickets).toHaveLength(1);
    // saving again does not open a second ticket
    const again = await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...MES_STORY_REQUIREMENTS, integrations: ['mes'] },
    });
    expect(again.body.openedTickets).toHaveLength(0);
    expect(again.body.revision).toBe(2);
    const tickets = await rep.get(`/tickets?opportunityId=${o.id}`);
    expect(tickets.status).toBe(200);
    expect(tickets.body.items).toHaveLength(1);
    const t = tickets.body.items[0];
    expect(t).toMatchObject({
      triggerId: 'erp_mes_precheck',
      status: 'open',
      verdict: null,
      priority: 'high',
      assigneeName: '王敏',
    });
    expect(Date.parse(t.dueAt) - srv.clock.now().getTime()).toBe(4 * 3600_000);

    const refused = await stage(rep, o.id, 'quote');
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].missing).toEqual([expect.objectContaining({ kind: 'ticket', id: t.id })]);

    const consultant = await srv.as('consultant@demo.local');
    const mine = await consultant.get('/tickets?assignee=me&status=open');
    expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(t.id);
    const answered = await consultant.post(`/tickets/${t.id}/answer`, {
      verdict: 'feasible_with_conditions',
      note: '自研MES需开放数据库视图，接口开发约40人天。',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', verdict: 'feasible_with_conditions' });
    expect(
      (await consultant.post(`/tickets/${t.id}/answer`, { verdict: 'feasible', note: 'x' })).status,
    ).toBe(409);

    const seen = await rep.get(`/opportunities/${o.id}`);
    expect(seen.body.tickets[0]).toMatchObject({
      verdict: 'feasible_with_conditions',
      note: expect.stringContaining('40人天'),
    });
    expect((await stage(rep, o.id, 'quote')).status).toBe(200);
  });
});

describe('C4: dual track', () => {
  it('C4: milestones are ticked per track by the right role; misalignment is flagged on both sides and blocks its stage', async () => {
    const o = await newOpportunity(rep);
    const delivery = await srv.as('delivery@demo.local');
    expect(
      (
        await rep.post(`/opportunities/${o.id}/milestones`, {
          track: 'delivery',
          milestone: 'sandbox_opened',
          done: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await delivery.post(`/opportunities/${o.id}/milestones`, {
          track: 'sales',
          milestone: 'legal_review',
          done: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (await rep.post(`/opportunities/${o.id}/milestones`, { track: 'sales', milestone: 'nope', done: true }))
        .status,
    ).toBe(400);

    const r = await rep.post(`/opportunities/${o.id}/milestones`, {
      track: 'sales',
      milestone: 'legal_review',
      done: true,
    });
    expect(r.status).toBe(200);
    const legal = r.body.tracks.sales.find((m: { id: string }) => m.id === 'legal_review');
    const iface = r.body.tracks.delivery.find((m: { id: string }) => m.id === 'interface_agreement_signed');
    expect(legal).toMatchObject({ done: true, misaligned: true, byName: '王磊' });
    expect(iface).toMatchObject({ done: false, misaligned: true });
    expect(r.body.tracks.alignment.find((a: { id: string }) => a.id === 'legal_needs_interface').state).toBe(
      'misaligned',
    );

    // the pair is enforced when entering contract approval
    await put(rep, `/opportunities/${o.id}/requirements`, {
      data: { ...MES_STORY_REQUIREMENTS, integrations: ['wms'] },
    });
    await advance(rep, o.id, 'quote');
    const refused = await stage(rep, o.id, 'contract_approval');
    expect(refused.status).toBe(422);
    expect(
      refused.body.errors.find((e: { gate: string }) => e.gate === 'alignment').missing[0],
    ).toMatchObject({
      kind: 'alignment',
      id: 'legal_needs_interface',
    });

    // interface agreement signed after legal review: still misaligned (delivery must come first)
    srv.clock.advance(60_000);
    await delivery.post(`/opportunities/${o.id}/milestones`, {
      track: 'delivery',
      milestone: 'interface_agreement_signed',
      done: true,
    });
    let got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body.tracks.alignment[0].state).toBe('misaligned');
    // redo legal review after the interface agreement: aligned
    await rep.post(`/opportunities/${o.id}/milestones`, {
      track: 'sales',
      milestone: 'legal_review',
      done: false,
    });
    srv.clock.advance(60_000);
    await rep.post(`/opportunities/${o.id}/milestones`, {
      track: 'sales',
      milestone: 'legal_review',
      done: true,
    });
    got = await rep.get(`/opportunities/${o.id}`);
    expect(got.body.tracks.alignment[0].state).toBe('aligned');
    expect(got.body.tracks.sales.find((m: { id: string }) => m.id === 'legal_review')).toMatchObject({
      aligned: true,
      misaligned: false,
    });
    expect(got.body.timeline.map((e: { type: string }) => e.type)).toContain('milestone.done');
  });

  it('C4: contract signed without the kickoff plan within 14 days becomes misaligned', async () => {
    const o = await newOpportunity(rep);
    await rep.post(`/opportunities/${o.id}/milestones`, {
      track: 'sales',
      milestone: 'contract_signed',
      done: true,
    });
    let got = await rep.get(`/opportunities/${o.id}`);
    const pair = (b: { tracks: { alignment: { id: string; state: string }[] } }) =>
      b.tracks.alignment.find((a) => a.id === 'signing_with_kickoff')!.state;
    expect(pair(got.body)).toBe('pending');
    srv.clock.advance(15 * 86_400_000);
    rep = await srv.as('rep1@demo.local'); // the session has expired meanwhile
    got = await rep.get(`/opportunities/${o.id}`);
    expect(pair(got.body)).toBe('misaligned');
  });
});
