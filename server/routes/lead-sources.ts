// Lead sources that post signed webhooks (directors and admins manage them).
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { createLeadSource, listLeadSources, patchLeadSource } from '../services/lead-sources';

export const leadSourceRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/lead-sources',
    access: 'leadsources:manage',
    handler: async (_req, res) => {
      res.json({ items: await listLeadSources(ctx) });
    },
  },
  {
    method: 'post',
    path: '/lead-sources',
    access: 'leadsources:manage',
    handler: async (req, res) => {
      const body = parseBody<{ name: string; channel: string }>('leadSourceCreate', req.body);
      // The secret is in this answer only; it cannot be read again.
      res.status(201).json(await createLeadSource(ctx, req.principal!, body.name, body.channel));
    },
  },
  {
    method: 'patch',
    path: '/lead-sources/:id',
    access: 'leadsources:manage',
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('lead source not found');
      const body = parseBody<{ name?: string; active?: boolean }>('leadSourcePatch', req.body);
      res.json(await patchLeadSource(ctx, req.principal!, req.params.id as string, body));
    },
  },
];
