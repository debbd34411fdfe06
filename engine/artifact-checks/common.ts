/** Helpers shared by the semantic artefact checks (content is untrusted: read defensively). */
import { checkLogic } from '../logic/check';
import type { LogicField } from '../logic/fields';
import type { LogicIssue } from '../logic/walk';

export type Obj = Record<string, unknown>;
export type Issue = LogicIssue;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const at = (o: unknown, key: string): unknown => (isObj(o) ? o[key] : undefined);
export const objAt = (o: unknown, key: string): Obj | undefined =>
  isObj(o) && isObj(o[key]) ? (o[key] as Obj) : undefined;
export const listAt = (o: unknown, key: string): unknown[] =>
  isObj(o) && Array.isArray(o[key]) ? (o[key] as unknown[]) : [];
export const strAt = (o: unknown, key: string): string | undefined =>
  isObj(o) && typeof o[key] === 'string' ? (o[key] as string) : undefined;
export const numAt = (o: unknown, key: string): number | undefined =>
  isObj(o) && typeof o[key] === 'number' ? (o[key] as number) : undefined;

/** "rule \"expo_qr\"" or "rule #3" when the item has no id. */
export const itemName = (noun: string, item: unknown, index: number, idKey = 'id'): string => {
  const id = strAt(item, idKey);
  return id ? `${noun} "${id}"` : `${noun} #${index + 1}`;
};

/** Check a JSON Logic rule found at `pointer` (from the content root); messages prefixed with `who`. */
export function checkRuleAt(
  rule: unknown,
  pointer: string,
  who: string,
  fields: readonly LogicField[],
): Issue[] {
  if (rule === undefined) return [];
  return checkLogic(rule, { fields }).map((i) => ({
    path: pointer + i.path,
    message: `${who}: ${i.message}`,
  }));
}

/** Duplicate ids in a list of items, reported at the later occurrences. */
export function uniqueIds(items: readonly unknown[], pointer: string, noun: string, idKey = 'id'): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const id = strAt(item, idKey);
    if (id === undefined) return;
    if (seen.has(id))
      issues.push({ path: `${pointer}/${i}/${idKey}`, message: `${noun} "${id}" is defined more than once` });
    seen.add(id);
  });
  return issues;
}

/** References to ids that do not exist. */
export function knownRef(
  value: unknown,
  known: ReadonlySet<string>,
  path: string,
  what: string,
  who?: string,
): Issue[] {
  if (typeof value !== 'string' || known.has(value)) return [];
  return [{ path, message: `${who ? `${who}: ` : ''}unknown ${what} "${value}"` }];
}

export const idSet = (items: readonly unknown[], idKey = 'id'): Set<string> =>
  new Set(items.map((i) => strAt(i, idKey)).filter((v): v is string => v !== undefined));
