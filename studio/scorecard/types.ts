// The answer of POST /api/scorecard/suggest (server/services/scorecard.ts).
export type ScoreClass = 'A' | 'B' | 'C' | 'D';

export interface ClassStats {
  n: number;
  conversion: number | null;
}

export interface Measured {
  n: number;
  auc: number | null;
  unroundedAuc: number | null;
  classes: Record<ScoreClass, ClassStats>;
}

export interface SuggestedRule {
  id: string;
  label: { zh: string; en: string };
  category: string;
  when: unknown;
  points: number;
  columns: string[];
}

export interface ScorecardSuggestion {
  rows: { total: number; training: number; holdout: number; holdoutRule: string };
  columns: { used: string[]; skipped: string[]; excluded: string[] };
  content: { entity: 'lead'; rules: SuggestedRule[]; thresholds: { A: number; B: number; C: number } };
  training: { auc: number | null; unroundedAuc: number | null };
  evaluation: Measured;
  baseline: (Measured & { rules: number }) | null;
  draftIssues: { path: string; message: string }[];
}

export interface SuggestRequest {
  file: File;
  target: string;
  exclude: string[];
  mapping: Record<string, string>;
  maxConditions: number;
}

/** Columns that staff fill in after contact (they leak the outcome) in the X Education data. */
export const KNOWN_LEAKY_COLUMNS = [
  'Tags',
  'Lead Quality',
  'Last Notable Activity',
  'Lead Profile',
  'Asymmetrique Activity Index',
  'Asymmetrique Profile Index',
  'Asymmetrique Activity Score',
  'Asymmetrique Profile Score',
];
