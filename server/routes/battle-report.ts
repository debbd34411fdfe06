// The rep's workbench (W1, W2): today's battle report and the queue ordered by urgency.
import type { AgendaQuery } from '../../schemas';
import type { AppContext } from '../context';
import { parseBody } from '../http/body';
import type { Route } from '../http/routes';
import { getBattleReport, getQueue } from '../services/battle-report';

const READ = { anyOf: ['leads:read:all', 'leads:read:team', 'leads:read:own'] } as const;

export const battleReportRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/battle-report',
    access: READ,
    handler: async (req, res) => {
      // Same query shape as the agenda: an optional date YYYY-MM-DD (default: today).
      const q = parseBody<AgendaQuery>('agendaQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await getBattleReport(ctx, req.principal!, q.date));
    },
  },
  {
    method: 'get',
    path: '/workbench/queue',
    access: READ,
    handler: async (req, res) => {
      res.json(await getQueue(ctx, req.principal!));
    },
  },
];
