import { validate, type ApiSchemaKey } from '../../schemas';
import { badRequest } from './errors';

/** Validates a request body (or query) against its JSON Schema in schemas/api; 400 with field paths. */
export function parseBody<T>(key: ApiSchemaKey, data: unknown): T {
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw badRequest([{ path: '', message: 'body must be a JSON object (Content-Type: application/json)' }]);
  }
  const result = validate(key, data);
  if (!result.ok) throw badRequest(result.errors);
  return data as T;
}

/** Route params that must be UUIDs: anything else is simply not found. */
export const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
