// A signed webhook delivery becomes a lead exactly once: with an Idempotency-Key, the delivery
// record is written in the lead's own transaction, so a retry (even a concurrent one) finds the
// first delivery's response instead of creating a second lead.
import { and, eq } from 'drizzle-orm';
import type { LeadCreate } from '../../schemas';
import type { AppContext } from '../context';
import { leadSources, webhookDeliveries } from '../db/schema';
import { ingestLead } from './lead-ingest';

export interface DeliveryResponse {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

class DuplicateDelivery extends Error {}

async function storedResponse(
  ctx: AppContext,
  sourceId: string,
  key: string,
): Promise<DeliveryResponse | null> {
  const [row] = await ctx.db
    .select({ response: webhookDeliveries.response })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.sourceId, sourceId), eq(webhookDeliveries.idempotencyKey, key)))
    .limit(1);
  const r = row?.response as { status?: number; body?: Record<string, unknown> } | null | undefined;
  return r?.body ? { status: r.status ?? 201, body: r.body, replayed: true } : null;
}

/** The first response stored under this key, if any (a retry is answered from it without any work). */
export const replayOf = storedResponse;

export async function ingestDelivery(
  ctx: AppContext,
  sourceId: string,
  body: LeadCreate,
  idempotencyKey: string | null,
): Promise<DeliveryResponse> {
  const at = ctx.clock.now();
  try {
    const result = await ingestLead(ctx, 'system', body, 'webhook', at, async (tx, stored) => {
      await tx.update(leadSources).set({ lastDeliveryAt: at }).where(eq(leadSources.id, sourceId));
      if (!idempotencyKey) return;
      const inserted = await tx
        .insert(webhookDeliveries)
        .values({
          sourceId,
          idempotencyKey,
          leadId: stored.id,
          receivedAt: at,
          response: { status: 201, body: stored as unknown as Record<string, unknown> },
        })
        .onConflictDoNothing()
        .returning({ leadId: webhookDeliveries.leadId });
      // Another delivery with this key committed first: undo this lead and answer as that one did.
      if (!inserted.length) throw new DuplicateDelivery();
    });
    return { status: 201, body: result as unknown as Record<string, unknown>, replayed: false };
  } catch (err) {
    if (!(err instanceof DuplicateDelivery) || !idempotencyKey) throw err;
    const replay = await storedResponse(ctx, sourceId, idempotencyKey);
    if (!replay) throw err;
    return replay;
  }
}
