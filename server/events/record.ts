// The one way to record what happened to a lead: the event row (its timeline), the reactions
// that must commit with it (SLA clocks start and stop), and — after the commit — the live push.
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { leadEvents } from '../db/schema';
import type { DomainEvent } from './bus';

export interface LeadEventInput {
  leadId: string;
  type: string;
  at: Date;
  actorId?: string | null;
  ownerId?: string | null;
  data?: Record<string, unknown>;
}

/** Runs inside the event's transaction; used for state that must change with the event (clocks). */
export type LeadEventReactor = (tx: Tx, ctx: AppContext, event: LeadEventInput) => Promise<void>;

export type Emit = (event: LeadEventInput) => Promise<void>;

/**
 * Runs `work` in a transaction with an `emit` that records lead events and their reactions;
 * the events reach live subscribers only once the transaction has committed.
 */
export async function withLeadEvents<T>(
  ctx: AppContext,
  work: (tx: Tx, emit: Emit) => Promise<T>,
): Promise<T> {
  const committed: DomainEvent[] = [];
  const result = await ctx.db.transaction(async (tx) => {
    committed.length = 0; // a retried transaction starts over
    const emit: Emit = async (e) => {
      await tx.insert(leadEvents).values({
        leadId: e.leadId,
        type: e.type,
        at: e.at,
        actorId: e.actorId ?? null,
        data: { ...(e.data ?? {}), ...(e.ownerId !== undefined ? { ownerId: e.ownerId } : {}) },
      });
      for (const react of ctx.reactors) await react(tx, ctx, e);
      committed.push({
        type: e.type,
        at: e.at.toISOString(),
        leadId: e.leadId,
        ownerId: e.ownerId ?? null,
        data: e.data ?? {},
      });
    };
    return work(tx, emit);
  });
  for (const e of committed) ctx.bus.publish(e);
  return result;
}
