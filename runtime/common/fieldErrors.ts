// Field errors from `validate` (schemas/) or the API (`{ errors: [{ path, message }] }`) shown at
// the form field they belong to, with the schema's English messages said in the UI language.
import type { TFunction } from 'i18next';
import type { FieldError } from '../api/types';

const PATTERNS: [RegExp, string][] = [
  [/^is required$/, 'required'],
  [/^must not be empty$/, 'required'],
  [/^must be a valid e-mail address$/, 'email'],
  [/^must be a valid URL$/, 'url'],
  [/^must be a phone number/, 'phone'],
  [/^must be a WeCom id/, 'wecom'],
  [/unified social credit code/, 'creditCode'],
  [/^needs at least one of/, 'contactNeeded'],
  [/^must be at most (\d+) characters$/, 'maxLength'],
  [/^must be at least (-?[\d.]+)$/, 'minimum'],
  [/^must be at most (-?[\d.]+)$/, 'maximum'],
  [/^must be an integer$/, 'integer'],
  [/^must be one of/, 'enum'],
];

/** The message in the UI language (known schema messages), else the original text. */
export function fieldMessage(t: TFunction, message: string): string {
  const column = /^column "([^"]+)": (.*)$/s.exec(message);
  if (column) return t('fieldErrors.column', { column: column[1], message: fieldMessage(t, column[2]!) });
  for (const [re, key] of PATTERNS) {
    const m = re.exec(message);
    if (m) return t(`fieldErrors.${key}`, { n: m[1] });
  }
  return message;
}

/** "/contact/phone" → ["contact", "phone"]; "" → []. */
export function pointerToName(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Groups errors by form field. `redirect` moves errors of a path without its own input (e.g.
 * "/contact", whose anyOf asks for a phone, e-mail or WeCom id) to the field that shows them.
 */
export function errorsByField(
  t: TFunction,
  errors: FieldError[],
  redirect: Record<string, string> = {},
): { name: string[]; errors: string[] }[] {
  const byPath = new Map<string, string[]>();
  for (const e of errors) {
    const path = redirect[e.path] ?? e.path;
    const list = byPath.get(path) ?? [];
    const msg = fieldMessage(t, e.message);
    if (!list.includes(msg)) list.push(msg);
    byPath.set(path, list);
  }
  return [...byPath].map(([path, errs]) => ({ name: pointerToName(path), errors: errs }));
}
