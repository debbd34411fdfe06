/**
 * Public surface of engine/scorecard (MISSION L3, F7): suggest a grading scorecard from
 * historical leads — conditions (JSON Logic over the columns) with integer points and A/B/C
 * thresholds — and measure any rule set's AUC and conversion by class. Pure, deterministic.
 */
export { auc, classOf, classTable, type ClassStats, type ScoreClass } from './auc';
export {
  buildCandidates,
  indicator,
  isIdentifierColumn,
  type Candidate,
  type CandidateOptions,
  type Row,
} from './candidates';
export { fitLogistic, linearScores, scoreStatistics, type LogisticModel } from './logistic';
export {
  fitScorecard,
  evaluateScorecard,
  scoreRows,
  targetValue,
  type FitOptions,
  type Scorecard,
  type ScorecardEvaluation,
  type ScorecardRule,
  type ScorecardThresholds,
} from './fit';
