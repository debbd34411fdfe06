// GET /api/leads/:id/timeline: what happened to a lead, oldest first (lead_events), with the
// same record-level scope as the lead itself.
import type { AppContext } from '../context';
import { leadTimeline } from '../clocks';
import { isUuid } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { getLead } from '../services/lead-query';

const READ = { anyOf: ['leads:read:all', 'leads:read:team', 'leads:read:own'] } as const;

export const leadTimelineRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/leads/:id/timeline',
    access: READ,
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('lead not found');
      const id = req.params.id as string;
      await getLead(ctx, req.principal!, id); // 404 outside the caller's scope
      res.json(await leadTimeline(ctx.db, id));
    },
  },
];
