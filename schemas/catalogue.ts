// The field catalogue (fields of lead, customer, touch, opportunity that rules may reference) and the
// domain enums, read from the JSON data so they never disagree with the schemas.
import catalogue from './field-catalogue.json' with { type: 'json' };
import common from './common.schema.json' with { type: 'json' };
import type {
  FieldCatalogue,
  FieldDef,
  IndustryId,
  LeadChannel,
  LeadGrade,
  LeadStatus,
  Role,
  TouchChannel,
} from './types.gen';

/** Validated against field-catalogue.schema.json by schemas/validate.test.ts. */
export const fieldCatalogue: FieldCatalogue = catalogue as FieldCatalogue;

export type CatalogueEntity = keyof FieldCatalogue['entities'];
export const CATALOGUE_ENTITIES: readonly CatalogueEntity[] = ['lead', 'customer', 'touch', 'opportunity'];

/** The fields of one entity. */
export function fieldsOf(entity: CatalogueEntity): FieldDef[] {
  return fieldCatalogue.entities[entity].fields;
}

/** A field of an entity by its dotted path, or undefined. */
export function findField(entity: CatalogueEntity, path: string): FieldDef | undefined {
  return fieldsOf(entity).find((f) => f.path === path);
}

const defs = common.definitions;
export const INDUSTRY_IDS = defs.IndustryId.enum as readonly IndustryId[];
export const LEAD_CHANNELS = defs.LeadChannel.enum as readonly LeadChannel[];
export const ROLES = defs.Role.enum as readonly Role[];
export const LEAD_GRADES = defs.LeadGrade.enum as readonly LeadGrade[];
export const LEAD_STATUSES = defs.LeadStatus.enum as readonly LeadStatus[];
export const TOUCH_CHANNELS = defs.TouchChannel.enum as readonly TouchChannel[];
