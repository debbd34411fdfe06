// Opportunities, stage gates, requirement forms and the dual track (C1, C4, C5).
import { can } from '../auth/principal';
import type { AppContext } from '../context';
import { isUuid } from '../http/body';
import { forbidden, notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { createOpportunity, getOpportunity, listOpportunities } from '../services/opportunities';
import { parseApi } from '../services/opportunities-api';
import { changeOpportunity } from '../services/opportunities-stage';
import { saveOpportunityForm, setMilestone } from '../services/opportunities-work';

const READ = {
  anyOf: ['opportunities:read:all', 'opportunities:read:team', 'opportunities:read:own'],
} as const;

const idOf = (raw: unknown): string => {
  if (!isUuid(raw)) throw notFound('opportunity not found');
  return raw;
};

export const opportunityRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/opportunities',
    access: 'opportunities:edit',
    handler: async (req, res) => {
      const body = parseApi('opportunityCreate', req.body);
      res.status(201).json(await createOpportunity(ctx, req.principal!, body));
    },
  },
  {
    method: 'get',
    path: '/opportunities',
    access: READ,
    handler: async (req, res) => {
      const q = parseApi('opportunityQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await listOpportunities(ctx, req.principal!, q));
    },
  },
  {
    method: 'get',
    path: '/opportunities/:id',
    access: READ,
    handler: async (req, res) => {
      res.json(await getOpportunity(ctx, req.principal!, idOf(req.params.id)));
    },
  },
  {
    method: 'patch',
    path: '/opportunities/:id',
    access: 'opportunities:edit',
    handler: async (req, res) => {
      const id = idOf(req.params.id);
      const body = parseApi('opportunityPatch', req.body);
      await changeOpportunity(ctx, req.principal!, id, body);
      res.json(await getOpportunity(ctx, req.principal!, id));
    },
  },
  {
    method: 'put',
    path: '/opportunities/:id/requirements',
    access: 'opportunities:edit',
    handler: async (req, res) => {
      const id = idOf(req.params.id);
      const body = parseApi('opportunityForm', req.body);
      res.json(await saveOpportunityForm(ctx, req.principal!, id, 'requirements', body));
    },
  },
  {
    method: 'put',
    path: '/opportunities/:id/assessment',
    access: 'opportunities:assess',
    handler: async (req, res) => {
      const id = idOf(req.params.id);
      const body = parseApi('opportunityForm', req.body);
      res.json(await saveOpportunityForm(ctx, req.principal!, id, 'assessment', body));
    },
  },
  {
    method: 'post',
    path: '/opportunities/:id/milestones',
    access: { anyOf: ['opportunities:edit', 'opportunities:assess'] },
    handler: async (req, res) => {
      const id = idOf(req.params.id);
      const body = parseApi('opportunityMilestone', req.body);
      const needed = body.track === 'sales' ? 'opportunities:edit' : 'opportunities:assess';
      if (!can(req.principal, needed)) throw forbidden(`the ${body.track} track needs ${needed}`);
      await setMilestone(ctx, req.principal!, id, body);
      res.json(await getOpportunity(ctx, req.principal!, id));
    },
  },
];
