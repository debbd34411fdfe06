// One error shape for the whole API: { errors: [{ path, message }] } with the right status.
import type { ErrorRequestHandler, RequestHandler } from 'express';

export interface FieldError {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; '));
  }
}

export const badRequest = (errors: FieldError[]) => new HttpError(400, errors);
export const unauthorized = (message = 'login required') => new HttpError(401, [{ path: '', message }]);
export const forbidden = (message = 'you do not have the right to do this') =>
  new HttpError(403, [{ path: '', message }]);
export const notFound = (message = 'not found') => new HttpError(404, [{ path: '', message }]);
export const conflict = (path: string, message: string) => new HttpError(409, [{ path, message }]);

export const apiNotFound: RequestHandler = (req, _res, next) =>
  next(notFound(`no API route ${req.method} ${req.path}`));

/** Turns every thrown error into JSON; only a genuine bug becomes a 500 (and is logged). */
export function errorHandler(log: (msg: string, err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof HttpError) {
      res.status(err.status).set(err.headers).json({ errors: err.errors });
      return;
    }
    const e = err as { type?: string; status?: number; message?: string };
    if (e?.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ path: '', message: `malformed JSON body: ${e.message}` }] });
      return;
    }
    if (e?.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ path: '', message: 'request body too large' }] });
      return;
    }
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      res.status(e.status).json({ errors: [{ path: '', message: e.message ?? 'bad request' }] });
      return;
    }
    log('unhandled error', err);
    res.status(500).json({ errors: [{ path: '', message: 'internal error' }] });
  };
}
