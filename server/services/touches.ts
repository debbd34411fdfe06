// Touches (MISSION.md L10, L5): a call, WeChat message, visit, e-mail or meeting on a lead. The
// note or transcript is summarised into key phrases (TF-IDF against the organisation's own notes)
// and pain points (default lexicon + the lead's industry form templates). Logging a touch marks
// the lead contacted, and its `touch.logged` event stops the first-touch clock and restarts recycle.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  compileLexicon,
  extractKeywords,
  noteTerms,
  type IndustryKeyword,
  type PainPoint,
} from '../../engine';
import type { TouchCreate } from '../../schemas';
import { defaultPainPointLexicon, defaultStopwords } from '../../templates/lexicon';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { artifacts, artifactVersions, keywordDf, leads, touches, users } from '../db/schema';
import { withLeadEvents } from '../events/record';
import { badRequest } from '../http/errors';
import { getLead } from './lead-query';

const STOPWORDS = new Set(defaultStopwords());
const DOCS_TERM = '';
/** A touch may be logged a little ahead of the server's clock (phones drift), not more. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** Pain-point keywords of the industry's published form templates (form-level and per field). */
async function industryKeywords(ctx: AppContext, industry: unknown): Promise<IndustryKeyword[]> {
  if (typeof industry !== 'string' || !industry) return [];
  const rows = await ctx.db
    .select({ content: artifactVersions.content })
    .from(artifacts)
    .innerJoin(
      artifactVersions,
      and(eq(artifactVersions.artifactId, artifacts.id), eq(artifactVersions.state, 'published')),
    )
    .where(
      and(eq(artifacts.kind, 'form-template'), sql`${artifactVersions.content}->>'industry' = ${industry}`),
    );
  const out: IndustryKeyword[] = [];
  for (const { content } of rows) {
    const c = content as {
      painPointKeywords?: string[];
      sections?: { fields?: { key: string; painPointKeywords?: string[] }[] }[];
    };
    for (const keyword of c.painPointKeywords ?? []) out.push({ keyword });
    for (const s of c.sections ?? [])
      for (const f of s.fields ?? [])
        for (const keyword of f.painPointKeywords ?? []) out.push({ keyword, field: f.key });
  }
  return out;
}

/** Document frequencies of just the terms of this note (bounded: at most 300 terms + the count). */
async function frequencies(ctx: AppContext, terms: string[]) {
  const rows = await ctx.db
    .select()
    .from(keywordDf)
    .where(inArray(keywordDf.term, [DOCS_TERM, ...terms]));
  const df: Record<string, number> = {};
  let docs = 0;
  for (const r of rows) {
    if (r.term === DOCS_TERM) docs = r.df;
    else df[r.term] = r.df;
  }
  return { docs, df };
}

/** Adds one note to the document frequencies; sorted so concurrent notes lock rows in one order. */
export async function countDocument(ctx: AppContext, terms: string[]) {
  const values = [DOCS_TERM, ...terms].sort().map((term) => ({ term, df: 1 }));
  await ctx.db
    .insert(keywordDf)
    .values(values)
    .onConflictDoUpdate({ target: keywordDf.term, set: { df: sql`${keywordDf.df} + 1` } });
}

export type NoteKeywords = { phrases: string[]; painPoints: PainPoint[] };

/** Key phrases and pain points of a note, and the terms to add to the document frequencies. */
export async function analyseNote(ctx: AppContext, text: string, industry: unknown) {
  if (!text.trim())
    return { keywords: { phrases: [], painPoints: [] } as NoteKeywords, terms: [] as string[] };
  const lexicon = compileLexicon(defaultPainPointLexicon(), await industryKeywords(ctx, industry));
  const noted = noteTerms(text, STOPWORDS);
  const terms = [...noted.keys()];
  const scored = extractKeywords(text, {
    stopwords: STOPWORDS,
    lexicon,
    terms: noted,
    frequencies: await frequencies(ctx, terms),
  });
  return { keywords: { phrases: scored.phrases, painPoints: scored.painPoints } as NoteKeywords, terms };
}

export async function logTouch(ctx: AppContext, who: Principal, leadId: string, body: TouchCreate) {
  const lead = await getLead(ctx, who, leadId);
  const now = ctx.clock.now();
  const at = body.at ? new Date(body.at) : now;
  if (at.getTime() > now.getTime() + FUTURE_SLACK_MS)
    throw badRequest([{ path: '/at', message: 'must not be in the future' }]);
  if (at.getTime() < new Date(lead.createdAt).getTime() - FUTURE_SLACK_MS)
    throw badRequest([{ path: '/at', message: 'must not be before the lead was created' }]);

  const text = [body.note, body.transcript].filter((t) => t && t.trim()).join('\n');
  const { keywords, terms } = await analyseNote(ctx, text, (lead.company as { industry?: unknown }).industry);

  const touch = await withLeadEvents(ctx, async (tx, emit) => {
    // Lock the lead first: the touch's foreign key would take a share lock that two concurrent
    // touches then both try to upgrade for the update below (a deadlock on PostgreSQL).
    await tx.select({ id: leads.id }).from(leads).where(eq(leads.id, leadId)).for('update');
    const [row] = await tx
      .insert(touches)
      .values({
        leadId,
        customerId: lead.customerId,
        userId: who.kind === 'user' ? who.id : null,
        channel: body.channel,
        at,
        note: body.note ?? null,
        transcript: body.transcript ?? null,
        keywords,
        createdAt: now,
      })
      .returning();
    await tx
      .update(leads)
      .set({
        touchedAt: sql`greatest(coalesce(${leads.touchedAt}, ${at}), ${at})`,
        status: sql`case when ${leads.status} = 'assigned' then 'contacted' else ${leads.status} end`,
      })
      .where(eq(leads.id, leadId));
    await emit({
      leadId,
      type: 'touch.logged',
      at: now,
      actorId: who.id,
      ownerId: lead.ownerId,
      data: {
        touchId: row!.id,
        channel: body.channel,
        touchAt: at.toISOString(),
        painPoints: [...new Set(keywords.painPoints.map((p) => p.category))],
      },
    });
    return row!;
  });
  if (terms.length)
    await countDocument(ctx, terms).catch((err) => ctx.log.error('keyword frequencies not updated', err));
  return toTouchView(touch, null);
}

type TouchRow = typeof touches.$inferSelect;

const toTouchView = (t: TouchRow, userName: string | null) => ({
  id: t.id,
  leadId: t.leadId,
  channel: t.channel,
  at: t.at.toISOString(),
  note: t.note,
  transcript: t.transcript,
  keywords: t.keywords,
  userId: t.userId,
  userName,
  createdAt: t.createdAt.toISOString(),
});

/** The lead's touches, newest first (at most 200). */
export async function listTouches(ctx: AppContext, who: Principal, leadId: string) {
  await getLead(ctx, who, leadId);
  const rows = await ctx.db
    .select({ t: touches, userName: users.name })
    .from(touches)
    .leftJoin(users, eq(users.id, touches.userId))
    .where(eq(touches.leadId, leadId))
    .orderBy(desc(touches.at), desc(touches.createdAt))
    .limit(200);
  return { items: rows.map((r) => toTouchView(r.t, r.userName)) };
}
