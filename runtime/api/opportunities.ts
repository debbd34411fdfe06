// React-query hooks of the collaboration API (MISSION.md C1–C6): opportunities and their stage
// changes, forms, tickets, reviews, knowledge and the joint review report. The types they carry
// live in opportunity-types.ts and are re-exported here.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from './client';
import type {
  DistortionCase,
  DistortionReport,
  GateCheck,
  GateMissingItem,
  KnowledgeEntry,
  Label,
  OpportunityCreate,
  OpportunityDetail,
  OpportunityFilters,
  OpportunitySummary,
  PreCheckTicket,
  Review,
  SubmissionSummary,
  TicketQuery,
  Verdict,
} from './opportunity-types';
import type { FieldError } from './types';

export * from './opportunity-types';

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
