import { and, eq, gt } from 'drizzle-orm';
import type { AppContext } from '../context';
import { sessions, users } from '../db/schema';
import { cacheOf } from './credential-cache';
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

type SessionUser = { user: typeof users.$inferSelect; tokenHash: string };

/** The active user behind a session token, or null when unknown, expired or deactivated. */
export async function findSessionUser(ctx: AppContext, token: string): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const now = ctx.clock.now();
  const cache = cacheOf<SessionUser>(ctx, 'session');
  const cached = cache.get(tokenHash, now);
  if (cached) return cached;
  const rows = await ctx.db
    .select({ user: users, tokenHash: sessions.tokenHash, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row || !row.user.active) return null;
  const found = { user: row.user, tokenHash: row.tokenHash };
  cache.set(tokenHash, found, row.user.id, row.expiresAt);
  return found;
}

export async function deleteSession(ctx: AppContext, tokenHash: string): Promise<void> {
  cacheOf(ctx, 'session').forget(tokenHash);
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** A user's role, team or status changed: their sessions are looked up afresh. */
export function forgetSessionsOf(ctx: AppContext, userId: string): void {
  cacheOf(ctx, 'session').forgetOwner(userId);
}
