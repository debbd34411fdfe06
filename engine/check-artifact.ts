/**
 * checkArtifact: everything wrong with an artefact's content — schema errors (ajv, from
 * schemas/) plus semantic errors (rules checked against the field catalogue, unique ids,
 * threshold order, KPI weights...). Paths are JSON pointers from the content root.
 */
import { fieldsOf, validateArtifact, type ArtifactKind } from '../schemas';
import type { LogicField } from './logic/fields';
import type { Issue } from './artifact-checks/common';
import { checkFormTemplate } from './artifact-checks/form-template';
import { checkAssignmentPolicy, checkGradingRules, checkSlaPolicy } from './artifact-checks/lead-rules';
import { checkSignalModel, checkStageGates } from './artifact-checks/opportunity-rules';
import { checkBoardPolicy, checkKpiScheme } from './artifact-checks/policies';

export interface ArtifactIssue {
  path: string;
  message: string;
}

const lead = (): readonly LogicField[] => fieldsOf('lead');
const opportunity = (): readonly LogicField[] => fieldsOf('opportunity');

const SEMANTICS: Readonly<Record<ArtifactKind, (content: unknown) => Issue[]>> = {
  'grading-rules': (c) => checkGradingRules(c, lead()),
  'assignment-policy': (c) => checkAssignmentPolicy(c, lead()),
  'sla-policy': (c) => checkSlaPolicy(c, lead()),
  'form-template': checkFormTemplate,
  'stage-gates': (c) => checkStageGates(c, opportunity()),
  'signal-model': (c) => checkSignalModel(c, opportunity()),
  'kpi-scheme': checkKpiScheme,
  'board-policy': checkBoardPolicy,
};

export function checkArtifact(kind: ArtifactKind, content: unknown): ArtifactIssue[] {
  const schema = validateArtifact(kind, content);
  const issues: ArtifactIssue[] = schema.ok ? [] : [...schema.errors];
  const semantics = Object.prototype.hasOwnProperty.call(SEMANTICS, kind) ? SEMANTICS[kind] : undefined;
  if (!semantics) return issues;
  const seen = new Set(issues.map((i) => `${i.path}\u0000${i.message}`));
  for (const issue of semantics(content)) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  return issues;
}
