// L2: which existing customer a new lead belongs to. Phone, e-mail and WeCom id decide first; the
// normalised company name only when none of them matches. Several customers with different
// active owners is ambiguous: the policy's `dedupe.onAmbiguous` either flags the lead for a
// manager (it goes to the earliest owned customer meanwhile) or simply takes the first match.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { AssignmentPolicy } from '../../schemas';
import type { Tx } from '../db/client';
import { customerKeys, customers, users } from '../db/schema';
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

const columns = {
  id: customers.id,
  ownerId: customers.ownerId,
  ownerActive: users.active,
  createdAt: customers.createdAt,
};

async function byContactKeys(tx: Tx, keys: IdentityKey[]) {
  if (!keys.length) return [];
  return tx
    .selectDistinct(columns)
    .from(customerKeys)
    .innerJoin(customers, eq(customers.id, customerKeys.customerId))
    .leftJoin(users, eq(users.id, customers.ownerId))
    .where(or(...keys.map((k) => and(eq(customerKeys.kind, k.kind), eq(customerKeys.value, k.value)))));
}

async function byCompany(tx: Tx, key: IdentityKey) {
  const viaKey = tx
    .select({ id: customerKeys.customerId })
    .from(customerKeys)
    .where(and(eq(customerKeys.kind, 'company'), eq(customerKeys.value, key.value)));
  return tx
    .select(columns)
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId))
    .where(or(eq(customers.normalizedName, key.value), inArray(customers.id, viaKey)));
}

export async function matchCustomer(
  tx: Tx,
  keys: IdentityKey[],
  dedupe: AssignmentPolicy['dedupe'] | undefined,
): Promise<{ match: CustomerMatch | null; review: LeadReview | null }> {
  const contact = keys.filter((k) => k.kind !== 'company');
  const company = keys.find((k) => k.kind === 'company');
  let by: CustomerMatch['by'] = 'keys';
  let rows = await byContactKeys(tx, contact);
  if (!rows.length && company) {
    rows = await byCompany(tx, company);
    by = 'company';
  }
  if (!rows.length) return { match: null, review: null };
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const owned = unique.filter((r) => r.ownerId && r.ownerActive);
  const owners = new Set(owned.map((r) => r.ownerId));
  const pick = (r: (typeof unique)[number]): CustomerMatch => ({
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
