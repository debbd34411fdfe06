// Pre-check tickets (C3): list (by opportunity, mine) and the consultant's feasibility verdict.
import type { AppContext } from '../context';
import { isUuid } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { parseApi } from '../services/opportunities-api';
import { answerTicket, listTickets } from '../services/tickets';

export const ticketRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/tickets',
    access: {
      anyOf: [
        'opportunities:read:all',
        'opportunities:read:team',
        'opportunities:read:own',
        'tickets:answer',
      ],
    },
    handler: async (req, res) => {
      const q = parseApi('ticketQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await listTickets(ctx, req.principal!, q));
    },
  },
  {
    method: 'post',
    path: '/tickets/:id/answer',
    access: 'tickets:answer',
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('ticket not found');
      const body = parseApi('ticketAnswer', req.body);
      res.json(await answerTicket(ctx, req.principal!, req.params.id as string, body));
    },
  },
];
