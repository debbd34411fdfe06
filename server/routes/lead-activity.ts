// What reps do on a lead (L5–L8, L10): touches with call notes, requirement tags, proposals and
// quotes as tracked links, quote feedback, qualify/disqualify. Scope: whoever may read the lead.
import type { LeadStatusChange, LeadTags, ProposalCreate, QuoteFeedback, TouchCreate } from '../../schemas';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { changeStatus, quoteFeedback, setTags } from '../services/lead-actions';
import { listProposals, sendProposal } from '../services/proposals';
import { listTouches, logTouch } from '../services/touches';

const ON_LEAD = { anyOf: ['leads:read:all', 'leads:read:team', 'leads:read:own'] } as const;

const leadId = (params: Record<string, unknown>): string => {
  if (!isUuid(params.id)) throw notFound('lead not found');
  return params.id;
};

export const leadActivityRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/leads/:id/touches',
    access: ON_LEAD,
    handler: async (req, res) => {
      const id = leadId(req.params);
      const body = parseBody<TouchCreate>('touchCreate', req.body);
      res.status(201).json(await logTouch(ctx, req.principal!, id, body));
    },
  },
  {
    method: 'get',
    path: '/leads/:id/touches',
    access: ON_LEAD,
    handler: async (req, res) => {
      res.json(await listTouches(ctx, req.principal!, leadId(req.params)));
    },
  },
  {
    method: 'put',
    path: '/leads/:id/tags',
    access: ON_LEAD,
    handler: async (req, res) => {
      const id = leadId(req.params);
      const body = parseBody<LeadTags>('leadTags', req.body);
      res.json(await setTags(ctx, req.principal!, id, body.tags));
    },
  },
  {
    method: 'post',
    path: '/leads/:id/proposals',
    access: ON_LEAD,
    handler: async (req, res) => {
      const id = leadId(req.params);
      const body = parseBody<ProposalCreate>('proposalCreate', req.body);
      res.status(201).json(await sendProposal(ctx, req.principal!, id, body));
    },
  },
  {
    method: 'get',
    path: '/leads/:id/proposals',
    access: ON_LEAD,
    handler: async (req, res) => {
      res.json(await listProposals(ctx, req.principal!, leadId(req.params)));
    },
  },
  {
    method: 'post',
    path: '/leads/:id/quote-feedback',
    access: ON_LEAD,
    handler: async (req, res) => {
      const id = leadId(req.params);
      const body = parseBody<QuoteFeedback>('quoteFeedback', req.body);
      res.status(201).json(await quoteFeedback(ctx, req.principal!, id, body));
    },
  },
  {
    method: 'post',
    path: '/leads/:id/status',
    access: ON_LEAD,
    handler: async (req, res) => {
      const id = leadId(req.params);
      const body = parseBody<LeadStatusChange>('leadStatus', req.body);
      res.json(await changeStatus(ctx, req.principal!, id, body));
    },
  },
];
