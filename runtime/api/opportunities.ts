// UI-side types of the collaboration API (MISSION.md C1–C6): opportunities, stage gates, the dual
// track, the requirement diff, pre-check tickets, freeze reviews, knowledge and the joint review.
// The server may send a label as bilingual text or as a plain string; both are accepted.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from './client';
import type { FieldError, I18nText } from './types';

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

/** engine/requirements FieldDiffDetail: why two values differ. */
export type DiffDetail =
  | { kind: 'missing'; side: 'sales' | 'delivery' }
  | { kind: 'set'; overlap: number; min: number; onlySales: string[]; onlyDelivery: string[] }
  | { kind: 'number'; delta: number; relative: number }
  | { kind: 'date'; days: number; maxDays: number }
  | { kind: 'text'; similarity: number; min: number }
  | { kind: 'value' };

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

// ---------------------------------------------------------------------------------------------
// react-query hooks
// ---------------------------------------------------------------------------------------------

export const oppKeys = {
  all: ['opportunities'] as const,
  list: (f: OpportunityFilters) => ['opportunities', 'list', f] as const,
  detail: (id: string) => ['opportunities', 'detail', id] as const,
  tickets: (q: TicketQuery) => ['tickets', q] as const,
  ticketsAll: ['tickets'] as const,
  reviews: ['reviews', 'mine'] as const,
  knowledge: (q: string) => ['knowledge', q] as const,
  report: (month: string) => ['reports', 'requirement-distortion', month] as const,
  form: (templateId: string) => ['forms', templateId] as const,
};

export interface TicketQuery {
  opportunityId?: string;
  assignee?: 'me';
}

/** Accepts `[...]`, `{items:[...]}` or `{<name>:[...]}` so list endpoints can grow paging later. */
function items<T>(payload: unknown, name?: string): T[] {
  if (Array.isArray(payload)) return payload as T[];
  const o = (payload ?? {}) as Record<string, unknown>;
  if (Array.isArray(o.items)) return o.items as T[];
  if (name && Array.isArray(o[name])) return o[name] as T[];
  return [];
}

const oppPath = (id: string) => `/api/opportunities/${encodeURIComponent(id)}`;

export function useOpportunities(filters: OpportunityFilters = {}) {
  return useQuery({
    queryKey: oppKeys.list(filters),
    queryFn: async ({ signal }) =>
      items<OpportunitySummary>(
        await apiFetch<unknown>('/api/opportunities', {
          query: {
            stage: filters.stage,
            owner: filters.owner,
            frozen: filters.frozen === undefined ? undefined : String(filters.frozen),
          },
          signal,
        }),
        'opportunities',
      ),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: oppKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<OpportunityDetail>(oppPath(id), { signal }),
    enabled: id !== '',
  });
}

/** After any change to an opportunity: its detail, the lists, its tickets and the review inbox. */
function useChanged() {
  const qc = useQueryClient();
  return (id?: string) =>
    Promise.all([
      id ? qc.invalidateQueries({ queryKey: oppKeys.detail(id) }) : undefined,
      qc.invalidateQueries({ queryKey: ['opportunities', 'list'] }),
      qc.invalidateQueries({ queryKey: oppKeys.ticketsAll }),
      qc.invalidateQueries({ queryKey: oppKeys.reviews }),
    ]);
}

export function useCreateOpportunity() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: OpportunityCreate) =>
      apiFetch<{ id: string; stage: string; industry: string; templateId: string | null }>(
        '/api/opportunities',
        { method: 'POST', body },
      ),
    onSuccess: () => changed(),
  });
}

/** A refused stage change: 422 gate errors or 423 frozen, parsed from the raw response. */
export class StageChangeRefused extends Error {
  readonly status: 422 | 423;
  readonly gates: GateCheck[];
  constructor(status: 422 | 423, gates: GateCheck[], message: string) {
    super(message);
    this.name = 'StageChangeRefused';
    this.status = status;
    this.gates = gates;
  }
}

/** The gates of a 422 body `{errors:[{gate, missing}]}`; tolerant of missing parts. */
export function gatesFromBody(body: unknown): GateCheck[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object')
    .map((e) => ({
      gate: typeof e.gate === 'string' ? e.gate : String(e.path ?? ''),
      label: (e.label as Label | undefined) ?? undefined,
      to: typeof e.to === 'string' ? e.to : undefined,
      passed: false,
      missing: Array.isArray(e.missing)
        ? (e.missing as (GateMissingItem | string)[])
        : typeof e.message === 'string'
          ? [e.message]
          : [],
    }));
}

/** PATCH the stage; the ApiError of apiFetch loses the `gate`/`missing` parts, so fetch directly. */
export async function patchStage(id: string, stage: string): Promise<OpportunitySummary> {
  const res = await fetch(oppPath(id), {
    method: 'PATCH',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ stage }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (res.status === 422 || res.status === 423) {
    const first = (body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message;
    throw new StageChangeRefused(res.status, gatesFromBody(body), first ?? `HTTP ${res.status}`);
  }
  if (!res.ok) {
    const errors = (body as { errors?: FieldError[] } | undefined)?.errors ?? [];
    throw new ApiError(res.status, errors.length ? errors : [{ path: '', message: `HTTP ${res.status}` }]);
  }
  return body as OpportunitySummary;
}

export function useChangeStage(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (stage: string) => patchStage(id, stage),
    // A refusal may have frozen the opportunity and opened a review: refresh in every case.
    onSettled: () => changed(id),
  });
}

export function useSaveForm(id: string, which: 'requirements' | 'assessment') {
  const changed = useChanged();
  return useMutation({
    mutationFn: (data: Record<string, unknown>) =>
      apiFetch<SubmissionSummary & { errors?: unknown[] }>(`${oppPath(id)}/${which}`, {
        method: 'PUT',
        body: { data },
      }),
    onSuccess: () => changed(id),
  });
}

export function useTickMilestone(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: { track: 'sales' | 'delivery'; milestone: string; done: boolean }) =>
      apiFetch<unknown>(`${oppPath(id)}/milestones`, { method: 'POST', body }),
    onSuccess: () => changed(id),
  });
}

export function useTickets(q: TicketQuery, enabled = true) {
  return useQuery({
    queryKey: oppKeys.tickets(q),
    queryFn: async ({ signal }) =>
      items<PreCheckTicket>(await apiFetch<unknown>('/api/tickets', { query: { ...q }, signal }), 'tickets'),
    enabled,
  });
}

export function useAnswerTicket() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      verdict: Verdict;
      note: string;
      knowledgeIds?: string[];
      opportunityId?: string;
    }) =>
      apiFetch<PreCheckTicket>(`/api/tickets/${encodeURIComponent(id)}/answer`, {
        method: 'POST',
        body: { verdict: body.verdict, note: body.note, knowledgeIds: body.knowledgeIds },
      }),
    onSuccess: (_r, v) => changed(v.opportunityId),
  });
}

export function useMyReviews(enabled = true) {
  return useQuery({
    queryKey: oppKeys.reviews,
    queryFn: async ({ signal }) =>
      items<Review>(await apiFetch<unknown>('/api/reviews', { query: { mine: 1 }, signal }), 'reviews'),
    enabled,
  });
}

export function useDecideReview() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      note,
    }: {
      id: string;
      decision: 'approve' | 'reject';
      note: string;
      opportunityId?: string;
    }) =>
      apiFetch<Review>(`/api/reviews/${encodeURIComponent(id)}/decide`, {
        method: 'POST',
        body: { decision, note },
      }),
    onSuccess: (_r, v) => changed(v.opportunityId),
  });
}

export function useKnowledgeSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: oppKeys.knowledge(q),
    queryFn: async ({ signal }) =>
      items<KnowledgeEntry>(
        await apiFetch<unknown>('/api/knowledge', { query: { q: q || undefined }, signal }),
        'entries',
      ),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 60_000,
  });
}

export function useDistortionReport(month: string) {
  return useQuery({
    queryKey: oppKeys.report(month),
    queryFn: async ({ signal }) => {
      const r = await apiFetch<unknown>('/api/reports/requirement-distortion', { query: { month }, signal });
      if (Array.isArray(r)) return { month, cases: r as DistortionCase[] };
      const o = (r ?? {}) as Partial<DistortionReport> & { items?: DistortionCase[] };
      return { ...o, month: o.month ?? month, cases: o.cases ?? o.items ?? [] } as DistortionReport;
    },
    placeholderData: keepPreviousData,
  });
}

/** A published form template (`GET /api/forms/:templateId`, the form runtime's route). */
export function useFormTemplate(templateId: string | null | undefined) {
  return useQuery({
    queryKey: oppKeys.form(templateId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<Record<string, unknown>>(`/api/forms/${encodeURIComponent(templateId ?? '')}`, { signal }),
    enabled: Boolean(templateId),
    staleTime: 5 * 60_000,
  });
}
