/**
 * Structural views of the signal-model artefact (schemas/types.gen.ts SignalModel) that the
 * forecast maths reads, so the generated types are assignable to them.
 */
import type { I18nText } from '../types';

export interface SignalWeightView {
  id: string;
  weight: number;
}

export interface BandingView {
  /** Band width in score points (5 → [80,85), [85,90) …). */
  width: number;
  lookbackMonths: number;
  /** Below this many closed deals a band is flagged thin. */
  minSample: number;
  prior: { method: 'beta_binomial'; toward: 'neighbours' | 'overall'; strength: number };
  /** Credible-interval level (default 0.9). */
  interval?: number;
}

export interface PaymentStepView {
  overDays: number;
  factor: number;
  reason: I18nText;
}

export interface PaymentRuleView {
  enabled: boolean;
  lookbackMonths?: number;
  minInvoices?: number;
  steps: readonly PaymentStepView[];
}

export interface CalibrationPolicyView {
  deviationThreshold: number;
  consecutiveWeeks: number;
}

export interface HealthPolicyView {
  strongScore: number;
  weakScore: number;
}

export interface SignalModelView {
  signals: readonly SignalWeightView[];
  banding: BandingView;
  timing?: { enabled: boolean; lookbackMonths?: number; newBusinessAllowance?: boolean };
  health?: HealthPolicyView;
  calibration?: CalibrationPolicyView;
  payment: PaymentRuleView;
}

/** Half-open score band [lo, hi); the top band also holds 100. */
export type Band = [number, number];

export const DAY_MS = 86_400_000;
