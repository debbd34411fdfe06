// Public surface of schemas/: the single source of truth for artefacts, API bodies and rule fields.
export {
  ARTIFACT_KINDS,
  API_SCHEMA_KEYS,
  artifactSchemas,
  apiSchemas,
  sharedSchemas,
  isArtifactKind,
  schemaForKey,
  type ArtifactKind,
  type ApiSchemaKey,
  type SchemaKey,
  type JSONSchema,
} from './registry';
export { validate, validateArtifact, type ValidationResult } from './validate';
export { formatAjvErrors, escapePointer, type ValidationError } from './errors';
export {
  fieldCatalogue,
  fieldsOf,
  findField,
  CATALOGUE_ENTITIES,
  INDUSTRY_IDS,
  LEAD_CHANNELS,
  ROLES,
  LEAD_GRADES,
  LEAD_STATUSES,
  TOUCH_CHANNELS,
  type CatalogueEntity,
} from './catalogue';
export type * from './types.gen';
export type { ArtifactContentMap, ArtifactContent } from './content';
export { ROLE_PERMISSIONS, type Permission } from './permissions';
