// The product knowledge base (C3): anyone signed in searches it; knowledge:manage maintains it.
import type { AppContext } from '../context';
import { isUuid } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import {
  createKnowledge,
  deleteKnowledge,
  getKnowledge,
  patchKnowledge,
  searchKnowledge,
} from '../services/knowledge';
import { parseApi } from '../services/opportunities-api';

const idOf = (raw: unknown): string => {
  if (!isUuid(raw)) throw notFound('knowledge entry not found');
  return raw;
};

export const knowledgeRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/knowledge',
    access: 'authenticated',
    handler: async (req, res) => {
      const q = parseApi('knowledgeQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await searchKnowledge(ctx, q));
    },
  },
  {
    method: 'get',
    path: '/knowledge/:id',
    access: 'authenticated',
    handler: async (req, res) => {
      res.json(await getKnowledge(ctx, idOf(req.params.id)));
    },
  },
  {
    method: 'post',
    path: '/knowledge',
    access: 'knowledge:manage',
    handler: async (req, res) => {
      const body = parseApi('knowledgeCreate', req.body);
      res.status(201).json(await createKnowledge(ctx, req.principal!, body));
    },
  },
  {
    method: 'patch',
    path: '/knowledge/:id',
    access: 'knowledge:manage',
    handler: async (req, res) => {
      const id = idOf(req.params.id);
      const body = parseApi('knowledgePatch', req.body);
      res.json(await patchKnowledge(ctx, req.principal!, id, body));
    },
  },
  {
    method: 'delete',
    path: '/knowledge/:id',
    access: 'knowledge:manage',
    handler: async (req, res) => {
      res.json(await deleteKnowledge(ctx, idOf(req.params.id)));
    },
  },
];
