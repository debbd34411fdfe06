import { and, eq, gt } from 'drizzle-orm';
import type { AppContext } from '../context';
import { sessions, users } from '../db/schema';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'sid';

export async function createSession(
  ctx: AppContext,
  userId: string,
  meta: { userAgent?: string | undefined; ip?: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000);
  await ctx.db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip ?? null,
  });
  return { token, expiresAt };
}

/** The active user behind a session token, or null when unknown, expired or deactivated. */
export async function findSessionUser(ctx: AppContext, token: string) {
  const tokenHash = hashToken(token);
  const rows = await ctx.db
    .select({ user: users, tokenHash: sessions.tokenHash })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, ctx.clock.now())))
    .limit(1);
  const row = rows[0];
  return row && row.user.active ? { user: row.user, tokenHash: row.tokenHash } : null;
}

export async function deleteSession(ctx: AppContext, tokenHash: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
