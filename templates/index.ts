// The default artefacts the platform is seeded with (one per kind) and the industry form templates.
// JSON imports (no fs) so the browser — studio stories, previews — can load them too.
import type { ArtifactContentMap, ArtifactKind, I18nText } from '../schemas';
import gradingRules from './defaults/grading-rules.json' with { type: 'json' };
import assignmentPolicy from './defaults/assignment-policy.json' with { type: 'json' };
import slaPolicy from './defaults/sla-policy.json' with { type: 'json' };
import formTemplate from './defaults/form-template.json' with { type: 'json' };
import stageGates from './defaults/stage-gates.json' with { type: 'json' };
import signalModel from './defaults/signal-model.json' with { type: 'json' };
import kpiScheme from './defaults/kpi-scheme.json' with { type: 'json' };
import boardPolicy from './defaults/board-policy.json' with { type: 'json' };
import manufacturingRequirements from './forms/manufacturing.requirements.json' with { type: 'json' };
import manufacturingAssessment from './forms/manufacturing.assessment.json' with { type: 'json' };

/** A template file: `{ kind, key, name, content }`, content typed by kind. */
export type DefaultArtifact = {
  [K in ArtifactKind]: { kind: K; key: string; name: I18nText; content: ArtifactContentMap[K] };
}[ArtifactKind];

/** Defaults, one per kind, in ARTIFACT_KINDS order. Every file is validated by templates/templates.test.ts. */
const DEFAULTS: readonly unknown[] = [
  gradingRules,
  assignmentPolicy,
  slaPolicy,
  formTemplate,
  stageGates,
  signalModel,
  kpiScheme,
  boardPolicy,
];

/** Industry form templates (requirement forms and delivery pre-assessments), keyed `<industry>.<purpose>`. */
const FORMS: readonly unknown[] = [manufacturingRequirements, manufacturingAssessment];

/** Every artefact to publish on first start: the eight defaults, then the industry forms. Fresh copies each call. */
export function loadDefaultArtifacts(): DefaultArtifact[] {
  return [...DEFAULTS, ...FORMS].map((a) => structuredClone(a) as DefaultArtifact);
}

/** The requirement or assessment form of an industry, if one ships with the platform. */
export function findIndustryForm(
  industry: string,
  purpose: 'requirements' | 'delivery_assessment',
): Extract<DefaultArtifact, { kind: 'form-template' }> | undefined {
  const suffix = purpose === 'requirements' ? 'requirements' : 'assessment';
  return loadDefaultArtifacts().find(
    (a): a is Extract<DefaultArtifact, { kind: 'form-template' }> =>
      a.kind === 'form-template' && a.key === `${industry}.${suffix}`,
  );
}
