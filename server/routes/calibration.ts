// Weekly calibration (F5): predicted vs actual, rep deviations, improvement-plan tasks, and an
// on-demand run over chosen closed deals.
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { ForecastCalibrationQuery, ForecastCalibrationRun } from '../../schemas';
import type { AppContext } from '../context';
import { customers, opportunities, users } from '../db/schema';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { calibrateDeals, calibrationView, closeTask, takeSnapshot } from '../services/calibration';
import { visibleOwnerIds } from '../services/forecast-scope';

export const calibrationRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/calibration',
    access: 'forecast:read',
    handler: async (req, res) => {
      const q = parseBody<ForecastCalibrationQuery>('forecastCalibrationQuery', {
        ...(req.query as Record<string, unknown>),
      });
      await takeSnapshot(ctx, { onlyOnWeekday: true }); // this week's, if the tick has not taken it yet
      res.json(await calibrationView(ctx, await visibleOwnerIds(ctx, req.principal!), q.team));
    },
  },
  {
    method: 'get',
    path: '/calibration/closed-deals',
    access: 'forecast:read',
    handler: async (req, res) => {
      const owners = await visibleOwnerIds(ctx, req.principal!);
      const rows = await ctx.db
        .select({
          id: opportunities.id,
          name: opportunities.name,
          amount: opportunities.amount,
          outcome: opportunities.outcome,
          closedAt: opportunities.closedAt,
          createdVia: opportunities.createdVia,
          ownerName: users.name,
          customerName: customers.name,
        })
        .from(opportunities)
        .innerJoin(users, eq(users.id, opportunities.ownerId))
        .leftJoin(customers, eq(customers.id, opportunities.customerId))
        .where(
          and(ne(opportunities.outcome, 'open'), owners ? inArray(opportunities.ownerId, owners) : undefined),
        )
        .orderBy(desc(opportunities.closedAt))
        .limit(300);
      res.json({ deals: rows.map((r) => ({ ...r, closedAt: r.closedAt?.toISOString() ?? null })) });
    },
  },
  {
    method: 'post',
    path: '/calibration/run',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const body = parseBody<ForecastCalibrationRun>('forecastCalibrationRun', req.body);
      const snapshot = body.snapshot ? await takeSnapshot(ctx) : null;
      const result = await calibrateDeals(ctx, body.opportunityIds);
      if (!result) throw notFound('no published signal model');
      res.json({ ...result, snapshot });
    },
  },
  {
    method: 'post',
    path: '/calibration/tasks/:id/done',
    access: 'forecast:read',
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('task not found');
      const done = await closeTask(ctx, req.params.id as string, await visibleOwnerIds(ctx, req.principal!));
      if (!done) throw notFound('task not found');
      res.json(done);
    },
  },
];
