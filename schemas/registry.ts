// Every JSON Schema of the platform, imported as data (no fs: the browser uses this too).
import common from './common.schema.json' with { type: 'json' };
import formValues from './form-values.schema.json' with { type: 'json' };
import fieldCatalogueSchema from './field-catalogue.schema.json' with { type: 'json' };
import gradingRules from './artifacts/grading-rules.schema.json' with { type: 'json' };
import assignmentPolicy from './artifacts/assignment-policy.schema.json' with { type: 'json' };
import slaPolicy from './artifacts/sla-policy.schema.json' with { type: 'json' };
import formTemplate from './artifacts/form-template.schema.json' with { type: 'json' };
import stageGates from './artifacts/stage-gates.schema.json' with { type: 'json' };
import signalModel from './artifacts/signal-model.schema.json' with { type: 'json' };
import kpiScheme from './artifacts/kpi-scheme.schema.json' with { type: 'json' };
import boardPolicy from './artifacts/board-policy.schema.json' with { type: 'json' };
import leadCreate from './api/leadCreate.schema.json' with { type: 'json' };
import login from './api/login.schema.json' with { type: 'json' };
import draftSave from './api/draftSave.schema.json' with { type: 'json' };
import publish from './api/publish.schema.json' with { type: 'json' };
import leadQuery from './api/leadQuery.schema.json' with { type: 'json' };
import artifactCreate from './api/artifactCreate.schema.json' with { type: 'json' };
import userCreate from './api/userCreate.schema.json' with { type: 'json' };
import userPatch from './api/userPatch.schema.json' with { type: 'json' };
import apiKeyCreate from './api/apiKeyCreate.schema.json' with { type: 'json' };
import leadSourceCreate from './api/leadSourceCreate.schema.json' with { type: 'json' };
import leadSourcePatch from './api/leadSourcePatch.schema.json' with { type: 'json' };
import notifyChannel from './api/notifyChannel.schema.json' with { type: 'json' };
import notifyChannelPatch from './api/notifyChannelPatch.schema.json' with { type: 'json' };
import touchCreate from './api/touchCreate.schema.json' with { type: 'json' };
import leadTags from './api/leadTags.schema.json' with { type: 'json' };
import proposalCreate from './api/proposalCreate.schema.json' with { type: 'json' };
import quoteFeedback from './api/quoteFeedback.schema.json' with { type: 'json' };
import leadStatus from './api/leadStatus.schema.json' with { type: 'json' };
import agendaQuery from './api/agendaQuery.schema.json' with { type: 'json' };
import agendaDone from './api/agendaDone.schema.json' with { type: 'json' };
import kpiQuery from './api/kpiQuery.schema.json' with { type: 'json' };
import simulate from './api/simulate.schema.json' with { type: 'json' };
import signalCreate from './api/signalCreate.schema.json' with { type: 'json' };
import forecastQuery from './api/forecastQuery.schema.json' with { type: 'json' };
import forecastCalibrationQuery from './api/forecastCalibrationQuery.schema.json' with { type: 'json' };
import forecastCalibrationRun from './api/forecastCalibrationRun.schema.json' with { type: 'json' };
import paymentCycleCreate from './api/paymentCycleCreate.schema.json' with { type: 'json' };
import paymentCycleImport from './api/paymentCycleImport.schema.json' with { type: 'json' };
import paymentCycleQuery from './api/paymentCycleQuery.schema.json' with { type: 'json' };
import forecastBacktest from './api/forecastBacktest.schema.json' with { type: 'json' };
import formSubmissionPut from './api/formSubmissionPut.schema.json' with { type: 'json' };
import opportunityCreate from './api/opportunityCreate.schema.json' with { type: 'json' };
import opportunityPatch from './api/opportunityPatch.schema.json' with { type: 'json' };
import opportunityQuery from './api/opportunityQuery.schema.json' with { type: 'json' };
import opportunityForm from './api/opportunityForm.schema.json' with { type: 'json' };
import opportunityMilestone from './api/opportunityMilestone.schema.json' with { type: 'json' };
import opportunityDistortionQuery from './api/opportunityDistortionQuery.schema.json' with { type: 'json' };
import ticketQuery from './api/ticketQuery.schema.json' with { type: 'json' };
import ticketAnswer from './api/ticketAnswer.schema.json' with { type: 'json' };
import reviewQuery from './api/reviewQuery.schema.json' with { type: 'json' };
import reviewDecide from './api/reviewDecide.schema.json' with { type: 'json' };
import knowledgeQuery from './api/knowledgeQuery.schema.json' with { type: 'json' };
import knowledgeCreate from './api/knowledgeCreate.schema.json' with { type: 'json' };
import knowledgePatch from './api/knowledgePatch.schema.json' with { type: 'json' };
import chatExtract from './api/chatExtract.schema.json' with { type: 'json' };

/** A JSON Schema document (draft-07). */
export type JSONSchema = { [keyword: string]: unknown };

/** The eight artefact kinds (ARCHITECTURE.md "Artefacts"). */
export const ARTIFACT_KINDS = [
  'grading-rules',
  'assignment-policy',
  'sla-policy',
  'form-template',
  'stage-gates',
  'signal-model',
  'kpi-scheme',
  'board-policy',
] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export const API_SCHEMA_KEYS = [
  'leadCreate',
  'login',
  'draftSave',
  'publish',
  'leadQuery',
  'artifactCreate',
  'userCreate',
  'userPatch',
  'apiKeyCreate',
  'notifyChannel',
  'notifyChannelPatch',
  'touchCreate',
  'leadTags',
  'proposalCreate',
  'quoteFeedback',
  'leadStatus',
  'agendaQuery',
  'agendaDone',
  'kpiQuery',
  'leadSourceCreate',
  'leadSourcePatch',
  'simulate',
  'signalCreate',
  'forecastQuery',
  'forecastCalibrationQuery',
  'forecastCalibrationRun',
  'paymentCycleCreate',
  'paymentCycleImport',
  'paymentCycleQuery',
  'forecastBacktest',
  'formSubmissionPut',
  'chatExtract',
  'opportunityCreate',
  'opportunityPatch',
  'opportunityQuery',
  'opportunityForm',
  'opportunityMilestone',
  'opportunityDistortionQuery',
  'ticketQuery',
  'ticketAnswer',
  'reviewQuery',
  'reviewDecide',
  'knowledgeQuery',
  'knowledgeCreate',
  'knowledgePatch',
] as const;
export type ApiSchemaKey = (typeof API_SCHEMA_KEYS)[number];

/** Every key `validate` accepts instead of a schema object. */
export type SchemaKey = ArtifactKind | ApiSchemaKey | 'field-catalogue';

export const artifactSchemas: Readonly<Record<ArtifactKind, JSONSchema>> = {
  'grading-rules': gradingRules,
  'assignment-policy': assignmentPolicy,
  'sla-policy': slaPolicy,
  'form-template': formTemplate,
  'stage-gates': stageGates,
  'signal-model': signalModel,
  'kpi-scheme': kpiScheme,
  'board-policy': boardPolicy,
};

export const apiSchemas: Readonly<Record<ApiSchemaKey, JSONSchema>> = {
  leadCreate,
  login,
  draftSave,
  publish,
  leadQuery,
  artifactCreate,
  userCreate,
  userPatch,
  apiKeyCreate,
  notifyChannel,
  notifyChannelPatch,
  touchCreate,
  leadTags,
  proposalCreate,
  quoteFeedback,
  leadStatus,
  agendaQuery,
  agendaDone,
  kpiQuery,
  leadSourceCreate,
  leadSourcePatch,
  simulate,
  signalCreate,
  forecastQuery,
  forecastCalibrationQuery,
  forecastCalibrationRun,
  paymentCycleCreate,
  paymentCycleImport,
  paymentCycleQuery,
  forecastBacktest,
  formSubmissionPut,
  chatExtract,
  opportunityCreate,
  opportunityPatch,
  opportunityQuery,
  opportunityForm,
  opportunityMilestone,
  opportunityDistortionQuery,
  ticketQuery,
  ticketAnswer,
  reviewQuery,
  reviewDecide,
  knowledgeQuery,
  knowledgeCreate,
  knowledgePatch,
};

/** Schemas referenced by others ($ref), registered with ajv before anything is compiled. */
export const sharedSchemas: Readonly<{
  common: JSONSchema;
  formValues: JSONSchema;
  fieldCatalogue: JSONSchema;
}> = {
  common,
  formValues,
  fieldCatalogue: fieldCatalogueSchema,
};

export function isArtifactKind(value: unknown): value is ArtifactKind {
  return typeof value === 'string' && (ARTIFACT_KINDS as readonly string[]).includes(value);
}

export function schemaForKey(key: SchemaKey): JSONSchema {
  if (key === 'field-catalogue') return sharedSchemas.fieldCatalogue;
  if (isArtifactKind(key)) return artifactSchemas[key];
  return apiSchemas[key];
}
