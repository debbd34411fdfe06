// Proposals and quotes shared as tracked links (MISSION.md L8): the customer opens /p/<token>
// without logging in; each opening is a view, and a proposal never opened counts as unread on
// the board. Sending a proposal starts the proposal talks (L5, class-A clock); a quote starts the
// 3-day feedback countdown (L6).
import { desc, eq, sql } from 'drizzle-orm';
import type { ProposalCreate } from '../../schemas';
import type { Principal } from '../auth/principal';
import { newToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { leads, proposals, proposalViews } from '../db/schema';
import { withLeadEvents } from '../events/record';
import { getLead } from './lead-query';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;

type ProposalRow = typeof proposals.$inferSelect;

const toView = (p: ProposalRow) => ({
  id: p.id,
  leadId: p.leadId,
  kind: p.kind,
  title: p.title,
  amount: p.amount,
  token: p.token,
  url: `/p/${p.token}`,
  sentBy: p.sentBy,
  sentAt: p.sentAt.toISOString(),
  firstViewedAt: p.firstViewedAt?.toISOString() ?? null,
  viewCount: p.viewCount,
});

export async function sendProposal(ctx: AppContext, who: Principal, leadId: string, body: ProposalCreate) {
  const lead = await getLead(ctx, who, leadId);
  const now = ctx.clock.now();
  const row = await withLeadEvents(ctx, async (tx, emit) => {
    // One lead event at a time per lead (the clock reactor replaces running clocks).
    await tx.select({ id: leads.id }).from(leads).where(eq(leads.id, leadId)).for('update');
    const [p] = await tx
      .insert(proposals)
      .values({
        leadId,
        kind: body.kind,
        token: newToken(24),
        title: body.title.trim(),
        body: body.body ?? null,
        amount: body.amount ?? null,
        sentBy: who.kind === 'user' ? who.id : null,
        sentAt: now,
      })
      .returning();
    await emit({
      leadId,
      type: body.kind === 'quote' ? 'quote.sent' : 'proposal.started',
      at: now,
      actorId: who.id,
      ownerId: lead.ownerId,
      data: { proposalId: p!.id, kind: body.kind, title: p!.title, amount: p!.amount },
    });
    return p!;
  });
  return toView(row);
}

export async function listProposals(ctx: AppContext, who: Principal, leadId: string) {
  await getLead(ctx, who, leadId);
  const rows = await ctx.db
    .select()
    .from(proposals)
    .where(eq(proposals.leadId, leadId))
    .orderBy(desc(proposals.sentAt))
    .limit(200);
  return { items: rows.map(toView) };
}

export interface ViewerInfo {
  ip: string | null;
  userAgent: string | null;
  /** Opened by someone logged in to the platform (a rep previewing): shown, not counted. */
  internal: boolean;
}

/** The proposal behind a token, recording the customer's view; null for an unknown token. */
export async function openProposal(ctx: AppContext, token: string, viewer: ViewerInfo) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [found] = await ctx.db
    .select({ p: proposals, ownerId: leads.ownerId, company: leads.companyName })
    .from(proposals)
    .innerJoin(leads, eq(leads.id, proposals.leadId))
    .where(eq(proposals.token, token))
    .limit(1);
  if (!found) return null;
  if (viewer.internal) return { proposal: found.p, company: found.company, counted: false };
  const now = ctx.clock.now();
  const updated = await withLeadEvents(ctx, async (tx, emit) => {
    // Update the proposal before inserting the view: the view's foreign key would otherwise take a
    // share lock that concurrent openings both try to upgrade (a deadlock).
    const [p] = await tx
      .update(proposals)
      .set({
        viewCount: sql`${proposals.viewCount} + 1`,
        firstViewedAt: sql`coalesce(${proposals.firstViewedAt}, ${now})`,
      })
      .where(eq(proposals.id, found.p.id))
      .returning();
    await tx.insert(proposalViews).values({
      proposalId: found.p.id,
      at: now,
      ip: viewer.ip?.slice(0, 64) ?? null,
      userAgent: viewer.userAgent?.slice(0, 300) ?? null,
    });
    await emit({
      leadId: p!.leadId,
      type: 'proposal.viewed',
      at: now,
      ownerId: found.ownerId,
      data: {
        proposalId: p!.id,
        kind: p!.kind,
        title: p!.title,
        first: p!.viewCount === 1,
        viewCount: p!.viewCount,
      },
    });
    return p!;
  });
  return { proposal: updated, company: found.company, counted: true };
}
