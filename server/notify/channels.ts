// The active robot channels, read through a short cache: the enqueue reactor runs on every
// lead event and must not cost a query each time.
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { notifyChannels } from '../db/schema';

export type Channel = typeof notifyChannels.$inferSelect;

const TTL_MS = 2_000;
const cache = new WeakMap<AppContext, { at: number; rows: Channel[] }>();

export async function activeChannels(tx: Tx, ctx: AppContext): Promise<Channel[]> {
  const now = ctx.clock.now().getTime();
  const hit = cache.get(ctx);
  if (hit && now - hit.at < TTL_MS && now >= hit.at) return hit.rows;
  const rows = await tx.select().from(notifyChannels).where(eq(notifyChannels.active, true));
  cache.set(ctx, { at: now, rows });
  return rows;
}

export const forgetChannels = (ctx: AppContext) => cache.delete(ctx);

/** Shows which robot a URL points at without revealing its key. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '…';
  }
}
