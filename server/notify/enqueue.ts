// L4: a lead event that a channel subscribes to becomes a pending notification row in the
// event's own transaction, so no message is lost if the process stops right after the commit.
// One query for the owners' teams and one insert per batch of events.
import { inArray } from 'drizzle-orm';
import { notifications, users } from '../db/schema';
import type { LeadEventReactor } from '../events/record';
import { activeChannels } from './channels';

export const enqueueNotifications: LeadEventReactor = async (tx, ctx, events) => {
  const channels = await activeChannels(tx, ctx);
  if (!channels.length) return;
  const wanted = events
    .map((event) => ({ event, channels: channels.filter((c) => c.events.includes(event.type)) }))
    .filter((w) => w.channels.length);
  if (!wanted.length) return;
  const owners = [
    ...new Set(
      wanted.filter((w) => w.channels.some((c) => c.teamId) && w.event.ownerId).map((w) => w.event.ownerId!),
    ),
  ];
  const teamOf = new Map<string, string | null>();
  if (owners.length)
    for (const o of await tx
      .select({ id: users.id, teamId: users.teamId })
      .from(users)
      .where(inArray(users.id, owners)))
      teamOf.set(o.id, o.teamId);
  const rows = wanted.flatMap(({ event, channels: subscribed }) => {
    const teamId = event.ownerId ? (teamOf.get(event.ownerId) ?? null) : null;
    return subscribed
      .filter((c) => !c.teamId || c.teamId === teamId)
      .map((c) => ({
        channelId: c.id,
        kind: c.kind,
        event: event.type,
        payload: { leadId: event.leadId, ownerId: event.ownerId ?? null, data: event.data ?? {} },
        state: 'pending',
        nextAttemptAt: event.at,
        createdAt: event.at,
      }));
  });
  if (rows.length) await tx.insert(notifications).values(rows);
};
