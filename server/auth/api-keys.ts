import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context';
import { apiKeys } from '../db/schema';
import { cacheOf } from './credential-cache';
import { hashToken, newToken } from './tokens';

/** Keys look like `sk_<8 chars>_<secret>`; the prefix lets an admin recognise a key without revealing it. */
export async function issueApiKey(ctx: AppContext, name: string, scopes: string[], createdBy: string | null) {
  const prefix = newToken(6).replace(/[-_]/g, 'x').slice(0, 8);
  const key = `sk_${prefix}_${newToken(24)}`;
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({ name, prefix, keyHash: hashToken(key), scopes, createdBy, createdAt: ctx.clock.now() })
    .returning({ id: apiKeys.id });
  return { id: row!.id, key, prefix };
}

type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function findApiKey(ctx: AppContext, key: string): Promise<ApiKeyRow | null> {
  const keyHash = hashToken(key);
  const cache = cacheOf<ApiKeyRow>(ctx, 'api_key');
  const cached = cache.get(keyHash, ctx.clock.now());
  if (cached) return cached;
  const rows = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  const row = rows[0] ?? null;
  if (row) cache.set(keyHash, row, row.id, null);
  return row;
}

/** A key was revoked: this process stops accepting it at once. */
export function forgetApiKey(ctx: AppContext, id: string): void {
  cacheOf(ctx, 'api_key').forgetOwner(id);
}
