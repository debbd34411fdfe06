// Buying signals on a deal and its score (F1, F2, F3, F6).
import type { SignalCreate } from '../../schemas';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { dealScoreView } from '../services/forecast-score';
import { recordSignal, removeSignal } from '../services/signals';

const READ = {
  anyOf: ['opportunities:read:all', 'opportunities:read:team', 'opportunities:read:own'],
} as const;

const dealId = (v: unknown) => {
  if (!isUuid(v)) throw notFound('opportunity not found');
  return v;
};

export const signalRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/opportunities/:id/signals',
    access: 'signals:record',
    handler: async (req, res) => {
      const id = dealId(req.params.id);
      const body = parseBody<SignalCreate>('signalCreate', req.body);
      res.status(201).json(await recordSignal(ctx, req.principal!, id, body));
    },
  },
  {
    method: 'delete',
    path: '/opportunities/:id/signals/:entryId',
    access: 'signals:record',
    handler: async (req, res) => {
      const id = dealId(req.params.id);
      if (!isUuid(req.params.entryId)) throw notFound('signal entry not found');
      res.json(await removeSignal(ctx, req.principal!, id, req.params.entryId as string));
    },
  },
  {
    method: 'get',
    path: '/opportunities/:id/score',
    access: READ,
    handler: async (req, res) => {
      res.json(await dealScoreView(ctx, req.principal!, dealId(req.params.id)));
    },
  },
];
