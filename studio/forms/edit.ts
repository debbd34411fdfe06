// Small immutable helpers for editing artefact objects member by member.
import type { Json } from './model';

/** `o` with member `k` set to `v`, or removed when `v` is undefined, '' or an empty object. */
export function setMember(o: Json, k: string, v: unknown): Json {
  const out = { ...o };
  const empty =
    v === undefined ||
    v === '' ||
    (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
  if (empty) delete out[k];
  else out[k] = v;
  return out;
}

export const asObj = (v: unknown): Json =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
export const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
export const asText = (v: unknown): { zh: string; en: string } => {
  const o = asObj(v);
  return { zh: typeof o.zh === 'string' ? o.zh : '', en: typeof o.en === 'string' ? o.en : '' };
};
export const numOrUndef = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
