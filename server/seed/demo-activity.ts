// Demo activity on the seeded leads (L8–L10): call notes with pain points, requirement tags and
// proposals/quotes with and without customer views, so that on first start the board shows a
// green, an amber and red reps and the morning agenda already has items. Written like history:
// the events carry past times, and seeded leads start no clocks.
import { asc, eq, inArray } from 'drizzle-orm';
import { newToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { leads, proposals, proposalViews, touches, users } from '../db/schema';
import { withLeadEvents } from '../events/record';
import { analyseNote, countDocument } from '../services/touches';

const HOUR = 3_600_000;

const NOTES = [
  '客户：现在MES和ERP对接不上，车间报工要人工重复录入，月底对账很痛苦。希望先看ERP对接方案。',
  '电话沟通：对方IT经理说之前的供应商实施周期太长，半年还没上线，这次要求三个月内上线。',
  '客户反馈预算有限，报价偏高的话需要领导拍板，下周上会讨论。',
  '微信沟通：客户关心数据安全，要求私有化部署并过等保三级。',
  '拜访：排产靠Excel，插单一多就乱，交期经常延误，客户投诉准时交付率低。',
  '客户说上一家厂商服务态度差，出了问题没人管，响应太慢，这次很看重售后。',
  '电话：门店系统和总部系统数据同步慢，库存数据对不上，经常缺货。',
  '客户采购流程比较长，需要走招标流程，预计下月中旬出结果。',
];

const TAGS = [['MES', 'ERP对接'], ['上线周期'], ['预算审批'], ['私有化部署', '等保'], ['排产', '交期']];

interface Plan {
  /** Leads left untouched (oldest first are touched). */
  untouched: number;
  /** Hours ago of the last touch, per touched lead (cycled). */
  touchedHoursAgo: number[];
  proposals: { kind: 'proposal' | 'quote'; daysAgo: number; viewed: boolean }[];
}

// rep3 green (all followed today, proposals read), rep2 amber (one customer stale),
// rep4 amber (two leads waiting since yesterday), rep1 red (leads waiting, stale customers, proposals unread).
const PLANS: Record<string, Plan> = {
  'rep3@demo.local': {
    untouched: 0,
    touchedHoursAgo: [2, 5, 20],
    proposals: [
      { kind: 'proposal', daysAgo: 3, viewed: true },
      { kind: 'quote', daysAgo: 2, viewed: true },
    ],
  },
  'rep2@demo.local': {
    untouched: 0,
    touchedHoursAgo: [40, 3, 6],
    proposals: [{ kind: 'proposal', daysAgo: 2, viewed: true }],
  },
  'rep4@demo.local': { untouched: 2, touchedHoursAgo: [4, 8], proposals: [] },
  'rep1@demo.local': {
    untouched: 99,
    touchedHoursAgo: [],
    proposals: [
      { kind: 'proposal', daysAgo: 4, viewed: false },
      { kind: 'quote', daysAgo: 3, viewed: false },
      { kind: 'proposal', daysAgo: 2, viewed: false },
    ],
  },
};

export async function seedDemoActivity(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now().getTime();
  const reps = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, Object.keys(PLANS)));
  let n = 0;
  for (const rep of reps) {
    const plan = PLANS[rep.email]!;
    const owned = await ctx.db
      .select()
      .from(leads)
      .where(eq(leads.ownerId, rep.id))
      .orderBy(asc(leads.createdAt), asc(leads.id));
    const touchedCount = Math.max(0, owned.length - plan.untouched);
    for (let i = 0; i < touchedCount; i++) {
      const lead = owned[i]!;
      const hoursAgo = plan.touchedHoursAgo[i % plan.touchedHoursAgo.length]!;
      const at = new Date(Math.max(lead.createdAt.getTime() + HOUR, now - hoursAgo * HOUR));
      const note = NOTES[n % NOTES.length]!;
      const tags = TAGS[n % TAGS.length]!;
      n++;
      const industry = (lead.data.company as { industry?: string } | undefined)?.industry;
      const { keywords, terms } = await analyseNote(ctx, note, industry);
      await withLeadEvents(ctx, async (tx, emit) => {
        const [t] = await tx
          .insert(touches)
          .values({
            leadId: lead.id,
            customerId: lead.customerId,
            userId: rep.id,
            channel: 'call',
            at,
            note,
            keywords,
            createdAt: at,
          })
          .returning({ id: touches.id });
        await tx.update(leads).set({ touchedAt: at, status: 'contacted', tags }).where(eq(leads.id, lead.id));
        const about = { leadId: lead.id, at, actorId: rep.id, ownerId: rep.id };
        await emit({
          ...about,
          type: 'touch.logged',
          data: {
            touchId: t!.id,
            channel: 'call',
            touchAt: at.toISOString(),
            painPoints: [...new Set(keywords.painPoints.map((p) => p.category))],
          },
        });
        await emit({ ...about, type: 'lead.tagged', data: { tags, before: [], first: true } });
      });
      await countDocument(ctx, terms);
    }
    for (const [i, p] of plan.proposals.entries()) {
      const lead = owned[i % Math.max(1, owned.length)];
      if (!lead) break;
      await seedProposal(ctx, rep.id, lead, p, now);
    }
  }
}

async function seedProposal(
  ctx: AppContext,
  repId: string,
  lead: typeof leads.$inferSelect,
  p: Plan['proposals'][number],
  now: number,
) {
  const sentAt = new Date(now - p.daysAgo * 24 * HOUR);
  const viewedAt = new Date(sentAt.getTime() + 5 * HOUR);
  const title = `${lead.companyName ?? lead.name} ${p.kind === 'quote' ? '报价单' : '解决方案建议书'}`;
  await withLeadEvents(ctx, async (tx, emit) => {
    const [row] = await tx
      .insert(proposals)
      .values({
        leadId: lead.id,
        kind: p.kind,
        token: newToken(24),
        title,
        body:
          p.kind === 'quote' ? '含软件许可、实施服务与一年运维。' : '一期：ERP对接与排产；二期：质量追溯。',
        amount: p.kind === 'quote' ? 380_000 : null,
        sentBy: repId,
        sentAt,
        firstViewedAt: p.viewed ? viewedAt : null,
        viewCount: p.viewed ? 1 : 0,
      })
      .returning();
    const about = { leadId: lead.id, actorId: repId, ownerId: repId };
    await emit({
      ...about,
      at: sentAt,
      type: p.kind === 'quote' ? 'quote.sent' : 'proposal.started',
      data: { proposalId: row!.id, kind: p.kind, title, amount: row!.amount },
    });
    if (p.viewed) {
      await tx
        .insert(proposalViews)
        .values({ proposalId: row!.id, at: viewedAt, ip: null, userAgent: 'demo' });
      await emit({
        ...about,
        at: viewedAt,
        type: 'proposal.viewed',
        data: { proposalId: row!.id, kind: p.kind, title, first: true, viewCount: 1 },
      });
    }
  });
}
