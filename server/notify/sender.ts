// Delivers pending notifications to WeCom / DingTalk group robots with retries. A row is
// leased ("sending" until a deadline) before the HTTP call, so a crash mid-send is retried
// and two server processes never send the same row at once.
import { createHmac } from 'node:crypto';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { describeEvent, robotAccepted, robotPayload, RETRY_DELAYS_MS, type RobotKind } from '../../engine';
import type { AppContext } from '../context';
import { notifications, notifyChannels, users } from '../db/schema';

const LEASE_MS = 60_000;
const TIMEOUT_MS = 5_000;

/** DingTalk's signed URL: timestamp + HMAC-SHA256(secret, "<timestamp>\n<secret>"), base64. */
export function dingtalkSignedUrl(url: string, secret: string, nowMs: number): string {
  const sign = createHmac('sha256', secret).update(`${nowMs}\n${secret}`).digest('base64');
  return `${url}${url.includes('?') ? '&' : '?'}timestamp=${nowMs}&sign=${encodeURIComponent(sign)}`;
}

async function claim(ctx: AppContext, limit: number) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const due = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(inArray(notifications.state, ['pending', 'sending']), lte(notifications.nextAttemptAt, now)))
      .orderBy(notifications.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(notifications)
      .set({
        state: 'sending',
        attempts: sql`${notifications.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + LEASE_MS),
      })
      .where(
        inArray(
          notifications.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

async function nameOf(
  ctx: AppContext,
  id: unknown,
): Promise<{ name: string; supervisorId: string | null } | null> {
  if (typeof id !== 'string') return null;
  const [u] = await ctx.db
    .select({ name: users.name, supervisorId: users.supervisorId })
    .from(users)
    .where(eq(users.id, id));
  return u ?? null;
}

async function deliver(ctx: AppContext, row: typeof notifications.$inferSelect, baseUrl: string | null) {
  const [channel] = row.channelId
    ? await ctx.db.select().from(notifyChannels).where(eq(notifyChannels.id, row.channelId))
    : [];
  if (!channel || !channel.active) return { ok: false, final: true, error: 'channel removed or disabled' };
  const p = row.payload as { leadId?: string; ownerId?: string | null; data: Record<string, unknown> };
  const owner = await nameOf(ctx, p.ownerId);
  const supervisor = await nameOf(ctx, p.data.supervisorId ?? owner?.supervisorId);
  const msg = describeEvent(
    { type: row.event, ...(p.leadId ? { leadId: p.leadId } : {}), data: p.data },
    { ownerName: owner?.name ?? null, supervisorName: supervisor?.name ?? null, baseUrl },
  );
  if (!msg) return { ok: false, final: true, error: `no message for ${row.event}` };
  const url =
    channel.kind === 'dingtalk' && channel.secret
      ? dingtalkSignedUrl(channel.url, channel.secret, ctx.clock.now().getTime())
      : channel.url;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(robotPayload(channel.kind as RobotKind, msg)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = await res.json().catch(() => null);
    if (robotAccepted(res.status, body)) return { ok: true, final: true, error: null };
    return { ok: false, final: false, error: `HTTP ${res.status} ${JSON.stringify(body)?.slice(0, 300)}` };
  } catch (err) {
    return { ok: false, final: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** One pass: claim due rows, send them, record the outcome. Returns how many were attempted. */
export async function sendDueNotifications(ctx: AppContext, baseUrl: string | null = null): Promise<number> {
  const rows = await claim(ctx, 20);
  for (const row of rows) {
    const r = await deliver(ctx, row, baseUrl);
    const now = ctx.clock.now();
    const delay = RETRY_DELAYS_MS[row.attempts - 1];
    const giveUp = r.final || delay === undefined;
    await ctx.db
      .update(notifications)
      .set(
        r.ok
          ? { state: 'sent', sentAt: now, lastError: null, nextAttemptAt: null }
          : giveUp
            ? { state: 'failed', lastError: r.error, nextAttemptAt: null }
            : { state: 'pending', lastError: r.error, nextAttemptAt: new Date(now.getTime() + delay) },
      )
      .where(and(eq(notifications.id, row.id), eq(notifications.state, 'sending')));
  }
  return rows.length;
}

/** Polls for due notifications until stopped. */
export function startNotifier(ctx: AppContext, opts: { intervalMs: number; baseUrl: string | null }) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    running = sendDueNotifications(ctx, opts.baseUrl).catch((err) => ctx.log.error('notifier', err));
    await running;
    if (!stopped) timer = setTimeout(tick, opts.intervalMs);
  };
  let timer = setTimeout(tick, opts.intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
