// Buying signals on deals (F1, F2): recorded by hand with evidence or detected automatically by
// the signal model's conditions; every change of a deal's score is kept with the artefact
// version that computed it.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { dealScore } from '../../engine/forecast';
import { evaluateLogic, truthy } from '../../engine/logic';
import { parseIsoDuration } from '../../engine/duration';
import type { SignalCreate, SignalModel } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { dealScoreHistory, dealSignals, opportunities, opportunityEvents } from '../db/schema';
import { badRequest, notFound } from '../http/errors';
import { dealFacts } from './forecast-facts';
import { opportunityScope, signalModelOf, type PublishedModel } from './forecast-scope';

type Opportunity = typeof opportunities.$inferSelect;
export type SignalEntry = typeof dealSignals.$inferSelect;
type Db = AppContext | { db: Tx };

export function entryView(e: SignalEntry) {
  return {
    id: e.id,
    signalId: e.signalId,
    note: e.note,
    link: e.link,
    fileName: e.fileName,
    source: e.source,
    recordedBy: e.recordedBy,
    at: e.at.toISOString(),
    createdAt: e.createdAt.toISOString(),
  };
}
export type SignalEntryView = ReturnType<typeof entryView>;

/** Entries that still count at `now` (a signal with `expiresAfter` stops counting after it). */
export function counting(model: SignalModel, entries: readonly SignalEntry[], now: Date): SignalEntry[] {
  const byId = new Map(model.signals.map((s) => [s.id, s]));
  return entries.filter((e) => {
    const s = byId.get(e.signalId);
    if (!s) return false;
    if (!s.expiresAfter) return true;
    return e.at.getTime() + parseIsoDuration(s.expiresAfter) > now.getTime();
  });
}

export async function entriesOf(ctx: Db, ids: readonly string[]): Promise<Map<string, SignalEntry[]>> {
  const out = new Map<string, SignalEntry[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await ctx.db
    .select()
    .from(dealSignals)
    .where(inArray(dealSignals.opportunityId, [...ids]))
    .orderBy(asc(dealSignals.at));
  for (const r of rows) out.get(r.opportunityId)?.push(r);
  return out;
}

/** Whether an automatic signal's condition holds; a rule that cannot be evaluated does not fire. */
export function detects(rule: unknown, facts: unknown): boolean {
  try {
    return truthy(evaluateLogic(rule, facts));
  } catch {
    return false;
  }
}

/** A deal the caller may see, or 404 (also for deals outside their scope). */
export async function visibleDeal(ctx: AppContext, who: Principal, id: string): Promise<Opportunity> {
  const [row] = await ctx.db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, id), await opportunityScope(ctx, who)));
  if (!row) throw notFound('opportunity not found');
  return row;
}

async function requireModel(ctx: Db): Promise<PublishedModel> {
  const m = await signalModelOf(ctx);
  if (!m) throw notFound('no published signal model');
  return m;
}

/**
 * Runs automatic detection for the deals, stores each new score in the history when it changed
 * and returns the current scores. Closed deals keep their signals as they were at close.
 */
export async function refreshScores(
  ctx: Db,
  deals: readonly Opportunity[],
  now: Date,
  reason: string,
  model?: PublishedModel,
): Promise<Map<string, number>> {
  const m = model ?? (await requireModel(ctx));
  const ids = deals.map((d) => d.id);
  const entries = await entriesOf(ctx, ids);
  const auto = m.content.signals.filter((s) => s.detection.mode === 'auto' && s.detection.when !== undefined);
  const open = deals.filter((d) => d.outcome === 'open');
  if (auto.length && open.length) {
    const facts = await dealFacts(
      ctx,
      open,
      now,
      new Map(open.map((d) => [d.id, (entries.get(d.id) ?? []).map((e) => e.signalId)])),
    );
    const add: (typeof dealSignals.$inferInsert)[] = [];
    const remove: string[] = [];
    for (const d of open) {
      const mine = entries.get(d.id) ?? [];
      for (const s of auto) {
        const hit = detects(s.detection.when, facts.get(d.id));
        const existing = mine.find((e) => e.signalId === s.id);
        if (hit && !existing)
          add.push({ opportunityId: d.id, signalId: s.id, source: 'auto', at: now, createdAt: now });
        if (!hit && existing?.source === 'auto') remove.push(existing.id);
      }
    }
    if (add.length) {
      const inserted = await ctx.db.insert(dealSignals).values(add).onConflictDoNothing().returning();
      for (const e of inserted) entries.get(e.opportunityId)?.push(e);
    }
    if (remove.length) {
      await ctx.db.delete(dealSignals).where(inArray(dealSignals.id, remove));
      for (const [id, list] of entries)
        entries.set(
          id,
          list.filter((e) => !remove.includes(e.id)),
        );
    }
  }
  const last = await lastScores(ctx, ids);
  const scores = new Map<string, number>();
  const history: (typeof dealScoreHistory.$inferInsert)[] = [];
  for (const d of deals) {
    const present = counting(m.content, entries.get(d.id) ?? [], now).map((e) => e.signalId);
    const { score } = dealScore(m.content, present);
    scores.set(d.id, score);
    const prev = last.get(d.id);
    const key = [...present].sort().join(',');
    if (
      d.outcome === 'open' &&
      (!prev || prev.score !== score || [...prev.signalIds].sort().join(',') !== key)
    )
      history.push({
        opportunityId: d.id,
        at: now,
        score,
        signalIds: present,
        artifactId: m.id,
        artifactVersion: m.version,
        reason,
      });
  }
  if (history.length) await ctx.db.insert(dealScoreHistory).values(history);
  return scores;
}

async function lastScores(ctx: Db, ids: readonly string[]) {
  const out = new Map<string, { score: number; signalIds: string[] }>();
  if (!ids.length) return out;
  const rows = await ctx.db
    .selectDistinctOn([dealScoreHistory.opportunityId], {
      opportunityId: dealScoreHistory.opportunityId,
      score: dealScoreHistory.score,
      signalIds: dealScoreHistory.signalIds,
    })
    .from(dealScoreHistory)
    .where(inArray(dealScoreHistory.opportunityId, [...ids]))
    .orderBy(dealScoreHistory.opportunityId, desc(dealScoreHistory.at), desc(dealScoreHistory.id));
  for (const r of rows) out.set(r.opportunityId, r);
  return out;
}

/** Records (or re-records with new evidence) a signal on a deal (F2). */
export async function recordSignal(ctx: AppContext, who: Principal, id: string, body: SignalCreate) {
  const deal = await visibleDeal(ctx, who, id);
  const model = await requireModel(ctx);
  const signal = model.content.signals.find((s) => s.id === body.signalId);
  if (!signal) throw badRequest([{ path: '/signalId', message: `unknown signal "${body.signalId}"` }]);
  const note = body.note?.trim() || null;
  const link = body.link?.trim() || null;
  const fileName = body.fileName?.trim() || null;
  if (signal.evidence?.required && !note && !link && !fileName)
    throw badRequest([{ path: '/note', message: 'this signal needs evidence: a note, a link or a file' }]);
  const now = ctx.clock.now();
  const at = body.at ? new Date(body.at) : now;
  if (at.getTime() > now.getTime() + 60_000)
    throw badRequest([{ path: '/at', message: 'a signal cannot be recorded in the future' }]);
  const actor = who.kind === 'user' ? who.id : null;
  return ctx.db.transaction(async (tx) => {
    const values = { note, link, fileName, source: 'manual', recordedBy: actor, at, createdAt: now };
    const [entry] = await tx
      .insert(dealSignals)
      .values({ opportunityId: deal.id, signalId: signal.id, ...values })
      .onConflictDoUpdate({ target: [dealSignals.opportunityId, dealSignals.signalId], set: values })
      .returning();
    await tx.insert(opportunityEvents).values({
      opportunityId: deal.id,
      type: 'signal.recorded',
      at: now,
      actorId: actor,
      data: { signalId: signal.id, note, link, fileName },
    });
    const scores = await refreshScores({ db: tx }, [deal], now, 'recorded', model);
    return { entry: entryView(entry!), score: scores.get(deal.id) ?? 0 };
  });
}

export async function removeSignal(ctx: AppContext, who: Principal, id: string, entryId: string) {
  const deal = await visibleDeal(ctx, who, id);
  const model = await requireModel(ctx);
  const now = ctx.clock.now();
  const actor = who.kind === 'user' ? who.id : null;
  return ctx.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(dealSignals)
      .where(and(eq(dealSignals.id, entryId), eq(dealSignals.opportunityId, deal.id)))
      .returning();
    if (!gone) throw notFound('signal entry not found');
    await tx.insert(opportunityEvents).values({
      opportunityId: deal.id,
      type: 'signal.removed',
      at: now,
      actorId: actor,
      data: { signalId: gone.signalId },
    });
    const scores = await refreshScores({ db: tx }, [deal], now, 'removed', model);
    return { removed: entryView(gone), score: scores.get(deal.id) ?? 0 };
  });
}

/** Daily and on-change detection for every open deal (batch). */
export async function detectAllSignals(ctx: AppContext): Promise<number> {
  const open = await ctx.db.select().from(opportunities).where(eq(opportunities.outcome, 'open'));
  if (!open.length) return 0;
  await refreshScores(ctx, open, ctx.clock.now(), 'auto');
  return open.length;
}

/**
 * Re-runs detection and scoring for one deal after it changed (stage, milestones, forms).
 * The opportunity routes may call this; reads of the score call it too, so nothing goes stale.
 */
export async function refreshDealSignals(ctx: AppContext, opportunityId: string): Promise<number | null> {
  const [deal] = await ctx.db.select().from(opportunities).where(eq(opportunities.id, opportunityId));
  if (!deal) return null;
  return (await refreshScores(ctx, [deal], ctx.clock.now(), 'auto')).get(deal.id) ?? null;
}
