// Which structured editor each artefact kind opens in (the others get the JSON editor).
import type { EditorRegistry } from './editor/ArtifactWorkspace';
import { GradingRulesEditor } from './grading/GradingRulesEditor';

export const EDITORS: EditorRegistry = {
  'grading-rules': GradingRulesEditor,
};
