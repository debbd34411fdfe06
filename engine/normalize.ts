/**
 * L2 normalisation of the identifiers used for dedupe: phone (E.164, China default),
 * e-mail, and company name (legal-form suffixes, brackets, full-width characters removed).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** E.164 ("+8613800138000", landline "+861012345678"), or null when not a valid number. */
export function normalizePhone(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.normalize('NFKC').trim();
  if (text === '' || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, 'CN');
  return parsed && parsed.isValid() ? parsed.number : null;
}

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Trimmed, lower-cased e-mail address, or null when it is not shaped like one. */
export function normalizeEmail(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) return null;
  const local = email.slice(0, email.indexOf('@'));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  return email;
}

const BRACKETS = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g;
const CN_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团公司',
  '股份公司',
  '总公司',
  '公司',
  '集团',
  '股份',
];
const EN_SUFFIX =
  /[\s,.]*\b(co\.?,?\s*ltd|ltd|limited|inc|incorporated|corp|corporation|llc|gmbh|co|company|group)\.?$/;

function stripBranch(name: string): string {
  // "…有限公司上海分公司" → "…有限公司"; a bare "…分公司" → "…"
  if (!name.endsWith('分公司')) return name;
  const head = name.slice(0, -3);
  const parent = head.lastIndexOf('公司');
  return parent > 0 ? head.slice(0, parent + 2) : head;
}

/** Canonical company name for dedupe: "苏州精密制造（集团）股份有限公司" → "苏州精密制造". */
export function normalizeCompanyName(raw: string): string {
  if (typeof raw !== 'string') return '';
  let name = raw.normalize('NFKC').toLowerCase().trim();
  let prev = '';
  while (prev !== name) {
    prev = name;
    name = name.replace(BRACKETS, ' ').trim();
  }
  for (let i = 0; i < 3; i++) name = name.replace(EN_SUFFIX, '').trim();
  name = name.replace(/[^\p{L}\p{N}]+/gu, '');
  prev = '';
  while (prev !== name) {
    prev = name;
    name = stripBranch(name);
    const suffix = CN_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
    if (suffix) name = name.slice(0, -suffix.length);
  }
  return name;
}
