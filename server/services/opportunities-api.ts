// Bodies and query strings of the collaboration API (C1–C6), validated with ajv against their JSON
// Schemas in schemas/api; 400 {errors:[{path, message}]} otherwise.
import { apiSchemas, validate, type I18nText, type JSONSchema } from '../../schemas';
import { badRequest } from '../http/errors';

// The schemas are registered in schemas/registry.ts (types in schemas/types.gen.ts); the
// interfaces below are the shapes the services read.
const SCHEMAS = {
  opportunityCreate: apiSchemas.opportunityCreate,
  opportunityPatch: apiSchemas.opportunityPatch,
  opportunityQuery: apiSchemas.opportunityQuery,
  opportunityForm: apiSchemas.opportunityForm,
  opportunityMilestone: apiSchemas.opportunityMilestone,
  opportunityDistortionQuery: apiSchemas.opportunityDistortionQuery,
  ticketQuery: apiSchemas.ticketQuery,
  ticketAnswer: apiSchemas.ticketAnswer,
  reviewQuery: apiSchemas.reviewQuery,
  reviewDecide: apiSchemas.reviewDecide,
  knowledgeQuery: apiSchemas.knowledgeQuery,
  knowledgeCreate: apiSchemas.knowledgeCreate,
  knowledgePatch: apiSchemas.knowledgePatch,
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
