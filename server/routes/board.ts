// The traffic-light board, the morning agenda and the process KPIs (L8, L9).
import type { AgendaDone, AgendaQuery, KpiQuery } from '../../schemas';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { getAgenda, setAgendaItemDone } from '../services/agenda';
import { getBoard } from '../services/board';
import { getKpis } from '../services/kpis';

const READ = { anyOf: ['leads:read:all', 'leads:read:team', 'leads:read:own'] } as const;

export const boardRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/board',
    access: READ,
    handler: async (req, res) => {
      res.json(await getBoard(ctx, req.principal!));
    },
  },
  {
    method: 'get',
    path: '/agenda',
    access: READ,
    handler: async (req, res) => {
      const q = parseBody<AgendaQuery>('agendaQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await getAgenda(ctx, req.principal!, q.date));
    },
  },
  {
    method: 'post',
    path: '/agenda/items/:id/done',
    access: 'agenda:manage',
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('agenda item not found');
      const body = parseBody<AgendaDone>('agendaDone', req.body);
      res.json(await setAgendaItemDone(ctx, req.principal!, req.params.id as string, body.done));
    },
  },
  {
    method: 'get',
    path: '/kpis',
    access: READ,
    handler: async (req, res) => {
      const q = parseBody<KpiQuery>('kpiQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await getKpis(ctx, req.principal!, q));
    },
  },
];
