import { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { Route } from '../http/routes';

export const healthRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/health',
    access: 'public',
    handler: async (_req, res) => {
      await ctx.db.execute(sql`select 1`);
      res.json({ status: 'ok', db: ctx.driver });
    },
  },
];
