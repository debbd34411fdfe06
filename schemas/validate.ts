// ajv set up once for the whole platform (browser and node): every schema registered up front,
// each validator compiled on first use and cached.
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { formatAjvErrors, type ValidationError } from './errors';
import {
  API_SCHEMA_KEYS,
  ARTIFACT_KINDS,
  artifactSchemas,
  apiSchemas,
  sharedSchemas,
  schemaForKey,
  isArtifactKind,
  type ArtifactKind,
  type JSONSchema,
  type SchemaKey,
} from './registry';

export type ValidationResult = { ok: true } | { ok: false; errors: ValidationError[] };

/** Query strings arrive as strings: these keys validate with type coercion and defaults (data is changed in place). */
const COERCING_KEYS: ReadonlySet<SchemaKey> = new Set<SchemaKey>(['leadQuery']);

function createAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    discriminator: true,
    coerceTypes: coerce,
    useDefaults: coerce,
  });
  addFormats(ajv);
  // Annotation only: a human message for pattern/format/anyOf failures, read by formatAjvErrors.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  for (const schema of Object.values(sharedSchemas)) ajv.addSchema(schema);
  for (const schema of Object.values(artifactSchemas)) ajv.addSchema(schema);
  for (const schema of Object.values(apiSchemas)) ajv.addSchema(schema);
  return ajv;
}

let plain: Ajv | undefined;
let coercing: Ajv | undefined;
const byKey = new Map<SchemaKey, ValidateFunction>();
const byObject = new WeakMap<object, ValidateFunction>();

function instance(coerce: boolean): Ajv {
  if (coerce) return (coercing ??= createAjv(true));
  return (plain ??= createAjv(false));
}

function compiledForKey(key: SchemaKey): ValidateFunction {
  let fn = byKey.get(key);
  if (!fn) {
    const id = schemaForKey(key).$id as string;
    fn = instance(COERCING_KEYS.has(key)).getSchema(id);
    if (!fn) throw new Error(`schema ${id} is not registered`);
    byKey.set(key, fn);
  }
  return fn;
}

function compiledForSchema(schema: JSONSchema): ValidateFunction {
  let fn = byObject.get(schema);
  if (!fn) {
    const ajv = instance(false);
    const id = typeof schema.$id === 'string' ? schema.$id : undefined;
    fn = (id && ajv.getSchema(id)) || ajv.compile(schema);
    byObject.set(schema, fn);
  }
  return fn;
}

function isKey(value: unknown): value is SchemaKey {
  return (
    value === 'field-catalogue' ||
    isArtifactKind(value) ||
    (typeof value === 'string' && (API_SCHEMA_KEYS as readonly string[]).includes(value))
  );
}

/**
 * Validates `data` against a registered schema (artefact kind, API body key or 'field-catalogue') or
 * against any JSON Schema object (compiled once per object, e.g. a schema built from a form template).
 * Coercing keys (leadQuery) convert numeric strings and fill defaults in `data` itself.
 */
export function validate(schemaOrKey: SchemaKey | JSONSchema, data: unknown): ValidationResult {
  let fn: ValidateFunction;
  if (typeof schemaOrKey === 'string') {
    if (!isKey(schemaOrKey)) throw new Error(`unknown schema key "${String(schemaOrKey)}"`);
    fn = compiledForKey(schemaOrKey);
  } else {
    fn = compiledForSchema(schemaOrKey);
  }
  if (fn(data)) return { ok: true };
  return { ok: false, errors: formatAjvErrors(fn.errors) };
}

/** Validates an artefact's content against its kind's schema (schema errors only; engine/checkArtifact adds semantics). */
export function validateArtifact(kind: ArtifactKind, content: unknown): ValidationResult {
  if (!isArtifactKind(kind)) {
    return {
      ok: false,
      errors: [{ path: '', message: `unknown artefact kind; expected one of: ${ARTIFACT_KINDS.join(', ')}` }],
    };
  }
  return validate(kind, content);
}
