// Which deals a caller may see in the forecast views (F4): a rep their own, a manager their
// team's, a director, finance or admin everyone's; and the published signal model in force.
import { eq, inArray, type SQL } from 'drizzle-orm';
import type { SignalModel } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { opportunities, users } from '../db/schema';
import { forbidden } from '../http/errors';
import { publishedOf } from './artifacts';

/** Owner ids the caller may see, or null for everyone. */
export async function visibleOwnerIds(ctx: AppContext, who: Principal): Promise<string[] | null> {
  if (can(who, 'opportunities:read:all')) return null;
  if (who.kind !== 'user') throw forbidden();
  if (can(who, 'opportunities:read:team') && who.teamId) {
    const members = await ctx.db.select({ id: users.id }).from(users).where(eq(users.teamId, who.teamId));
    return [who.id, ...members.map((m) => m.id)];
  }
  if (can(who, 'opportunities:read:own') || can(who, 'opportunities:read:team')) return [who.id];
  throw forbidden();
}

export async function opportunityScope(ctx: AppContext, who: Principal): Promise<SQL | undefined> {
  const ids = await visibleOwnerIds(ctx, who);
  return ids === null ? undefined : inArray(opportunities.ownerId, ids);
}

export interface PublishedModel {
  id: string;
  version: number;
  content: SignalModel;
}

/** The published signal-model artefact (seeded at first start; null only in a broken setup). */
export async function signalModelOf(ctx: AppContext | { db: Tx }): Promise<PublishedModel | null> {
  const p = await publishedOf(ctx, 'signal-model');
  return p ? { id: p.id, version: p.version, content: p.content as SignalModel } : null;
}
