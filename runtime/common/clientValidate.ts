// Client-side JSON Schema checks with the same schemas as the server (schemas/ `validate`). ajv
// compiles validators with `new Function`, which a Content-Security-Policy without 'unsafe-eval'
// forbids: then this answers null ("not checked here") and the server's field errors are shown.
import { validate, type SchemaKey } from '../../schemas';
import type { FieldError } from '../api/types';

let unavailable = false;

/** The schema errors of `data` ([] when valid), or null when the browser cannot run ajv. */
export function clientValidate(key: SchemaKey, data: unknown): FieldError[] | null {
  if (unavailable) return null;
  try {
    const r = validate(key, data);
    return r.ok ? [] : r.errors;
  } catch (e) {
    if (
      e instanceof EvalError ||
      (e instanceof Error && /Content Security Policy|unsafe-eval/i.test(e.message))
    ) {
      unavailable = true;
      return null;
    }
    throw e;
  }
}
