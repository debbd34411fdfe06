// The lead as clocks see it: its owner and status, and the data a clock's `when` rule reads
// (the lead's fields plus `grade.class`, `tags`, `status`).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { leads } from '../db/schema';

export type LeadRow = typeof leads.$inferSelect;
/** What the scheduler reads with each claimed clock (the full row is loaded only to reassign). */
export type LeadBrief = Pick<LeadRow, 'id' | 'ownerId' | 'status' | 'customerId'>;
export const leadBrief = {
  id: leads.id,
  ownerId: leads.ownerId,
  status: leads.status,
  customerId: leads.customerId,
};

export async function lockLead(tx: Tx, id: string, lock = false): Promise<LeadRow | null> {
  const q = tx.select().from(leads).where(eq(leads.id, id)).limit(1);
  const [row] = lock ? await q.for('no key update') : await q;
  return row ?? null;
}

const clockLeadColumns = {
  id: leads.id,
  ownerId: leads.ownerId,
  status: leads.status,
  createdVia: leads.createdVia,
  createdAt: leads.createdAt,
  data: leads.data,
  tags: leads.tags,
  gradeClass: leads.gradeClass,
  gradeScore: leads.gradeScore,
};

/** The lead as the clock reactor needs it (no grade hits, no assignment details). */
export type ClockLead = Pick<
  LeadRow,
  'id' | 'ownerId' | 'status' | 'createdVia' | 'createdAt' | 'data' | 'tags' | 'gradeClass' | 'gradeScore'
>;

/** The leads as the reactor needs them, locked in id order (so two writers never deadlock). */
export async function lockLeadsForClocks(tx: Tx, ids: string[]): Promise<Map<string, ClockLead>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select(clockLeadColumns)
    .from(leads)
    .where(inArray(leads.id, ids))
    .orderBy(asc(leads.id))
    .for('no key update');
  return new Map(rows.map((r) => [r.id, r]));
}

export function leadData(
  row: Pick<LeadRow, 'data' | 'tags' | 'status' | 'createdAt' | 'gradeClass' | 'gradeScore'>,
): Record<string, unknown> {
  return {
    ...(row.data ?? {}),
    tags: row.tags,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    grade: { class: row.gradeClass, score: row.gradeScore },
  };
}
