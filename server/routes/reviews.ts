// Circuit-breaker reviews (C5): the caller's review tasks and the decision that unfreezes.
import type { AppContext } from '../context';
import { isUuid } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { parseApi } from '../services/opportunities-api';
import { decideReview, listReviews } from '../services/reviews';

export const reviewRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/reviews',
    access: { anyOf: ['opportunities:read:all', 'opportunities:read:team', 'opportunities:read:own'] },
    handler: async (req, res) => {
      const q = parseApi('reviewQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await listReviews(ctx, req.principal!, q));
    },
  },
  {
    method: 'post',
    path: '/reviews/:id/decide',
    access: 'reviews:decide',
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('review not found');
      const body = parseApi('reviewDecide', req.body);
      res.json(await decideReview(ctx, req.principal!, req.params.id as string, body));
    },
  },
];
