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
export {
  createCalendar,
  DEFAULT_TIMEZONE,
  DEFAULT_HOURS,
  type BusinessCalendar,
  type CalendarSpec,
} from './calendar';
export type { DayInfo, DayKind, CalendarSource } from './calendar-cn';
export { addWorkingTime, addWorkingDays, workingTimeBetween, rollForward } from './business-time';
export {
  addDuration,
  clockDueAt,
  escalationLadder,
  clockApplies,
  clockReactions,
  clockEventTypes,
  splitDuration,
  type ClockPolicyView,
  type SlaPolicyView,
  type LadderStep,
  type EscalationAction,
  type ClockReactions,
} from './clocks';
export {
  describeEvent,
  robotPayload,
  robotAccepted,
  RETRY_DELAYS_MS,
  type RobotKind,
  type NotifyEvent,
} from './notify/messages';
export {
  extractKeywords,
  noteTerms,
  compileLexicon,
  findPainPoints,
  segmentWords,
  type Keywords,
  type KeywordOptions,
  type CompiledLexicon,
  type DocumentFrequencies,
  type IndustryKeyword,
  type PainPoint,
  type PainPointLexicon,
} from './keywords';
export {
  colourBoardRow,
  lightOf,
  unreadRate,
  worstLight,
  BOARD_METRICS,
  type BoardMeasures,
  type BoardMetric,
  type BoardReason,
  type Light,
} from './board';
export {
  nextMeetingDate,
  boardAgendaItems,
  clockAgendaItem,
  overdueWorkItem,
  METRIC_LABELS,
  type AgendaItemDraft,
  type AgendaBoardRow,
  type BreachedClock,
  type OverdueWork,
} from './agenda';
export {
  scoreKpi,
  normaliseKpi,
  metRate,
  periodRange,
  type KpiInput,
  type KpiScore,
  type KpiComponentScore,
  type PeriodRange,
} from './kpi';
export * from './diff';
export * from './simulate';
export { extractChat, parseChat, type Suggestion as ChatSuggestion } from './chat';
export {
  buildBattleReport,
  rankQueue,
  urgencyOf,
  type BattleCard,
  type BattleCardKind,
} from './battle-report';
export { evaluateForm, formJsonSchema, isFilled, type FormEvaluation, type FormFieldError } from './forms';
export {
  compareRequirements,
  diceSimilarity,
  type RequirementDiff,
  type RequirementDiffField,
  type FieldDiffDetail,
} from './requirements';
export {
  checkTransition,
  nextStageChecklists,
  elementStatus,
  tracksView,
  alignmentState,
  type GateFacts,
  type GateResult,
  type MissingItem,
  type TracksView,
  type MilestoneView,
} from './gates';
