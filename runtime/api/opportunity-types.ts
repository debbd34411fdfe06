// UI-side types of the collaboration API (MISSION.md C1–C6): opportunities, stage gates, the dual
// track, the requirement diff, pre-check tickets, freeze reviews, knowledge and the joint review.
// The server may send a label as bilingual text or as a plain string; both are accepted.
import type { FieldDiffDetail } from '../../engine';
import type { I18nText } from './types';

export type Label = I18nText | string;

/** Default stage ids of the stage-gates artefact (the published one may add others). */
export const DEFAULT_STAGE_IDS = [
  'qualify',
  'solution',
  'quote',
  'contract_approval',
  'won',
  'lost',
] as const;

export interface StageInfo {
  id: string;
  label?: Label;
  order?: number;
  outcome?: 'open' | 'won' | 'lost' | string;
}

export interface OpportunitySummary {
  id: string;
  name: string;
  customerName?: string | null;
  customerId?: string | null;
  leadId?: string | null;
  ownerId: string;
  ownerName?: string | null;
  industry: string;
  /** Contract value in yuan. */
  amount: number;
  expectedClose: string;
  stage: string;
  outcome?: string;
  frozen: boolean;
  stageEnteredAt?: string;
  updatedAt?: string;
  templateId?: string | null;
  assessmentTemplateId?: string | null;
}

export interface OpportunityFilters {
  stage?: string;
  owner?: string;
  frozen?: boolean;
}

export interface OpportunityCreate {
  leadId?: string;
  customer?: string;
  name?: string;
  amount: number;
  industry: string;
  expectedClose: string;
}

/** One item a gate misses: which element, field, milestone or ticket, and where to fill it. */
export interface GateMissingItem {
  /** engine/gates MissingItem: element | form | assessment | ticket | milestone | alignment | condition. */
  kind?: string;
  id?: string;
  detail?: unknown;
  type?: string;
  key?: string;
  label?: Label;
  message?: Label;
  element?: string;
  field?: string;
  fields?: string[];
  section?: string;
  track?: 'sales' | 'delivery' | string;
  milestone?: string;
  ticketId?: string;
}

/** A 422 error item (`{gate, missing}`) or an entry of the detail's gate checklist. */
export interface GateCheck {
  gate: string;
  label?: Label;
  to?: string;
  passed?: boolean;
  missing: (GateMissingItem | string)[];
}

export interface TrackMilestone {
  id: string;
  label?: Label;
  order?: number;
  ownerRole?: string;
  done: boolean;
  at?: string | null;
  by?: string | null;
  byName?: string | null;
  /** Alignment pairs this milestone is part of that do not hold now. */
  misaligned?: boolean;
  aligned?: boolean;
  pairs?: string[];
  flags?: (string | { pair?: string; label?: Label; message?: Label })[];
}

export interface AlignmentPair {
  id: string;
  label?: Label;
  sales: string;
  delivery: string;
  rule?: string;
  state?: 'aligned' | 'pending' | 'misaligned' | string;
  enforceAtStage?: string | null;
  ok?: boolean;
  aligned?: boolean;
  message?: Label;
}

export interface Tracks {
  sales: TrackMilestone[];
  delivery: TrackMilestone[];
  alignment?: AlignmentPair[];
}

export interface DiffField {
  field: string;
  label?: Label;
  section?: string;
  type?: string;
  sales: unknown;
  delivery: unknown;
  equal: boolean;
  weight: number;
  distance?: number;
  detail?: DiffDetail | Label | null;
}

/** Why two values differ: the engine's own type (engine/requirements/values.ts). */
export type DiffDetail = FieldDiffDetail;

export interface RequirementDiff {
  rate: number;
  threshold?: number;
  fields: DiffField[];
  comparedAt?: string;
  id?: string;
}

export type Verdict = 'feasible' | 'feasible_with_conditions' | 'infeasible';

export interface KnowledgeEntry {
  id: string;
  key?: string;
  title: Label;
  kind?: string;
  body?: Label;
  url?: string | null;
  tags?: string[];
}

export interface PreCheckTicket {
  id: string;
  opportunityId: string;
  opportunityName?: string | null;
  customerName?: string | null;
  ownerName?: string | null;
  title: Label;
  triggerId?: string;
  status: 'open' | 'answered' | string;
  priority?: string;
  assigneeId?: string | null;
  assigneeName?: string | null;
  dueAt?: string | null;
  createdAt?: string;
  answeredAt?: string | null;
  verdict?: Verdict | null;
  note?: string | null;
  knowledgeIds?: string[];
  knowledge?: KnowledgeEntry[];
  knowledgeLinks?: { key: string; label?: Label }[];
  context?: Record<string, unknown>;
}

export interface Review {
  id: string;
  opportunityId: string;
  opportunityName?: string | null;
  status: 'open' | 'approved' | 'rejected' | string;
  rate?: number;
  threshold?: number;
  decision?: 'approve' | 'reject' | null;
  note?: string | null;
  decidedByName?: string | null;
  decidedAt?: string | null;
  reviewers?: (string | { id?: string; name?: string | null; role?: string | null })[];
  approverRoles?: string[];
  dueAt?: string | null;
  createdAt?: string;
  comparisonId?: string;
}

export interface SubmissionSummary {
  templateId?: string;
  templateVersion?: number;
  revision?: number;
  completeness?: number;
  data?: Record<string, unknown>;
  updatedAt?: string;
}

export interface OpportunityEvent {
  id: string | number;
  type: string;
  at: string;
  actorId?: string | null;
  actorName?: string | null;
  data?: Record<string, unknown>;
}

export interface OpportunityDetail extends OpportunitySummary {
  stages?: StageInfo[];
  gates?: GateCheck[];
  requirementDiff?: RequirementDiff | null;
  tracks?: Tracks;
  requirements?: SubmissionSummary | null;
  assessment?: SubmissionSummary | null;
  tickets?: PreCheckTicket[];
  review?: Review | null;
  timeline?: OpportunityEvent[];
}

export interface DistortionCase {
  opportunityId: string;
  opportunityName?: string;
  customerName?: string | null;
  ownerName?: string | null;
  industry?: string;
  rate: number;
  threshold?: number;
  comparedAt?: string;
  fields: DiffField[];
  outcome?:
    Label | { review?: string | null; decision?: string | null; note?: string | null; stage?: string };
  review?: Review | null;
  stage?: string;
}

export interface DistortionReport {
  month: string;
  cases: DistortionCase[];
  total?: number;
  average?: number;
}

export interface TicketQuery {
  opportunityId?: string;
  assignee?: 'me';
}
