// Group-robot channels (WeCom, DingTalk) and their delivery log; admins and directors only.
import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../context';
import { notifications, notifyChannels } from '../db/schema';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { audit } from '../services/audit';
import { forgetChannels, maskUrl, type Channel } from '../notify/channels';

interface ChannelBody {
  kind: 'wecom' | 'dingtalk';
  name: string;
  url: string;
  secret?: string;
  teamId?: string | null;
  events: string[];
  active?: boolean;
}

const view = (c: Channel) => ({
  id: c.id,
  kind: c.kind,
  name: c.name,
  url: maskUrl(c.url),
  signed: !!c.secret,
  teamId: c.teamId,
  events: c.events,
  active: c.active,
  createdAt: c.createdAt.toISOString(),
});

function channelId(raw: unknown): string {
  if (!isUuid(raw)) throw notFound('channel not found');
  return raw;
}

export const notifyRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/notify-channels',
    access: 'notify:manage',
    handler: async (_req, res) => {
      res.json({
        items: (await ctx.db.select().from(notifyChannels).orderBy(notifyChannels.createdAt)).map(view),
      });
    },
  },
  {
    method: 'post',
    path: '/notify-channels',
    access: 'notify:manage',
    handler: async (req, res) => {
      const b = parseBody<ChannelBody>('notifyChannel', req.body);
      const [c] = await ctx.db
        .insert(notifyChannels)
        .values({
          kind: b.kind,
          name: b.name,
          url: b.url,
          secret: b.secret ?? null,
          teamId: b.teamId ?? null,
          events: b.events,
          active: b.active ?? true,
          createdAt: ctx.clock.now(),
        })
        .returning();
      forgetChannels(ctx);
      await audit(ctx.db, ctx.clock, req.principal!, {
        action: 'notify.channel_created',
        entity: 'notify_channel',
        entityId: c!.id,
        detail: { kind: b.kind, name: b.name },
      });
      res.status(201).json(view(c!));
    },
  },
  {
    method: 'patch',
    path: '/notify-channels/:id',
    access: 'notify:manage',
    handler: async (req, res) => {
      const id = channelId(req.params.id);
      const b = parseBody<Partial<ChannelBody>>('notifyChannelPatch', req.body);
      const [c] = await ctx.db.update(notifyChannels).set(b).where(eq(notifyChannels.id, id)).returning();
      if (!c) throw notFound('channel not found');
      forgetChannels(ctx);
      await audit(ctx.db, ctx.clock, req.principal!, {
        action: 'notify.channel_updated',
        entity: 'notify_channel',
        entityId: id,
        detail: { fields: Object.keys(b) },
      });
      res.json(view(c));
    },
  },
  {
    method: 'get',
    path: '/notifications',
    access: 'notify:manage',
    handler: async (req, res) => {
      const state = typeof req.query.state === 'string' ? req.query.state : undefined;
      const rows = await ctx.db
        .select()
        .from(notifications)
        .where(state ? eq(notifications.state, state) : undefined)
        .orderBy(desc(notifications.createdAt))
        .limit(200);
      res.json({
        items: rows.map((n) => ({
          id: n.id,
          channelId: n.channelId,
          kind: n.kind,
          event: n.event,
          state: n.state,
          attempts: n.attempts,
          lastError: n.lastError,
          createdAt: n.createdAt.toISOString(),
          sentAt: n.sentAt?.toISOString() ?? null,
        })),
      });
    },
  },
];
