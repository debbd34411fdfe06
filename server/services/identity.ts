import { normalizeEmail, normalizePhone } from '../../engine';

export interface IdentityKey {
  kind: 'phone' | 'email' | 'wecom';
  value: string;
}

/** The keys that identify the person behind a lead (MISSION.md L2), normalised. */
export function identityKeys(
  contact: { phone?: string; email?: string; wecomId?: string } | undefined,
): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const phone = contact?.phone ? normalizePhone(contact.phone) : null;
  if (phone) keys.push({ kind: 'phone', value: phone });
  const email = contact?.email ? normalizeEmail(contact.email) : null;
  if (email) keys.push({ kind: 'email', value: email });
  const wecom = contact?.wecomId?.trim().toLowerCase();
  if (wecom) keys.push({ kind: 'wecom', value: wecom });
  return keys;
}
