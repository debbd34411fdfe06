// Which structured editor each artefact kind opens in (the others get the JSON editor).
import { AssignmentPolicyEditor } from './assignment';
import { BoardPolicyEditor } from './board';
import type { EditorRegistry } from './editor/ArtifactWorkspace';
import { FormTemplateEditor } from './forms';
import { StageGatesEditor } from './gates';
import { GradingRulesEditor } from './grading/GradingRulesEditor';
import { KpiSchemeEditor } from './kpi';
import { SignalModelEditor } from './signals';
import { SlaPolicyEditor } from './sla';

export const EDITORS: EditorRegistry = {
  'grading-rules': GradingRulesEditor,
  'form-template': FormTemplateEditor,
  'kpi-scheme': KpiSchemeEditor,
  'signal-model': SignalModelEditor,
  'sla-policy': SlaPolicyEditor,
  'stage-gates': StageGatesEditor,
  'board-policy': BoardPolicyEditor,
  'assignment-policy': AssignmentPolicyEditor,
};
