// The one way to record what happened to a lead: the event rows (its timeline), the reactions
// that must commit with them (SLA clocks start and stop, robot notifications), and — after the
// commit — the live push. Events are recorded one at a time (`emit`) or as a batch (`emit.many`,
// used by ingest): a batch costs one insert and one pass of each reactor, whatever its size.
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { sql } from 'drizzle-orm';
import type { ClockLead } from '../clocks/lead';
import type { DomainEvent } from './bus';

export interface LeadEventInput {
  leadId: string;
  type: string;
  at: Date;
  actorId?: string | null;
  ownerId?: string | null;
  data?: Record<string, unknown>;
  /**
   * With `lead.created`: the lead as this transaction has just stored it, so reactors need not
   * read it back (nobody else can see or lock it before the commit). Not written to the timeline.
   */
  created?: ClockLead;
}

/**
 * Runs inside the events' transaction, once per recorded batch, with the batch's events in the
 * order they happened (several may concern the same lead). Used for state that must change with
 * the events (clocks, pending notifications). A reactor returns the timeline rows it adds
 * (clock.started, clock.met): they are written with the batch, each after its cause, and reach
 * live subscribers after the commit like the others.
 */
export type LeadEventReactor = (
  tx: Tx,
  ctx: AppContext,
  events: readonly LeadEventInput[],
) => Promise<void | readonly FollowingEvent[]>;

/** A timeline row a reactor adds, placed right after `events[after]` of its batch. */
export interface FollowingEvent {
  after: number;
  event: LeadEventInput;
}

/** The batch's events with the reactors' rows placed after the event that caused them. */
export function interleave(
  events: readonly LeadEventInput[],
  follow: readonly FollowingEvent[],
): LeadEventInput[] {
  const out: LeadEventInput[] = [];
  events.forEach((e, i) => {
    out.push(e);
    for (const f of follow) if (f.after === i) out.push(f.event);
  });
  return out;
}

export type Emit = ((event: LeadEventInput) => Promise<void>) & {
  /** Records several events in one insert and one reactor pass. */
  many(events: readonly LeadEventInput[]): Promise<void>;
};

/** A lead event names a lead that does not exist (a programming error: nothing is written). */
export class UnknownLeadError extends Error {}

/**
 * The timeline rows of `events`, in order, in one statement with one JSON parameter (building a
 * 5,000-parameter INSERT costs more than running it). lead_events has no per-row foreign key
 * (schema/leads.ts): the statement itself joins the leads and the batch fails if one is missing.
 */
export async function insertLeadEventRows(tx: Tx, events: readonly LeadEventInput[]): Promise<void> {
  const json = JSON.stringify(
    events.map((e) => ({
      lead_id: e.leadId,
      type: e.type,
      at: e.at.toISOString(),
      actor_id: e.actorId ?? null,
      data: { ...(e.data ?? {}), ...(e.ownerId !== undefined ? { ownerId: e.ownerId } : {}) },
    })),
  );
  const result = await tx.execute(sql`with ins as (
      insert into lead_events (lead_id, type, at, actor_id, data)
      select r.lead_id, r.type, r.at, r.actor_id, r.data
      from rows from (jsonb_to_recordset(${json}::jsonb)
          as (lead_id uuid, type text, at timestamptz, actor_id text, data jsonb))
        with ordinality as r(lead_id, type, at, actor_id, data, n)
      where exists (select 1 from leads l where l.id = r.lead_id)
      order by r.n
      returning 1)
    select count(*)::int as n from ins`);
  const inserted = (result as { rows?: { n: number }[] }).rows?.[0]?.n ?? 0;
  if (inserted !== events.length)
    throw new UnknownLeadError(`${events.length - inserted} lead event(s) name a lead that does not exist`);
}

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
    const many = async (events: readonly LeadEventInput[]) => {
      if (!events.length) return;
      const follow: FollowingEvent[] = [];
      for (const react of ctx.reactors) follow.push(...((await react(tx, ctx, events)) ?? []));
      const rows = interleave(events, follow);
      await insertLeadEventRows(tx, rows);
      for (const e of rows)
        committed.push({
          type: e.type,
          at: e.at.toISOString(),
          leadId: e.leadId,
          ownerId: e.ownerId ?? null,
          data: e.data ?? {},
        });
    };
    const emit: Emit = Object.assign((e: LeadEventInput) => many([e]), { many });
    return work(tx, emit);
  });
  for (const e of committed) ctx.bus.publish(e);
  return result;
}
