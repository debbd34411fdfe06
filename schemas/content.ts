// Maps each artefact kind to the TypeScript type of its content.
import type {
  AssignmentPolicy,
  BoardPolicy,
  FormTemplate,
  GradingRules,
  KpiScheme,
  SignalModel,
  SlaPolicy,
  StageGates,
} from './types.gen';

export interface ArtifactContentMap {
  'grading-rules': GradingRules;
  'assignment-policy': AssignmentPolicy;
  'sla-policy': SlaPolicy;
  'form-template': FormTemplate;
  'stage-gates': StageGates;
  'signal-model': SignalModel;
  'kpi-scheme': KpiScheme;
  'board-policy': BoardPolicy;
}

export type ArtifactContent<K extends keyof ArtifactContentMap> = ArtifactContentMap[K];
