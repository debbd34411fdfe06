// What reps do on a lead (L5–L8, L10): touches with call notes, requirement tags, proposals and
// quotes as tracked links, quote feedback, qualify/disqualify. Scope: whoever may read the lead.
// Every route has one shape (see `onLead`): check the id, validate the body, call the service.
import type {
  ApiSchemaKey,
  LeadStatusChange,
  LeadTags,
  ProposalCreate,
  QuoteFeedback,
  TouchCreate,
} from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Method, Route } from '../http/routes';
import { changeStatus, quoteFeedback, setTags } from '../services/lead-actions';
import { listProposals, sendProposal } from '../services/proposals';
import { listTouches, logTouch } from '../services/touches';

const ON_LEAD = { anyOf: ['leads:read:all', 'leads:read:team', 'leads:read:own'] } as const;

/** A route on one lead: an unknown or malformed id is a 404, the body (if any) is validated. */
function onLead<B = undefined>(
  method: Method,
  sub: string,
  answer: { status: 200 | 201; body?: ApiSchemaKey },
  act: (who: Principal, leadId: string, body: B) => Promise<unknown>,
): Route {
  return {
    method,
    path: `/leads/:id/${sub}`,
    access: ON_LEAD,
    handler: async (req, res) => {
      const id = req.params.id;
      if (!isUuid(id)) throw notFound('lead not found');
      const body = (answer.body ? parseBody<B>(answer.body, req.body) : undefined) as B;
      res.status(answer.status).json(await act(req.principal!, id, body));
    },
  };
}

export const leadActivityRoutes = (ctx: AppContext): Route[] => [
  onLead<TouchCreate>('post', 'touches', { status: 201, body: 'touchCreate' }, (who, id, body) =>
    logTouch(ctx, who, id, body),
  ),
  onLead('get', 'touches', { status: 200 }, (who, id) => listTouches(ctx, who, id)),
  onLead<LeadTags>('put', 'tags', { status: 200, body: 'leadTags' }, (who, id, body) =>
    setTags(ctx, who, id, body.tags),
  ),
  onLead<ProposalCreate>('post', 'proposals', { status: 201, body: 'proposalCreate' }, (who, id, body) =>
    sendProposal(ctx, who, id, body),
  ),
  onLead('get', 'proposals', { status: 200 }, (who, id) => listProposals(ctx, who, id)),
  onLead<QuoteFeedback>('post', 'quote-feedback', { status: 201, body: 'quoteFeedback' }, (who, id, body) =>
    quoteFeedback(ctx, who, id, body),
  ),
  onLead<LeadStatusChange>('post', 'status', { status: 200, body: 'leadStatus' }, (who, id, body) =>
    changeStatus(ctx, who, id, body),
  ),
];
