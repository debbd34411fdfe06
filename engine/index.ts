// Public surface of engine/: pure functions that interpret the artefacts (no I/O, no clock).
export {
  checkLogic,
  evaluateLogic,
  compileLogic,
  guardLogic,
  LogicError,
  truthy,
  ALLOWED_OPERATORS,
  FORBIDDEN_SEGMENTS,
  OPERATORS,
  EVALUATION_LIMITS,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_NODES,
  type LogicIssue,
  type LogicField,
  type CheckLogicOptions,
  type OperatorSpec,
} from './logic';
export { gradeLead, classify, type Grade, type GradeHit } from './grading';
export {
  chooseOwner,
  availableCandidates,
  type Candidate,
  type AssignmentChoice,
  type AssignmentState,
} from './assignment';
export { checkArtifact, type ArtifactIssue } from './check-artifact';
export { formFields } from './artifact-checks/form-template';
export { normalizePhone, normalizeEmail, normalizeCompanyName } from './normalize';
export { parseIsoDuration } from './duration';
export type {
  GradeClass,
  GradingRulesView,
  GradingRuleView,
  AssignmentPolicyView,
  AssignmentRouteView,
  I18nText,
} from './types';
