import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context';
import { apiKeys } from '../db/schema';
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

export async function findApiKey(ctx: AppContext, key: string) {
  const rows = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashToken(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}
