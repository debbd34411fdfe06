// Server call of the backtest page (F7): POST /api/forecast/backtest.
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../runtime';

export interface MethodSummary {
  meanError: number;
  brier: number;
  avgPredicted: number;
  actualRate: number;
  pairs: number;
  calibration: {
    bin: [number, number];
    n: number;
    meanPredicted: number | null;
    actualRate: number | null;
  }[];
}

export interface BacktestPeriod {
  period: string;
  actual: number;
  meanError: number;
  stageMeanError: number;
  maxErrorFromWeek3: number;
  snapshots: {
    date: string;
    week: number;
    forecast: number;
    stageForecast: number;
    error: number | null;
    stageError: number | null;
  }[];
}

export interface BacktestResult {
  model: { id: string; version: number };
  deals: number;
  closed: number;
  imported: number;
  from: string;
  to: string;
  methods: { signal: MethodSummary; stage: MethodSummary };
  periods: BacktestPeriod[];
}

export interface BacktestRequest {
  from?: string;
  to?: string;
  source?: 'all' | 'import';
}

export function useBacktest() {
  return useMutation({
    mutationFn: (body: BacktestRequest) =>
      apiFetch<BacktestResult>('/api/forecast/backtest', { method: 'POST', body }),
  });
}
