// The lead as clocks see it: its owner and status, and the data a clock's `when` rule reads
// (the lead's fields plus `grade.class`, `tags`, `status`).
import { eq } from 'drizzle-orm';
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

/** The lead as the reactor needs it (no grade hits, no assignment details), locked. */
export async function lockLeadForClocks(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      id: leads.id,
      ownerId: leads.ownerId,
      status: leads.status,
      createdVia: leads.createdVia,
      createdAt: leads.createdAt,
      data: leads.data,
      tags: leads.tags,
      gradeClass: leads.gradeClass,
      gradeScore: leads.gradeScore,
    })
    .from(leads)
    .where(eq(leads.id, id))
    .limit(1)
    .for('no key update');
  return row ?? null;
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
