import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';
import type { Lead, LeadFilters, Page } from './types';

export function fetchLeads(filters: LeadFilters, signal?: AbortSignal): Promise<Page<Lead>> {
  return apiFetch<Page<Lead>>('/api/leads', { query: { ...filters }, signal });
}

/** One page of leads; the previous page stays on screen while the next one loads. */
export function useLeads(filters: LeadFilters, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.leads(filters),
    queryFn: ({ signal }) => fetchLeads(filters, signal),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

export function useLead(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.lead(id ?? ''),
    queryFn: ({ signal }) => apiFetch<Lead>(`/api/leads/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}
