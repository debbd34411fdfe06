// L2: which existing customer a new lead belongs to. Phone, e-mail and WeCom id decide first; the
// normalised company name only when none of them matches. Several customers with different
// active owners is ambiguous: the policy's `dedupe.onAmbiguous` either flags the lead for a
// manager (it goes to the earliest owned customer meanwhile) or simply takes the first match.
// Ingest works in batches: `lookupCustomers` reads the candidates of a whole batch in two
// queries, `decideMatch` picks per lead (pure).
import { sql } from 'drizzle-orm';
import type { AssignmentPolicy } from '../../schemas';
import type { Tx } from '../db/client';
import type { IdentityKey } from './identity';

export interface CustomerMatch {
  id: string;
  ownerId: string | null;
  ownerActive: boolean | null;
  /** How the customer was found. */
  by: 'keys' | 'company';
}

export interface LeadReview {
  reason: string;
  candidates: string[];
}

/** A customer that holds an identity key (or, for `company`, whose normalised name is the key). */
export interface CandidateCustomer {
  id: string;
  ownerId: string | null;
  ownerActive: boolean | null;
  createdAt: Date;
}

/** Candidates by key, `kind:value` → customers. */
export type CandidateIndex = Map<string, CandidateCustomer[]>;

export const keyOf = (k: IdentityKey) => `${k.kind}:${k.value}`;

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? []) as T[];

/** Every existing customer that holds one of `keys` (company keys also match normalised names). */
export async function lookupCustomers(tx: Tx, keys: IdentityKey[]): Promise<CandidateIndex> {
  const index: CandidateIndex = new Map();
  if (!keys.length) return index;
  const unique = [...new Map(keys.map((k) => [keyOf(k), k])).values()];
  const companies = unique.filter((k) => k.kind === 'company').map((k) => k.value);
  const result = await tx.execute(sql`with wanted as (
      select kind, value from jsonb_to_recordset(${JSON.stringify(unique)}::jsonb) as w(kind text, value text))
    select k.kind, k.value, c.id, c.owner_id, u.active, c.created_at
      from customer_keys k join wanted w on w.kind = k.kind and w.value = k.value
      join customers c on c.id = k.customer_id left join users u on u.id = c.owner_id
    union
    select 'company', c.normalized_name, c.id, c.owner_id, u.active, c.created_at
      from customers c left join users u on u.id = c.owner_id
      where c.normalized_name = any(array(select jsonb_array_elements_text(${JSON.stringify(companies)}::jsonb)))`);
  for (const r of rowsOf<{
    kind: string;
    value: string;
    id: string;
    owner_id: string | null;
    active: boolean | null;
    created_at: string | Date;
  }>(result)) {
    const k = `${r.kind}:${r.value}`;
    const list = index.get(k) ?? [];
    if (!list.some((c) => c.id === r.id))
      list.push({ id: r.id, ownerId: r.owner_id, ownerActive: r.active, createdAt: new Date(r.created_at) });
    index.set(k, list);
  }
  return index;
}

/** The customer a lead with `keys` belongs to, from the candidates of `index` (pure). */
export function decideMatch(
  keys: IdentityKey[],
  index: CandidateIndex,
  dedupe: AssignmentPolicy['dedupe'] | undefined,
): { match: CustomerMatch | null; review: LeadReview | null } {
  const gather = (ks: IdentityKey[]) => ks.flatMap((k) => index.get(keyOf(k)) ?? []);
  const company = keys.find((k) => k.kind === 'company');
  let by: CustomerMatch['by'] = 'keys';
  let rows = gather(keys.filter((k) => k.kind !== 'company'));
  if (!rows.length && company) {
    rows = gather([company]);
    by = 'company';
  }
  if (!rows.length) return { match: null, review: null };
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const owned = unique.filter((r) => r.ownerId && r.ownerActive);
  const owners = new Set(owned.map((r) => r.ownerId));
  const pick = (r: CandidateCustomer): CustomerMatch => ({
    id: r.id,
    ownerId: r.ownerId,
    ownerActive: r.ownerActive,
    by,
  });
  if (owners.size <= 1) return { match: pick(owned[0] ?? unique[0]!), review: null };
  if (dedupe?.onAmbiguous === 'first_match') return { match: pick(unique[0]!), review: null };
  return {
    match: pick(owned[0]!),
    review: {
      reason:
        by === 'keys'
          ? `the contact details match ${unique.length} customers with different owners`
          : `the company name matches ${unique.length} customers with different owners`,
      candidates: unique.map((r) => r.id),
    },
  };
}
