// Public surface of engine/gates: stage gates, the three requirement elements and the dual track (C1, C4).
export {
  checkTransition,
  gatesFor,
  nextStageChecklists,
  stagePath,
  type ChecklistItem,
  type GateFacts,
  type GateResult,
  type MissingItem,
} from './check';
export {
  elementStatus,
  ELEMENT_LABELS,
  REQUIREMENT_ELEMENTS,
  type ElementProblem,
  type ElementStatus,
  type RequirementElement,
} from './elements';
export {
  alignmentState,
  tracksView,
  type AlignmentState,
  type AlignmentView,
  type MilestoneView,
  type Track,
  type TrackProgress,
  type TracksView,
} from './tracks';
