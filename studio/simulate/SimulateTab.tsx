import type { ArtifactKind } from '../../schemas';
import type { EditableArtifact } from '../api';
import type { Issue } from '../editor/issues';
import { SignalSimulatePanel } from './SignalSimulatePanel';
import { SimulatePanel } from './SimulatePanel';
import { SlaSimulatePanel } from './SlaSimulatePanel';

/** The kinds whose drafts the server can simulate (S4). */
export const SIMULATED_KINDS: ReadonlySet<ArtifactKind> = new Set([
  'grading-rules',
  'assignment-policy',
  'sla-policy',
  'signal-model',
]);

/** The simulation panel for the artefact's kind. */
export function SimulateTab(props: {
  artifact: EditableArtifact;
  content: unknown;
  issues: readonly Issue[];
  readOnly?: boolean;
}) {
  if (props.artifact.kind === 'sla-policy') return <SlaSimulatePanel {...props} />;
  if (props.artifact.kind === 'signal-model') return <SignalSimulatePanel {...props} />;
  return <SimulatePanel {...props} />;
}
