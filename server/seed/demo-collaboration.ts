// Demo requirement forms, delivery assessments, pre-check tickets and a frozen opportunity under
// review (C1–C6): the knowledge base, and five manufacturing deals of 王磊 that show every state —
// an answered MES pre-check, a quote gate missing the decision flow, the brief's MES story frozen
// at contract approval, the same story approved after review, and a deal whose forms agree.
import { eq } from 'drizzle-orm';
import { ROLE_PERMISSIONS, type Role } from '../../schemas';
import { loadKnowledgeEntries } from '../../templates/knowledge';
import type { Principal } from '../auth/principal';
import type { AppContext, Clock } from '../context';
import { knowledgeEntries, users } from '../db/schema';
import { HttpError } from '../http/errors';
import { seedKnowledge } from '../services/knowledge';
import { createOpportunity } from '../services/opportunities';
import { changeOpportunity } from '../services/opportunities-stage';
import { saveOpportunityForm, setMilestone } from '../services/opportunities-work';
import { decideReview, reviewsOf } from '../services/reviews';
import { answerTicket, listTickets } from '../services/tickets';
import { AGREEING_ASSESSMENT, MES_STORY_ASSESSMENT, MES_STORY_REQUIREMENTS } from './demo-collaboration-data';

async function principal(ctx: AppContext, email: string): Promise<Principal> {
  const [u] = await ctx.db.select().from(users).where(eq(users.email, email));
  return {
    kind: 'user',
    id: u!.id,
    role: u!.role as Role,
    teamId: u!.teamId,
    permissions: new Set(ROLE_PERMISSIONS[u!.role as Role]),
    sessionTokenHash: 'seed',
  };
}

/** A clock that starts two days ago (within this month, China time) and moves on step by step. */
function storyClock(now: Date, steps: number): Clock & { tick(): void } {
  const monthStart = Date.parse(
    `${new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7)}-01T00:00:00+08:00`,
  );
  const start = Math.max(now.getTime() - 2 * 86_400_000, monthStart + 60_000);
  const step = Math.max(1, Math.floor((now.getTime() - start) / (steps + 1)));
  let t = start;
  return { now: () => new Date(t), tick: () => void (t = Math.min(t + step, now.getTime())) };
}

/** Runs a step that is expected to be refused (422/423): the refusal is part of the story. */
async function refused(step: Promise<unknown>) {
  try {
    await step;
  } catch (e) {
    if (e instanceof HttpError && (e.status === 422 || e.status === 423)) return;
    throw e;
  }
}

export async function seedDemoCollaboration(ctx: AppContext): Promise<void> {
  const [existing] = await ctx.db.select({ id: knowledgeEntries.id }).from(knowledgeEntries).limit(1);
  if (!existing)
    await seedKnowledge(
      ctx,
      loadKnowledgeEntries().map((e) => ({
        key: e.id,
        kind: e.kind,
        title: e.title,
        body: e.body,
        tags: e.tags,
        url: e.url ?? null,
      })),
    );

  const clock = storyClock(ctx.clock.now(), 60);
  const c: AppContext = { ...ctx, clock };
  const rep = await principal(ctx, 'rep1@demo.local');
  const delivery = await principal(ctx, 'delivery@demo.local');
  const consultant = await principal(ctx, 'consultant@demo.local');
  const manager = await principal(ctx, 'manager@demo.local');
  const step = async <T>(p: Promise<T>) => {
    const r = await p;
    clock.tick();
    return r;
  };
  const create = (customer: string, amount: number, expectedClose: string, name: string) =>
    step(
      createOpportunity(c, rep, { customer, amount, industry: 'manufacturing', expectedClose, name }, 'seed'),
    );
  const answerAll = async (oppId: string, note: string, keys: string[]) => {
    const kb = await ctx.db
      .select({ id: knowledgeEntries.id, key: knowledgeEntries.key })
      .from(knowledgeEntries);
    const knowledgeIds = kb.filter((k) => keys.includes(k.key)).map((k) => k.id);
    for (const t of (await listTickets(c, consultant, { opportunityId: oppId })).items)
      await step(
        answerTicket(c, consultant, t.id, { verdict: 'feasible_with_conditions', note, knowledgeIds }),
      );
  };

  // 1. Three elements filled, MES pre-check answered by the consultant → at quote.
  const a = await create('苏州恒锐精密制造有限公司', 1_650_000, '2027-01-20', '恒锐精密 · MES一期');
  await step(changeOpportunity(c, rep, a.id, { stage: 'solution' }));
  await step(
    saveOpportunityForm(c, rep, a.id, 'requirements', {
      data: { ...MES_STORY_REQUIREMENTS, integrations: ['erp', 'mes'], mesStatus: 'inhouse' },
    }),
  );
  await answerAll(
    a.id,
    '客户自研MES为SQL Server库，可通过中间库视图对接工单与报工；需客户开放只读视图，接口开发约15人天。',
    ['kb.mes-api', 'kb.erp-connectors'],
  );
  await step(changeOpportunity(c, rep, a.id, { stage: 'quote' }));
  await step(setMilestone(c, rep, a.id, { track: 'sales', milestone: 'price_negotiation', done: true }));

  // 2. At the solution stage, the quote gate refused: the decision flow is missing.
  const b = await create('无锡华辰汽车零部件有限公司', 820_000, '2027-02-28', '华辰汽车零部件 · 数字化车间');
  await step(changeOpportunity(c, rep, b.id, { stage: 'solution' }));
  const { decisionFlow: _omitted, ...noDecisionFlow } = MES_STORY_REQUIREMENTS;
  await step(
    saveOpportunityForm(c, rep, b.id, 'requirements', {
      data: { ...noDecisionFlow, integrations: ['wms'], productionLines: 6, budget: 800_000 },
    }),
  );
  await refused(changeOpportunity(c, rep, b.id, { stage: 'quote' }));
  clock.tick();

  // 3 and 4. The brief's MES story: the rep never ticked MES, delivery found it on site.
  const story = async (customer: string, name: string, amount: number) => {
    const o = await create(customer, amount, '2026-12-31', name);
    await step(changeOpportunity(c, rep, o.id, { stage: 'solution' }));
    await step(saveOpportunityForm(c, rep, o.id, 'requirements', { data: MES_STORY_REQUIREMENTS }));
    await answerAll(o.id, 'SAP ECC 6.0 标准连接器支持工单下达与完工入库（RFC/IDoc）。', [
      'kb.erp-connectors',
    ]);
    await step(changeOpportunity(c, rep, o.id, { stage: 'quote' }));
    await step(setMilestone(c, rep, o.id, { track: 'sales', milestone: 'price_negotiation', done: true }));
    await step(saveOpportunityForm(c, delivery, o.id, 'assessment', { data: MES_STORY_ASSESSMENT }));
    await step(
      setMilestone(c, delivery, o.id, {
        track: 'delivery',
        milestone: 'interface_agreement_signed',
        done: true,
      }),
    );
    await refused(changeOpportunity(c, rep, o.id, { stage: 'contract_approval' })); // frozen, review opened
    clock.tick();
    return o;
  };
  await story('常州新锐装备制造有限公司', '新锐装备 · 生产执行系统', 2_380_000);
  const approved = await story('南通海晟机电股份有限公司', '海晟机电 · MES与设备联网', 3_100_000);
  const [review] = (await reviewsOf(c, approved.id)).filter((r) => r.status === 'open');
  if (review)
    await step(
      decideReview(c, manager, review.id, {
        decision: 'approve',
        note: '三方评审确认：自研MES对接纳入范围，追加40人天，上线顺延至7月，合同金额已按新范围调整。',
      }),
    );

  // 5. Forms that agree: the breaker compares, stays below 15%, and the deal moves on.
  const e = await create('嘉兴瑞丰纺织机械有限公司', 960_000, '2026-12-20', '瑞丰纺织机械 · 报工与追溯');
  await step(changeOpportunity(c, rep, e.id, { stage: 'solution' }));
  await step(saveOpportunityForm(c, rep, e.id, 'requirements', { data: MES_STORY_REQUIREMENTS }));
  await answerAll(e.id, '标准SAP连接器即可满足，无需定制开发。', ['kb.erp-connectors']);
  await step(changeOpportunity(c, rep, e.id, { stage: 'quote' }));
  await step(saveOpportunityForm(c, delivery, e.id, 'assessment', { data: AGREEING_ASSESSMENT }));
  await step(
    setMilestone(c, delivery, e.id, {
      track: 'delivery',
      milestone: 'interface_agreement_signed',
      done: true,
    }),
  );
  await step(setMilestone(c, rep, e.id, { track: 'sales', milestone: 'legal_review', done: true }));
  await step(changeOpportunity(c, rep, e.id, { stage: 'contract_approval' }));
}
