// Chat auto-fill (C7): a pasted WeChat/WeCom conversation → form suggestions with their line.
import { eq } from 'drizzle-orm';
import { extractChat } from '../../engine/chat';
import type { ChatExtract } from '../../schemas';
import type { AppContext } from '../context';
import { users } from '../db/schema';
import { parseBody } from '../http/body';
import type { Route } from '../http/routes';

export const extractRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/extract/chat',
    access: 'authenticated',
    handler: async (req, res) => {
      const body = parseBody<ChatExtract>('chatExtract', req.body);
      const who = req.principal!;
      // The signed-in rep's own messages are not the customer's.
      const self =
        who.kind === 'user'
          ? (await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, who.id)).limit(1)).map(
              (u) => u.name,
            )
          : [];
      const suggestions = extractChat(body.text, { now: ctx.clock.now().getTime(), self });
      res.json({ suggestions });
    },
  },
];
