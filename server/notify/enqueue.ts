// L4: a lead event that a channel subscribes to becomes a pending notification row in the
// event's own transaction, so no message is lost if the process stops right after the commit.
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { notifications } from '../db/schema';
import type { LeadEventReactor } from '../events/record';
import { activeChannels } from './channels';

export const enqueueNotifications: LeadEventReactor = async (tx, ctx, event) => {
  const channels = (await activeChannels(tx, ctx)).filter((c) => c.events.includes(event.type));
  if (!channels.length) return;
  let teamId: string | null = null;
  if (channels.some((c) => c.teamId) && event.ownerId) {
    const [owner] = await tx.select({ teamId: users.teamId }).from(users).where(eq(users.id, event.ownerId));
    teamId = owner?.teamId ?? null;
  }
  const targets = channels.filter((c) => !c.teamId || c.teamId === teamId);
  if (!targets.length) return;
  await tx.insert(notifications).values(
    targets.map((c) => ({
      channelId: c.id,
      kind: c.kind,
      event: event.type,
      payload: { leadId: event.leadId, ownerId: event.ownerId ?? null, data: event.data ?? {} },
      state: 'pending',
      nextAttemptAt: event.at,
      createdAt: event.at,
    })),
  );
};
