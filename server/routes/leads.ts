import type { LeadCreate, LeadQuery } from '../../schemas';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { ingestLead } from '../services/lead-ingest';
import { getLead, listLeads } from '../services/lead-query';

const READ = { anyOf: ['leads:read:all', 'leads:read:team', 'leads:read:own'] } as const;

export const leadRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/leads',
    access: 'leads:create',
    handler: async (req, res) => {
      const body = parseBody<LeadCreate>('leadCreate', req.body);
      const p = req.principal!;
      const r = await ingestLead(ctx, p, body, p.kind === 'api_key' ? 'api_key' : 'session');
      res.status(201).json(r);
    },
  },
  {
    method: 'get',
    path: '/leads',
    access: READ,
    handler: async (req, res) => {
      const query = parseBody<LeadQuery>('leadQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await listLeads(ctx, req.principal!, query));
    },
  },
  {
    method: 'get',
    path: '/leads/:id',
    access: READ,
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('lead not found');
      res.json(await getLead(ctx, req.principal!, req.params.id as string));
    },
  },
];
