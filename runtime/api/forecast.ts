// Forecasting on evidence (F1–F6): a deal's signals and score, the period forecast, weekly
// calibration and customers' payment cycles. Shapes mirror server/services/forecast*.ts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import type { I18nText } from './types';

export type Band = [number, number];

export interface SignalEntry {
  id: string;
  signalId: string;
  note: string | null;
  link: string | null;
  fileName: string | null;
  source: 'manual' | 'auto' | 'import';
  recordedBy: string | null;
  at: string;
  createdAt: string;
}

export interface SignalContributionView {
  signalId: string;
  label: I18nText;
  category: string;
  weight: number;
  mode: 'manual' | 'auto';
  evidenceRequired: boolean;
  present: boolean;
  expired: boolean;
  evidence: SignalEntry | null;
}

export interface ProbabilityView {
  value: number;
  band: Band;
  n: number;
  wins: number;
  interval: [number, number];
  thin: boolean;
}

export interface DealScoreView {
  opportunityId: string;
  outcome: string;
  score: number;
  contributions: SignalContributionView[];
  history: {
    at: string;
    score: number;
    signalIds: string[];
    reason: string;
    artifact: { id: string | null; version: number | null };
  }[];
  probability: ProbabilityView;
  paymentFactor: number;
  paymentAvgDays: number | null;
  paymentTermsDays: number | null;
  reason: I18nText | null;
  model: { id: string; version: number };
}

export interface ForecastDealView {
  id: string;
  name: string;
  customerName: string | null;
  ownerId: string;
  ownerName: string | null;
  teamId: string | null;
  stage: string;
  industry: string;
  expectedClose: string;
  amount: number;
  score: number;
  probability: number;
  band: Band;
  n: number;
  interval: [number, number];
  thin: boolean;
  pClose: number;
  paymentFactor: number;
  paymentReason: I18nText | null;
  paymentAvgDays: number | null;
  paymentTermsDays: number | null;
  contribution: number;
  strength: 'strong' | 'medium' | 'weak';
  signals: string[];
}

export type CompositionKey = 'won' | 'strong' | 'medium' | 'weak' | 'new_business';

export interface CompositionPartView {
  key: CompositionKey;
  amount: number;
  share: number;
  deals: number;
  topSignal: { id: string; label: I18nText; deals: number } | null;
}

export interface ForecastGroup {
  pipeline: number;
  wonSoFar: number;
  deals: number;
  total: number;
}

export interface ForecastView {
  period: string;
  start: string;
  end: string;
  generatedAt: string;
  model: { id: string; version: number };
  total: number;
  committed: number;
  bestCase: number;
  wonSoFar: number;
  pipeline: number;
  newBusiness: number;
  health: { strongScore: number; weakScore: number };
  deals: ForecastDealView[];
  composition: CompositionPartView[];
  byOwner: (ForecastGroup & {
    ownerId: string;
    name: string;
    teamId: string | null;
    teamName: string | null;
  })[];
  byTeam: (ForecastGroup & { teamId: string | null; name: string | null })[];
}

export interface CalibrationRowView {
  bin: [number, number];
  n: number;
  meanPredicted: number | null;
  actualRate: number | null;
}

export interface RepWeekView {
  week: string;
  period: string;
  forecast: number;
  actual: number | null;
  deviation: number | null;
}

export interface CalibrationTaskView {
  id: string;
  repId: string;
  repName: string | null;
  managerId: string | null;
  managerName: string | null;
  week: string;
  deviations: { week: string; deviation: number }[];
  status: 'open' | 'done';
  createdAt: string;
}

export interface CalibrationView {
  policy: { snapshotWeekday: string; deviationThreshold: number; consecutiveWeeks: number } | null;
  overall: { n: number; rows: CalibrationRowView[] };
  teams: { teamId: string | null; name: string | null; rows: CalibrationRowView[] }[];
  reps: { repId: string; name: string; teamId: string | null; weeks: RepWeekView[] }[];
  tasks: CalibrationTaskView[];
  weeks: string[];
}

export interface ClosedDealView {
  id: string;
  name: string;
  amount: number;
  outcome: 'won' | 'lost';
  closedAt: string | null;
  createdVia: string;
  ownerName: string;
  customerName: string | null;
}

export interface CalibrationRunView {
  deals: {
    id: string;
    name: string;
    amount: number;
    outcome: 'won' | 'lost';
    closedAt: string;
    points: {
      at: string;
      score: number;
      probability: number;
      band: Band;
      n: number;
      interval: [number, number];
    }[];
    predicted: number | null;
    actual: 0 | 1;
    error: number | null;
  }[];
  brier: number | null;
  meanPredicted: number | null;
  actualRate: number | null;
}

export interface ForecastFilters {
  period?: string;
  team?: string;
  owner?: string;
}

export const forecastKeys = {
  all: ['forecast'] as const,
  forecast: (f: ForecastFilters) => ['forecast', 'period', f] as const,
  score: (id: string) => ['forecast', 'score', id] as const,
  calibration: (team?: string) => ['forecast', 'calibration', team ?? 'all'] as const,
  closedDeals: ['forecast', 'closed-deals'] as const,
};

export function useForecast(f: ForecastFilters) {
  return useQuery({
    queryKey: forecastKeys.forecast(f),
    queryFn: ({ signal }) => apiFetch<ForecastView>('/api/forecast', { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDealScore(id: string | null) {
  return useQuery({
    queryKey: forecastKeys.score(id ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<DealScoreView>(`/api/opportunities/${encodeURIComponent(id!)}/score`, { signal }),
    enabled: !!id,
  });
}

export interface SignalInput {
  signalId: string;
  note?: string;
  link?: string;
  fileName?: string;
  at?: string;
}

export function useRecordSignal(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SignalInput) =>
      apiFetch<{ entry: SignalEntry; score: number }>(
        `/api/opportunities/${encodeURIComponent(opportunityId)}/signals`,
        { method: 'POST', body },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: forecastKeys.all }),
  });
}

export function useRemoveSignal(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) =>
      apiFetch<{ score: number }>(
        `/api/opportunities/${encodeURIComponent(opportunityId)}/signals/${encodeURIComponent(entryId)}`,
        { method: 'DELETE' },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: forecastKeys.all }),
  });
}

export function useCalibration(team?: string) {
  return useQuery({
    queryKey: forecastKeys.calibration(team),
    queryFn: ({ signal }) => apiFetch<CalibrationView>('/api/calibration', { query: { team }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClosedDeals(enabled = true) {
  return useQuery({
    queryKey: forecastKeys.closedDeals,
    queryFn: ({ signal }) =>
      apiFetch<{ deals: ClosedDealView[] }>('/api/calibration/closed-deals', { signal }),
    enabled,
  });
}

export function useRunCalibration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (opportunityIds: string[]) =>
      apiFetch<CalibrationRunView>('/api/calibration/run', { method: 'POST', body: { opportunityIds } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['forecast', 'calibration'] }),
  });
}

export function useCloseCalibrationTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<CalibrationTaskView>(`/api/calibration/tasks/${encodeURIComponent(id)}/done`, {
        method: 'POST',
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['forecast', 'calibration'] }),
  });
}
