// The signal-model simulation's answer (server/services/simulate-signals.ts) and its mutation.
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../runtime';

export interface SignalDealShift {
  id: string;
  name: string;
  ownerName: string | null;
  amount: number;
  scoreBefore: number;
  scoreAfter: number;
  probabilityBefore: number;
  probabilityAfter: number;
  shift: number;
  contributionBefore: number;
  contributionAfter: number;
}

interface ForecastFigures {
  total: number;
  committed: number;
  bestCase: number;
  wonSoFar: number;
  pipeline: number;
}

export interface SignalSimulation {
  kind: 'signal-model';
  period: string;
  published: { id: string; version: number } | null;
  openDeals: number;
  changed: number;
  before: ForecastFigures;
  after: ForecastFigures;
  delta: { total: number; committed: number; bestCase: number };
  deals: SignalDealShift[];
}

export function useSimulateSignals(id: string) {
  return useMutation({
    mutationFn: (body: { content: unknown }) =>
      apiFetch<SignalSimulation>(`/api/artifacts/${id}/simulate`, { method: 'POST', body }),
  });
}
