// The manual-entry form's values → a leadCreate body, checked with the same JSON Schema as the
// server (schemas/ `validate`), so the rep sees field errors before anything is sent.
import { clientValidate } from '../common/clientValidate';
import type { FieldError } from '../api/types';

export type LeadFormValues = Record<string, unknown>;

/** Drops empty strings, null, undefined and empty objects/arrays; trims strings. */
export function compact(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === null ? undefined : value;
}

/** The body to send: the lead's name defaults to the contact's, then the company's. */
export function toLeadBody(values: LeadFormValues): Record<string, unknown> {
  const body = (compact(values) ?? {}) as Record<string, unknown>;
  const contact = (body.contact ?? {}) as Record<string, unknown>;
  const company = body.company as Record<string, unknown> | undefined;
  body.contact = contact;
  if (body.name === undefined) {
    const name = contact.name ?? company?.name;
    if (name !== undefined) body.name = name;
  }
  const behaviour = body.behaviour as Record<string, unknown> | undefined;
  if (behaviour && Array.isArray(behaviour.flags)) {
    for (const f of behaviour.flags as string[]) behaviour[f] = true;
    delete behaviour.flags;
    if (!Object.keys(behaviour).length) delete body.behaviour;
  }
  return body;
}

/** Schema errors of the body (empty when valid, or when only the server can check it). */
export function checkLeadBody(body: Record<string, unknown>): FieldError[] {
  return clientValidate('leadCreate', body) ?? [];
}

/** Where errors without an input of their own are shown. */
export const ERROR_REDIRECTS: Record<string, string> = {
  '/contact': '/contact/phone',
  '/name': '/contact/name',
  '/source': '/source/channel',
};
