// Turns ajv errors into the platform's `{ path, message }` shape: JSON-pointer paths into the data
// (a missing property points at itself) and plain-English messages.
import type { ErrorObject } from 'ajv';

export interface ValidationError {
  /** JSON pointer into the validated data ("" = the root). */
  path: string;
  message: string;
}

/** Keywords whose message may be overridden by an `errorMessage` string beside them in the schema. */
const OVERRIDABLE = new Set(['pattern', 'format', 'anyOf', 'oneOf', 'not', 'minProperties', 'maxProperties']);

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'must be a valid e-mail address',
  uri: 'must be a valid URL',
  'date-time': 'must be an ISO 8601 date-time such as 2026-03-15T09:30:00+08:00',
  date: 'must be a date YYYY-MM-DD',
  time: 'must be a time HH:MM:SS',
  regex: 'must be a valid regular expression',
  uuid: 'must be a UUID',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 20).map(show);
  return shown.join(', ') + (values.length > 20 ? `, … (${values.length} in all)` : '');
}

function schemaOf(error: ErrorObject): Record<string, unknown> {
  const s: unknown = error.parentSchema;
  return s && typeof s === 'object' ? (s as Record<string, unknown>) : {};
}

function branchesAreRequiredOnly(branches: unknown): string[] | null {
  if (!Array.isArray(branches)) return null;
  const names: string[] = [];
  for (const b of branches) {
    if (!b || typeof b !== 'object') return null;
    const keys = Object.keys(b);
    const req = (b as { required?: unknown }).required;
    if (keys.length !== 1 || !Array.isArray(req)) return null;
    names.push(...req.map(String));
  }
  return names;
}

function describe(error: ErrorObject): { path: string; message: string } {
  const p = error.params as Record<string, unknown>;
  const schema = schemaOf(error);
  const at = error.instancePath;
  const custom = typeof schema.errorMessage === 'string' ? schema.errorMessage : undefined;
  if (custom && OVERRIDABLE.has(error.keyword)) return { path: at, message: custom };
  switch (error.keyword) {
    case 'required':
      return { path: `${at}/${escapePointer(String(p.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return {
        path: `${at}/${escapePointer(String(p.additionalProperty))}`,
        message: 'is not an allowed property',
      };
    case 'type': {
      const types = String(p.type).split(',');
      return { path: at, message: `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}` };
    }
    case 'enum':
      return { path: at, message: `must be one of: ${listOf((p.allowedValues as unknown[]) ?? [])}` };
    case 'const':
      return { path: at, message: `must be ${show(p.allowedValue)}` };
    case 'minimum':
      return { path: at, message: `must be at least ${show(p.limit)}` };
    case 'maximum':
      return { path: at, message: `must be at most ${show(p.limit)}` };
    case 'exclusiveMinimum':
      return { path: at, message: `must be greater than ${show(p.limit)}` };
    case 'exclusiveMaximum':
      return { path: at, message: `must be less than ${show(p.limit)}` };
    case 'multipleOf':
      return { path: at, message: `must be a multiple of ${show(p.multipleOf)}` };
    case 'minLength':
      return {
        path: at,
        message: p.limit === 1 ? 'must not be empty' : `must be at least ${show(p.limit)} characters`,
      };
    case 'maxLength':
      return { path: at, message: `must be at most ${show(p.limit)} characters` };
    case 'minItems':
      return {
        path: at,
        message: p.limit === 1 ? 'must not be empty' : `must have at least ${show(p.limit)} items`,
      };
    case 'maxItems':
      return { path: at, message: `must have at most ${show(p.limit)} items` };
    case 'minProperties':
      return { path: at, message: `must have at least ${show(p.limit)} properties` };
    case 'maxProperties':
      return { path: at, message: `must have at most ${show(p.limit)} properties` };
    case 'uniqueItems':
      return {
        path: at,
        message: `must not contain duplicates (items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))} are equal)`,
      };
    case 'pattern':
      return { path: at, message: `must match the pattern ${show(p.pattern)}` };
    case 'format':
      return { path: at, message: FORMAT_MESSAGES[String(p.format)] ?? `must be a valid ${show(p.format)}` };
    case 'anyOf':
    case 'oneOf': {
      const names = branchesAreRequiredOnly(schema[error.keyword]);
      if (names) return { path: at, message: `needs at least one of: ${names.join(', ')}` };
      return { path: at, message: 'must match one of the allowed shapes' };
    }
    case 'discriminator': {
      const tag = String(p.tag);
      const branches = Array.isArray(schema.oneOf) ? (schema.oneOf as Record<string, unknown>[]) : [];
      const tags = branches.map(
        (b) => (b.properties as Record<string, { const?: unknown }> | undefined)?.[tag]?.const,
      );
      const path = `${at}/${escapePointer(tag)}`;
      if (p.error === 'tag' && p.tagValue === undefined) return { path, message: 'is required' };
      return { path, message: `must be one of: ${listOf(tags.filter((t) => t !== undefined))}` };
    }
    default:
      return { path: at, message: error.message ?? 'is invalid' };
  }
}

/** Converts ajv errors (compiled with `verbose: true`) to `{ path, message }`, without noise or duplicates. */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): ValidationError[] {
  if (!errors || errors.length === 0) return [];
  // The failing branches of anyOf/oneOf are noise once the anyOf/oneOf error itself is reported.
  const unions = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => `${e.schemaPath}/`);
  const out: ValidationError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if') continue; // "must match then schema": the `then` error itself says what is wrong
    if (unions.some((prefix) => e.schemaPath.startsWith(prefix))) continue;
    const item = describe(e);
    const id = `${item.path}\u0000${item.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(item);
  }
  return out;
}
