// Customers' payment cycles (F6): read with the forecast, recorded and imported by finance.
import type { PaymentCycleCreate, PaymentCycleImport, PaymentCycleQuery } from '../../schemas';
import type { AppContext } from '../context';
import { parseBody } from '../http/body';
import type { Route } from '../http/routes';
import { importPaymentCycles, listPaymentCycles, recordPaymentCycle } from '../services/payment-cycles';

export const paymentCycleRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/payment-cycles',
    access: 'forecast:read',
    handler: async (req, res) => {
      const q = parseBody<PaymentCycleQuery>('paymentCycleQuery', {
        ...(req.query as Record<string, unknown>),
      });
      res.json(await listPaymentCycles(ctx, q.customerId));
    },
  },
  {
    method: 'post',
    path: '/payment-cycles',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const body = parseBody<PaymentCycleCreate>('paymentCycleCreate', req.body);
      res.status(201).json(await recordPaymentCycle(ctx, req.principal!, body));
    },
  },
  {
    method: 'post',
    path: '/payment-cycles/import',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const body = parseBody<PaymentCycleImport>('paymentCycleImport', req.body);
      res.json(await importPaymentCycles(ctx, req.principal!, body));
    },
  },
];
