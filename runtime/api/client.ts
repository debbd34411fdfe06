import type { FieldError } from './types';

/** An HTTP error answered by the API (`{ errors: [{ path, message }] }`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: FieldError[];

  constructor(status: number, errors: FieldError[]) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
  }
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function toErrors(payload: unknown, status: number): FieldError[] {
  if (payload && typeof payload === 'object' && Array.isArray((payload as { errors?: unknown }).errors)) {
    return (payload as { errors: unknown[] }).errors.map((e) => {
      const o = (e ?? {}) as { path?: unknown; message?: unknown };
      return { path: typeof o.path === 'string' ? o.path : '', message: String(o.message ?? '') };
    });
  }
  return [{ path: '', message: `HTTP ${status}` }];
}

/** Same-origin JSON fetch; resolves the parsed body (undefined for 204) or throws an ApiError. */
export async function apiFetch<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // FormData (file uploads) goes as multipart: the browser sets the boundary header itself.
  const multipart = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  if (opts.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body:
        opts.body === undefined ? undefined : multipart ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, [{ path: '', message: e instanceof Error ? e.message : 'network error' }]);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }
  if (!res.ok) throw new ApiError(res.status, toErrors(payload, res.status));
  return payload as T;
}
