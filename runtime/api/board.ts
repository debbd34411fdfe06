// The traffic-light board, the morning agenda and the process KPIs (L8, L9).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';
import type { Agenda, Board, KpiReport } from './lifecycle-types';

export function useBoard() {
  return useQuery({
    queryKey: queryKeys.board,
    queryFn: ({ signal }) => apiFetch<Board>('/api/board', { signal }),
    staleTime: 5_000,
    // Live events refresh it; the policy's interval is the fallback.
    refetchInterval: (q) => (q.state.data?.refreshSeconds ?? 30) * 1000,
  });
}

export function useAgenda(date?: string) {
  return useQuery({
    queryKey: queryKeys.agenda(date),
    queryFn: ({ signal }) => apiFetch<Agenda>('/api/agenda', { query: { date }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTickAgenda() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) =>
      apiFetch<{ id: string; done: boolean }>(`/api/agenda/items/${encodeURIComponent(id)}/done`, {
        method: 'POST',
        body: { done },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.agendaAll }),
  });
}

export function useKpis(period?: string) {
  return useQuery({
    queryKey: queryKeys.kpis(period),
    queryFn: ({ signal }) => apiFetch<KpiReport>('/api/kpis', { query: { period }, signal }),
    placeholderData: keepPreviousData,
  });
}
