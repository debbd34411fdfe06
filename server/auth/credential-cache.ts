// Who is behind a session token or an API key, remembered for a few seconds per server process.
// Every /api request names its caller; looking that up in the database was the largest single
// cost of a busy ingest (one query per request on the one embedded connection). This process
// forgets an entry at once when it ends the session, revokes the key or changes the user; another
// server process sharing a PostgreSQL database sees such a change within TTL_MS at the latest.
// Session expiry is checked on every hit against the application clock.
import type { AppContext } from '../context';

export const CREDENTIAL_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  /** The user or key the credential belongs to, so a change to it can drop every entry of it. */
  owner: string;
  /** When the credential itself stops being valid (session expiry), by the application clock. */
  validUntil: number | null;
  /** When this process looks it up again (monotonic). */
  staleAt: number;
}

export class CredentialCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  get(hash: string, now: Date): T | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (performance.now() >= e.staleAt || (e.validUntil !== null && now.getTime() >= e.validUntil)) {
      this.entries.delete(hash);
      return undefined;
    }
    return e.value;
  }

  set(hash: string, value: T, owner: string, validUntil: Date | null): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, {
      value,
      owner,
      validUntil: validUntil?.getTime() ?? null,
      staleAt: performance.now() + CREDENTIAL_TTL_MS,
    });
  }

  forget(hash: string): void {
    this.entries.delete(hash);
  }

  forgetOwner(owner: string): void {
    for (const [hash, e] of this.entries) if (e.owner === owner) this.entries.delete(hash);
  }
}

/** One cache per application context (server instance) and credential kind. */
export function cacheOf<T>(ctx: AppContext, kind: 'session' | 'api_key'): CredentialCache<T> {
  let byKind = caches.get(ctx);
  if (!byKind) caches.set(ctx, (byKind = new Map()));
  let cache = byKind.get(kind);
  if (!cache) byKind.set(kind, (cache = new CredentialCache<unknown>()));
  return cache as CredentialCache<T>;
}
const caches = new WeakMap<AppContext, Map<string, CredentialCache<unknown>>>();
