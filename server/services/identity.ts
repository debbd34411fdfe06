import { normalizeCompanyName, normalizeEmail, normalizePhone } from '../../engine';

export interface IdentityKey {
  kind: 'phone' | 'email' | 'wecom' | 'company';
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

/**
 * The normalised company name as a key (kind `company`): its row in customer_keys makes the
 * database refuse a second customer of the same company, so concurrent leads end with one owner.
 */
export function companyKeys(company: { name?: string } | undefined): IdentityKey[] {
  const value = company?.name ? normalizeCompanyName(company.name) : '';
  return value.length >= 2 ? [{ kind: 'company', value }] : [];
}

const POLICY_KEY: Record<IdentityKey['kind'], string> = {
  phone: 'phone',
  email: 'email',
  wecom: 'wecomId',
  company: 'companyName',
};

/** The keys the assignment policy's `dedupe.keys` switches on (all of them without a policy). */
export function enabledKeys(
  keys: IdentityKey[],
  dedupe: { keys?: readonly string[] } | undefined,
): IdentityKey[] {
  if (!dedupe?.keys) return keys;
  const on = new Set(dedupe.keys);
  return keys.filter((k) => on.has(POLICY_KEY[k.kind]));
}
