// The SLA simulation's answer (server/services/simulate-sla.ts) and its mutation.
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../runtime';

export interface SlaClockOutcome {
  id: string;
  label: { zh: string; en: string } | null;
  started: number;
  met: number;
  breached: number;
  pending: number;
  cancelled: number;
  leadsBreached: number;
  breachRate: number | null;
  breachedLeadIds: string[];
}

export interface SlaSimulation {
  kind: 'sla-policy';
  publishedVersion: number | null;
  window: { from: string; to: string; days: number };
  evaluated: number;
  clocks: {
    id: string;
    label: { zh: string; en: string } | null;
    before: SlaClockOutcome | null;
    after: SlaClockOutcome;
  }[];
  ms: { load: number; total: number };
}

export function useSimulateSla(id: string) {
  return useMutation({
    mutationFn: (body: { content: unknown; days: number }) =>
      apiFetch<SlaSimulation>(`/api/artifacts/${id}/simulate`, { method: 'POST', body }),
  });
}
