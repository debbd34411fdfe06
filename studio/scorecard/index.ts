// Public surface of studio/scorecard: the "suggest a scorecard from history" page (L3, F7).
export { ScorecardPage } from './ScorecardPage';
export { ScorecardResult } from './ScorecardResult';
export type { ScorecardSuggestion } from './types';
