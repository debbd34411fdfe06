// Bodies and query strings of the collaboration API (C1–C6), validated with ajv against their JSON
// Schemas in schemas/api; 400 {errors:[{path, message}]} otherwise.
import { validate, type I18nText, type JSONSchema } from '../../schemas';
import opportunityCreate from '../../schemas/api/opportunityCreate.schema.json' with { type: 'json' };
import opportunityPatch from '../../schemas/api/opportunityPatch.schema.json' with { type: 'json' };
import opportunityQuery from '../../schemas/api/opportunityQuery.schema.json' with { type: 'json' };
import opportunityForm from '../../schemas/api/opportunityForm.schema.json' with { type: 'json' };
import opportunityMilestone from '../../schemas/api/opportunityMilestone.schema.json' with { type: 'json' };
import opportunityDistortionQuery from '../../schemas/api/opportunityDistortionQuery.schema.json' with { type: 'json' };
import ticketQuery from '../../schemas/api/ticketQuery.schema.json' with { type: 'json' };
import ticketAnswer from '../../schemas/api/ticketAnswer.schema.json' with { type: 'json' };
import reviewQuery from '../../schemas/api/reviewQuery.schema.json' with { type: 'json' };
import reviewDecide from '../../schemas/api/reviewDecide.schema.json' with { type: 'json' };
import knowledgeQuery from '../../schemas/api/knowledgeQuery.schema.json' with { type: 'json' };
import knowledgeCreate from '../../schemas/api/knowledgeCreate.schema.json' with { type: 'json' };
import knowledgePatch from '../../schemas/api/knowledgePatch.schema.json' with { type: 'json' };
import { badRequest } from '../http/errors';

const SCHEMAS = {
  opportunityCreate,
  opportunityPatch,
  opportunityQuery,
  opportunityForm,
  opportunityMilestone,
  opportunityDistortionQuery,
  ticketQuery,
  ticketAnswer,
  reviewQuery,
  reviewDecide,
  knowledgeQuery,
  knowledgeCreate,
  knowledgePatch,
} as const satisfies Record<string, JSONSchema>;

export interface OpportunityCreate {
  leadId?: string;
  customer?: string;
  name?: string;
  amount: number;
  industry: string;
  expectedClose: string;
}
export interface OpportunityPatch {
  stage?: string;
  name?: string;
  amount?: number;
  expectedClose?: string;
}
export interface OpportunityQuery {
  stage?: string;
  owner?: string;
  frozen?: '' | 'true' | 'false';
  q?: string;
}
export interface OpportunityForm {
  data: Record<string, unknown>;
  provenance?: Record<string, unknown>;
}
export interface OpportunityMilestone {
  track: 'sales' | 'delivery';
  milestone: string;
  done: boolean;
}
export interface OpportunityDistortionQuery {
  month?: string;
  limit?: string;
}
export interface TicketQuery {
  opportunityId?: string;
  assignee?: '' | 'me';
  status?: '' | 'open' | 'answered';
}
export type Verdict = 'feasible' | 'feasible_with_conditions' | 'infeasible';
export interface TicketAnswer {
  verdict: Verdict;
  note: string;
  knowledgeIds?: string[];
}
export interface ReviewQuery {
  mine?: string;
  status?: '' | 'open' | 'approved' | 'rejected';
  opportunityId?: string;
}
export interface ReviewDecide {
  decision: 'approve' | 'reject';
  note?: string;
}
export type KnowledgeKind = 'api' | 'compatibility' | 'limit' | 'guide';
export interface KnowledgeQuery {
  q?: string;
  kind?: '' | KnowledgeKind;
  keys?: string;
}
export interface KnowledgeCreate {
  key: string;
  kind: KnowledgeKind;
  title: I18nText;
  body: I18nText;
  tags?: string[];
  url?: string;
}
export type KnowledgePatch = Partial<KnowledgeCreate>;

interface Bodies {
  opportunityCreate: OpportunityCreate;
  opportunityPatch: OpportunityPatch;
  opportunityQuery: OpportunityQuery;
  opportunityForm: OpportunityForm;
  opportunityMilestone: OpportunityMilestone;
  opportunityDistortionQuery: OpportunityDistortionQuery;
  ticketQuery: TicketQuery;
  ticketAnswer: TicketAnswer;
  reviewQuery: ReviewQuery;
  reviewDecide: ReviewDecide;
  knowledgeQuery: KnowledgeQuery;
  knowledgeCreate: KnowledgeCreate;
  knowledgePatch: KnowledgePatch;
}

/** Validates a JSON body or a query string (`{ ...req.query }`) against its schema. */
export function parseApi<K extends keyof Bodies>(key: K, data: unknown): Bodies[K] {
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw badRequest([{ path: '', message: 'body must be a JSON object (Content-Type: application/json)' }]);
  }
  const result = validate(SCHEMAS[key] as JSONSchema, data);
  if (!result.ok) throw badRequest(result.errors);
  return data as Bodies[K];
}
