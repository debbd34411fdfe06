/**
 * Structural views of the artefact contents the engine interprets. They mirror the
 * generated types in schemas/types.gen.ts (only the members the engine reads), so the
 * schema types are assignable to them.
 */
export interface I18nText {
  zh: string;
  en: string;
}

export type GradeClass = 'A' | 'B' | 'C' | 'D';

export interface GradingRuleView {
  id: string;
  label: I18nText;
  when: unknown;
  points: number;
}

export interface GradingRulesView {
  rules: readonly GradingRuleView[];
  thresholds: { A: number; B: number; C: number };
}

export interface AssignmentRouteView {
  id: string;
  when?: unknown;
  match?: {
    skills?: readonly string[];
    industries?: readonly string[];
    regions?: readonly string[];
    teams?: readonly string[];
  };
}

export interface AssignmentPolicyView {
  strategy: 'round_robin' | 'weighted' | 'least_loaded' | string;
  onDutyOnly?: boolean;
  capacity?: { maxOpenLeads?: number };
  routes?: readonly AssignmentRouteView[];
  fallback?: 'any_rep' | 'pool' | string;
}
