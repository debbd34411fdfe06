// What a rep does to a lead besides touching it: requirement tags (stop the 120-minute tags clock,
// L5), qualify or disqualify (stop the recycle clock, L7) and record the customer's answer to a
// quote (stops the quote countdown, L6). Each change is one lead event, in one transaction.
import { and, eq } from 'drizzle-orm';
import type { LeadStatusChange, QuoteFeedback } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { leads, proposals } from '../db/schema';
import { withLeadEvents } from '../events/record';
import { conflict, notFound } from '../http/errors';
import { getLead } from './lead-query';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export async function setTags(ctx: AppContext, who: Principal, leadId: string, raw: string[]) {
  await getLead(ctx, who, leadId);
  const tags = [...new Set(raw.map((t) => t.trim()).filter(Boolean))];
  const now = ctx.clock.now();
  return withLeadEvents(ctx, async (tx, emit) => {
    const [lead] = await tx
      .select({ tags: leads.tags, ownerId: leads.ownerId })
      .from(leads)
      .where(eq(leads.id, leadId))
      .for('update');
    if (!lead) throw notFound('lead not found');
    const before = lead.tags ?? [];
    const changed = !sameSet(before, tags);
    if (changed) {
      await tx.update(leads).set({ tags }).where(eq(leads.id, leadId));
      await emit({
        leadId,
        type: tags.length ? 'lead.tagged' : 'lead.untagged',
        at: now,
        actorId: who.id,
        ownerId: lead.ownerId,
        data: { tags, before, first: before.length === 0 },
      });
    }
    return { tags, changed };
  });
}

const TRANSITIONS: Record<LeadStatusChange['status'], readonly string[]> = {
  qualified: ['assigned', 'contacted'],
  disqualified: ['new', 'assigned', 'contacted', 'qualified', 'pooled'],
};

export async function changeStatus(ctx: AppContext, who: Principal, leadId: string, body: LeadStatusChange) {
  await getLead(ctx, who, leadId);
  const now = ctx.clock.now();
  return withLeadEvents(ctx, async (tx, emit) => {
    const [lead] = await tx
      .select({ status: leads.status, ownerId: leads.ownerId })
      .from(leads)
      .where(eq(leads.id, leadId))
      .for('update');
    if (!lead) throw notFound('lead not found');
    if (!TRANSITIONS[body.status].includes(lead.status))
      throw conflict('/status', `a ${lead.status} lead cannot become ${body.status}`);
    await tx.update(leads).set({ status: body.status }).where(eq(leads.id, leadId));
    await emit({
      leadId,
      type: `lead.${body.status}`,
      at: now,
      actorId: who.id,
      ownerId: lead.ownerId,
      data: { from: lead.status, reason: body.reason ?? null },
    });
    return { id: leadId, status: body.status, from: lead.status };
  });
}

export async function quoteFeedback(ctx: AppContext, who: Principal, leadId: string, body: QuoteFeedback) {
  const lead = await getLead(ctx, who, leadId);
  const [quote] = await ctx.db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.leadId, leadId), eq(proposals.kind, 'quote')))
    .limit(1);
  if (!quote) throw conflict('', 'no quote has been sent for this lead');
  const at = ctx.clock.now();
  await withLeadEvents(ctx, async (tx, emit) => {
    await tx.select({ id: leads.id }).from(leads).where(eq(leads.id, leadId)).for('update');
    await emit({
      leadId,
      type: 'quote.feedback',
      at,
      actorId: who.id,
      ownerId: lead.ownerId,
      data: { note: body.note },
    });
  });
  return { leadId, at: at.toISOString() };
}
