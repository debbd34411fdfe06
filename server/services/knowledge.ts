// The product knowledge base (C3): API documentation, compatibility matrices, limits and guides
// that form fields link to and consultants cite in their verdicts. Anyone signed in may search it.
import { asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { I18nText } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { knowledgeEntries } from '../db/schema';
import { conflict, notFound } from '../http/errors';
import type { KnowledgeCreate, KnowledgePatch, KnowledgeQuery } from './opportunities-api';
import { actorOf } from './opportunities-store';

type Row = typeof knowledgeEntries.$inferSelect;
type DbLike = AppContext['db'] | Tx;

export const toKnowledgeView = (r: Row) => ({
  id: r.id,
  key: r.key,
  kind: r.category,
  title: r.title,
  body: r.body,
  tags: r.tags,
  url: r.url,
  updatedAt: r.updatedAt.toISOString(),
});
export type KnowledgeView = ReturnType<typeof toKnowledgeView>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Search: every word must appear in the title, body or tags (either language); title hits first. */
export async function searchKnowledge(ctx: AppContext, q: KnowledgeQuery) {
  const words = (q.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const keys = (q.keys ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const text = sql`(${knowledgeEntries.title}::text || ' ' || ${knowledgeEntries.body}::text || ' ' || ${knowledgeEntries.tags}::text)`;
  const conditions = [
    ...words.map((w) => ilike(text, `%${escapeLike(w)}%`)),
    q.kind ? eq(knowledgeEntries.category, q.kind) : undefined,
    keys.length ? inArray(knowledgeEntries.key, keys) : undefined,
  ].filter((c) => c !== undefined);
  const titleHit = words.length
    ? sql<number>`case when ${or(...words.map((w) => ilike(sql`${knowledgeEntries.title}::text`, `%${escapeLike(w)}%`)))} then 0 else 1 end`
    : undefined;
  const rows = await ctx.db
    .select()
    .from(knowledgeEntries)
    .where(
      conditions.length
        ? sql.join(
            conditions.map((c) => sql`(${c})`),
            sql` and `,
          )
        : undefined,
    )
    .orderBy(...(titleHit ? [titleHit] : []), asc(knowledgeEntries.key))
    .limit(100);
  return { items: rows.map(toKnowledgeView), total: rows.length };
}

export async function getKnowledge(ctx: AppContext, id: string) {
  const [row] = await ctx.db.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, id)).limit(1);
  if (!row) throw notFound('knowledge entry not found');
  return toKnowledgeView(row);
}

export async function knowledgeByIds(db: DbLike, ids: readonly string[]): Promise<KnowledgeView[]> {
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(knowledgeEntries)
    .where(inArray(knowledgeEntries.id, [...ids]));
  return rows.map(toKnowledgeView);
}

export async function createKnowledge(ctx: AppContext, who: Principal, body: KnowledgeCreate) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(knowledgeEntries)
    .values({
      key: body.key,
      category: body.kind,
      title: body.title,
      body: body.body,
      tags: body.tags ?? [],
      url: body.url ?? null,
      updatedBy: actorOf(who),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('/key', `a knowledge entry with key "${body.key}" already exists`);
  return toKnowledgeView(row);
}

export async function patchKnowledge(ctx: AppContext, who: Principal, id: string, body: KnowledgePatch) {
  await getKnowledge(ctx, id);
  if (body.key) {
    const [clash] = await ctx.db
      .select({ id: knowledgeEntries.id })
      .from(knowledgeEntries)
      .where(eq(knowledgeEntries.key, body.key));
    if (clash && clash.id !== id)
      throw conflict('/key', `a knowledge entry with key "${body.key}" already exists`);
  }
  const [row] = await ctx.db
    .update(knowledgeEntries)
    .set({
      ...(body.key !== undefined ? { key: body.key } : {}),
      ...(body.kind !== undefined ? { category: body.kind } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.tags !== undefined ? { tags: body.tags } : {}),
      ...(body.url !== undefined ? { url: body.url } : {}),
      updatedBy: actorOf(who),
      updatedAt: ctx.clock.now(),
    })
    .where(eq(knowledgeEntries.id, id))
    .returning();
  return toKnowledgeView(row!);
}

export async function deleteKnowledge(ctx: AppContext, id: string) {
  const rows = await ctx.db
    .delete(knowledgeEntries)
    .where(eq(knowledgeEntries.id, id))
    .returning({ id: knowledgeEntries.id });
  if (!rows.length) throw notFound('knowledge entry not found');
  return { id, deleted: true };
}

export interface KnowledgeSeed {
  key: string;
  kind: string;
  title: I18nText;
  body: I18nText;
  tags?: string[];
  url?: string | null;
}

/** First start: the shipped entries (existing keys are left alone). */
export async function seedKnowledge(ctx: AppContext, entries: readonly KnowledgeSeed[]): Promise<number> {
  if (!entries.length) return 0;
  const now = ctx.clock.now();
  const rows = await ctx.db
    .insert(knowledgeEntries)
    .values(
      entries.map((e) => ({
        key: e.key,
        category: e.kind,
        title: e.title,
        body: e.body,
        tags: e.tags ?? [],
        url: e.url ?? null,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: knowledgeEntries.id });
  return rows.length;
}
