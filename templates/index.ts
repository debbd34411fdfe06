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
import medicalDevicesRequirements from './forms/medical_devices.requirements.json' with { type: 'json' };
import medicalDevicesAssessment from './forms/medical_devices.assessment.json' with { type: 'json' };
import educationRequirements from './forms/education.requirements.json' with { type: 'json' };
import educationAssessment from './forms/education.assessment.json' with { type: 'json' };
import saasRequirements from './forms/saas.requirements.json' with { type: 'json' };
import saasAssessment from './forms/saas.assessment.json' with { type: 'json' };
import retailChainRequirements from './forms/retail_chain.requirements.json' with { type: 'json' };
import retailChainAssessment from './forms/retail_chain.assessment.json' with { type: 'json' };
import fmcgRequirements from './forms/fmcg.requirements.json' with { type: 'json' };
import fmcgAssessment from './forms/fmcg.assessment.json' with { type: 'json' };
import nevRequirements from './forms/nev.requirements.json' with { type: 'json' };
import nevAssessment from './forms/nev.assessment.json' with { type: 'json' };
import autoPartsRequirements from './forms/auto_parts.requirements.json' with { type: 'json' };
import autoPartsAssessment from './forms/auto_parts.assessment.json' with { type: 'json' };
import financeRequirements from './forms/finance.requirements.json' with { type: 'json' };
import financeAssessment from './forms/finance.assessment.json' with { type: 'json' };
import itServicesRequirements from './forms/it_services.requirements.json' with { type: 'json' };
import itServicesAssessment from './forms/it_services.assessment.json' with { type: 'json' };
import industrialSoftwareRequirements from './forms/industrial_software.requirements.json' with { type: 'json' };
import industrialSoftwareAssessment from './forms/industrial_software.assessment.json' with { type: 'json' };
import logisticsRequirements from './forms/logistics.requirements.json' with { type: 'json' };
import logisticsAssessment from './forms/logistics.assessment.json' with { type: 'json' };
import constructionRequirements from './forms/construction.requirements.json' with { type: 'json' };
import constructionAssessment from './forms/construction.assessment.json' with { type: 'json' };
import energyRequirements from './forms/energy.requirements.json' with { type: 'json' };
import energyAssessment from './forms/energy.assessment.json' with { type: 'json' };
import realEstateRequirements from './forms/real_estate.requirements.json' with { type: 'json' };
import realEstateAssessment from './forms/real_estate.assessment.json' with { type: 'json' };
import pharmaRequirements from './forms/pharma.requirements.json' with { type: 'json' };
import pharmaAssessment from './forms/pharma.assessment.json' with { type: 'json' };
import governmentRequirements from './forms/government.requirements.json' with { type: 'json' };
import governmentAssessment from './forms/government.assessment.json' with { type: 'json' };

export { loadKnowledgeEntries, KNOWLEDGE_KINDS, type KnowledgeEntry, type KnowledgeKind } from './knowledge';

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
const FORMS: readonly unknown[] = [
  manufacturingRequirements,
  manufacturingAssessment,
  medicalDevicesRequirements,
  medicalDevicesAssessment,
  educationRequirements,
  educationAssessment,
  saasRequirements,
  saasAssessment,
  retailChainRequirements,
  retailChainAssessment,
  fmcgRequirements,
  fmcgAssessment,
  nevRequirements,
  nevAssessment,
  autoPartsRequirements,
  autoPartsAssessment,
  financeRequirements,
  financeAssessment,
  itServicesRequirements,
  itServicesAssessment,
  industrialSoftwareRequirements,
  industrialSoftwareAssessment,
  logisticsRequirements,
  logisticsAssessment,
  constructionRequirements,
  constructionAssessment,
  energyRequirements,
  energyAssessment,
  realEstateRequirements,
  realEstateAssessment,
  pharmaRequirements,
  pharmaAssessment,
  governmentRequirements,
  governmentAssessment,
];

/** Every artefact to publish on first start: the eight defaults, then the industry forms. Fresh copies each call. */
export function loadDefaultArtifacts(): DefaultArtifact[] {
  // JSON round trip rather than structuredClone: plain JSON data, and jsdom has no structuredClone.
  return [...DEFAULTS, ...FORMS].map((a) => JSON.parse(JSON.stringify(a)) as DefaultArtifact);
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
