// Colours and catalogue keys of verdicts, ticket and review states.
import type { Verdict } from '../api/opportunities';

export const VERDICTS: Verdict[] = ['feasible', 'feasible_with_conditions', 'infeasible'];

export const VERDICT_COLORS: Record<string, string> = {
  feasible: 'green',
  feasible_with_conditions: 'gold',
  infeasible: 'red',
};

export const REVIEW_COLORS: Record<string, string> = {
  open: 'processing',
  approved: 'green',
  rejected: 'red',
};
