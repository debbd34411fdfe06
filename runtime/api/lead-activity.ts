// A lead's detail and what reps do on it: timeline, touches, tags, proposals, status, manual entry.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';
import type {
  LeadCreated,
  LeadDetail,
  Proposal,
  ProposalInput,
  TimelineEvent,
  Touch,
  TouchInput,
} from './lifecycle-types';

const leadPath = (id: string) => `/api/leads/${encodeURIComponent(id)}`;

export function useLeadDetail(id: string) {
  return useQuery({
    queryKey: queryKeys.lead(id),
    queryFn: ({ signal }) => apiFetch<LeadDetail>(leadPath(id), { signal }),
  });
}

export function useLeadTimeline(id: string) {
  return useQuery({
    queryKey: queryKeys.timeline(id),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: TimelineEvent[] }>(`${leadPath(id)}/timeline`, { signal })).items,
  });
}

export function useTouches(id: string) {
  return useQuery({
    queryKey: queryKeys.touches(id),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: Touch[] }>(`${leadPath(id)}/touches`, { signal })).items,
  });
}

export function useProposals(id: string) {
  return useQuery({
    queryKey: queryKeys.proposals(id),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: Proposal[] }>(`${leadPath(id)}/proposals`, { signal })).items,
  });
}

/** After any change to a lead: its detail (clocks), timeline, sub-lists and the lists and board. */
function useLeadChanged(id: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: queryKeys.lead(id) }),
      qc.invalidateQueries({ queryKey: queryKeys.leadsAll }),
      qc.invalidateQueries({ queryKey: queryKeys.board }),
    ]);
}

export function useLogTouch(id: string) {
  const changed = useLeadChanged(id);
  return useMutation({
    mutationFn: (body: TouchInput) => apiFetch<Touch>(`${leadPath(id)}/touches`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useSetTags(id: string) {
  const changed = useLeadChanged(id);
  return useMutation({
    mutationFn: (tags: string[]) =>
      apiFetch<{ tags: string[]; changed: boolean }>(`${leadPath(id)}/tags`, {
        method: 'PUT',
        body: { tags },
      }),
    onSuccess: changed,
  });
}

export function useSendProposal(id: string) {
  const changed = useLeadChanged(id);
  return useMutation({
    mutationFn: (body: ProposalInput) =>
      apiFetch<Proposal>(`${leadPath(id)}/proposals`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useChangeStatus(id: string) {
  const changed = useLeadChanged(id);
  return useMutation({
    mutationFn: (body: { status: 'qualified' | 'disqualified'; reason?: string }) =>
      apiFetch<{ status: string }>(`${leadPath(id)}/status`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** Manual entry: `POST /api/leads` with a leadCreate body. */
export function useCreateLead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<LeadCreated>('/api/leads', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.leadsAll }),
  });
}
