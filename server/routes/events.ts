// GET /api/events: Server-Sent Events of committed domain events (lead assigned, clock warned…),
// filtered to what the caller may see: a rep their own leads, a manager their team, a director all;
// everyone else (delivery leads, consultants, finance) the events addressed to them (tickets, reviews).
import { eq } from 'drizzle-orm';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { users } from '../db/schema';
import type { DomainEvent } from '../events/bus';
import type { Route } from '../http/routes';

async function audience(ctx: AppContext, who: Principal): Promise<(e: DomainEvent) => boolean> {
  if (can(who, 'leads:read:all')) return () => true;
  if (who.kind !== 'user') return () => false;
  if (can(who, 'leads:read:team') && who.teamId) {
    const members = await ctx.db.select({ id: users.id }).from(users).where(eq(users.teamId, who.teamId));
    const ids = new Set([who.id, ...members.map((m) => m.id)]);
    return (e) => !!e.ownerId && ids.has(e.ownerId);
  }
  return (e) => e.ownerId === who.id;
}

export const eventRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/events',
    access: 'authenticated',
    stream: true,
    handler: async (req, res) => {
      const visible = await audience(ctx, req.principal!);
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write('retry: 3000\n: connected\n\n');
      const unsubscribe = ctx.bus.subscribe((e) => {
        if (visible(e)) res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
      });
      const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
      req.on('close', () => {
        unsubscribe();
        clearInterval(ping);
      });
    },
  },
];
