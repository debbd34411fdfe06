// Reports of the collaboration area: the monthly joint review of requirement distortion (C6).
import type { AppContext } from '../context';
import type { Route } from '../http/routes';
import { distortionReport } from '../services/joint-review';
import { parseApi } from '../services/opportunities-api';

export const reportRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/reports/requirement-distortion',
    access: { anyOf: ['opportunities:read:all', 'opportunities:read:team', 'opportunities:read:own'] },
    handler: async (req, res) => {
      const q = parseApi('opportunityDistortionQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await distortionReport(ctx, req.principal!, q));
    },
  },
];
