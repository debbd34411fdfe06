// The facts a signal's automatic detection reads (F2): the opportunity entity of the field
// catalogue — the deal's own columns and data, milestones reached, form completeness, touches
// on its lead, and the customer's average payment cycle.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import type { opportunities } from '../db/schema';
import { customers, formSubmissions, paymentCycles, touches } from '../db/schema';

type Opportunity = typeof opportunities.$inferSelect;
export type DealFacts = Record<string, unknown>;

const DAY = 86_400_000;

/** Facts for each deal, keyed by opportunity id. One query per source, however many deals. */
export async function dealFacts(
  ctx: AppContext | { db: Tx },
  deals: readonly Opportunity[],
  now: Date,
  recordedSignals: ReadonlyMap<string, string[]> = new Map(),
): Promise<Map<string, DealFacts>> {
  const out = new Map<string, DealFacts>();
  if (!deals.length) return out;
  const ids = deals.map((d) => d.id);
  const leadIds = deals.flatMap((d) => (d.leadId ? [d.leadId] : []));
  const customerIds = deals.flatMap((d) => (d.customerId ? [d.customerId] : []));

  const forms = await ctx.db
    .select({
      subjectId: formSubmissions.subjectId,
      completeness: formSubmissions.completeness,
      templateId: formSubmissions.templateId,
    })
    .from(formSubmissions)
    .where(and(eq(formSubmissions.subjectType, 'opportunity'), inArray(formSubmissions.subjectId, ids)));
  const touchRows = leadIds.length
    ? await ctx.db
        .select({
          leadId: touches.leadId,
          total: sql<number>`count(*)::int`,
          visits: sql<number>`count(*) filter (where ${touches.channel} = 'visit')::int`,
          meetings: sql<number>`count(*) filter (where ${touches.channel} = 'meeting')::int`,
          lastAt: sql<string | null>`max(${touches.at})`,
        })
        .from(touches)
        .where(inArray(touches.leadId, leadIds))
        .groupBy(touches.leadId)
    : [];
  const customerRows = customerIds.length
    ? await ctx.db.select().from(customers).where(inArray(customers.id, customerIds))
    : [];
  const payRows = customerIds.length
    ? await ctx.db
        .select({ customerId: paymentCycles.customerId, avg: sql<number>`avg(${paymentCycles.days})::float` })
        .from(paymentCycles)
        .where(inArray(paymentCycles.customerId, customerIds))
        .groupBy(paymentCycles.customerId)
    : [];
  const touchBy = new Map(touchRows.map((t) => [t.leadId, t]));
  const customerBy = new Map(customerRows.map((c) => [c.id, c]));
  const payBy = new Map(payRows.map((p) => [p.customerId, p.avg]));

  for (const d of deals) {
    const data = d.data ?? {};
    const requirement = forms.find((f) => f.subjectId === d.id && f.templateId === d.templateId);
    const assessment = forms.find((f) => f.subjectId === d.id && f.templateId === d.assessmentTemplateId);
    const t = d.leadId ? touchBy.get(d.leadId) : undefined;
    const c = d.customerId ? customerBy.get(d.customerId) : undefined;
    out.set(d.id, {
      ...data,
      name: d.name,
      amount: d.amount,
      stage: d.stage,
      industry: d.industry,
      expectedClose: d.expectedClose,
      createdAt: d.createdAt.toISOString(),
      ageDays: Math.max(0, Math.floor((now.getTime() - d.createdAt.getTime()) / DAY)),
      paymentTermsDays: d.paymentTermsDays,
      frozen: d.frozen,
      ownerId: d.ownerId,
      signals: recordedSignals.get(d.id) ?? [],
      milestones: {
        sales: Object.keys(d.tracks?.sales ?? {}),
        delivery: Object.keys(d.tracks?.delivery ?? {}),
      },
      requirements: {
        completeness:
          requirement?.completeness ??
          (data.requirements as { completeness?: number } | undefined)?.completeness ??
          0,
      },
      assessment: { completeness: assessment?.completeness ?? 0 },
      touches: {
        total: t?.total ?? 0,
        visits: t?.visits ?? 0,
        meetings: t?.meetings ?? 0,
        lastAt: t?.lastAt ?? null,
      },
      customer: {
        industry: c?.industry ?? d.industry,
        registeredCapital:
          (data.customer as { registeredCapital?: number } | undefined)?.registeredCapital ?? null,
        avgPaymentDays: d.customerId ? (payBy.get(d.customerId) ?? null) : null,
      },
    });
  }
  return out;
}
