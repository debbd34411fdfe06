// The transactional reactor of lead events (server/reactors.ts): starts the clocks whose
// `start` is the event (if `when` holds for the lead), meets those whose `stop` lists it and
// restarts those whose `restartOn` lists it — all in the event's own transaction, in at most
// four statements (this runs three times for every ingested lead).
import { sql } from 'drizzle-orm';
import { clockApplies, clockReactions, escalationLadder, type ClockPolicyView } from '../../engine';
import type { Tx } from '../db/client';
import type { LeadEventInput, LeadEventReactor } from '../events/record';
import { leadData, lockLeadForClocks } from './lead';
import { publishedPolicy, type LoadedPolicy } from './policy';

/** Events after which nobody owns the lead: every open clock is cancelled. */
const CANCEL_ALL = new Set(['lead.returned']);

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? []) as T[];

/**
 * Closes the lead's open clocks (running, or breached with steps left) of the given kinds:
 * running ones in `met` become met (with a clock.met timeline row), the others cancelled.
 * `kinds` null = every kind. Returns the kinds closed.
 */
async function closeClocks(tx: Tx, e: LeadEventInput, kinds: string[] | null, metKinds: string[]) {
  // Lists travel as one JSON parameter each (drizzle expands JS arrays into separate parameters).
  const met = sql`array(select jsonb_array_elements_text(${JSON.stringify(metKinds)}::jsonb))`;
  const only = sql`array(select jsonb_array_elements_text(${JSON.stringify(kinds ?? [])}::jsonb))`;
  const result = await tx.execute(sql`with closed as (
      update sla_clocks set
        state = case when state <> 'running' then state
          when kind = any(${met}) then 'met' else 'cancelled' end,
        next_fire_at = null, stopped_at = ${e.at.toISOString()}::timestamptz, stopped_by = ${e.type}
      where lead_id = ${e.leadId}::uuid
        and (${kinds === null}::boolean or kind = any(${only}))
        and (state = 'running' or (state = 'breached' and next_fire_at is not null))
      returning id, kind, state, due_at, (state = 'breached') as late),
    recorded as (
      insert into lead_events (lead_id, type, at, actor_id, data)
      select ${e.leadId}::uuid, 'clock.met', ${e.at.toISOString()}::timestamptz, null,
        jsonb_build_object('clockId', id, 'kind', kind, 'by', ${e.type}::text, 'late', late,
          'dueAt', to_char(due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'ownerId', ${e.ownerId ?? null}::text)
      from closed where kind = any(${met}) order by kind)
    select kind from closed`);
  return rowsOf<{ kind: string }>(result).map((r) => r.kind);
}

async function insertClocks(
  tx: Tx,
  e: LeadEventInput,
  policy: LoadedPolicy,
  lead: { ownerId: string | null },
  clocks: ClockPolicyView[],
  restarted: Set<string>,
) {
  const start = e.at.getTime();
  const rows = JSON.stringify(
    clocks.map((c) => {
      const ladder = escalationLadder(c, start, policy.calendar);
      return {
        kind: c.id,
        due: new Date(ladder.find((s) => s.breach)!.fireAt).toISOString(),
        next: new Date(ladder[0]!.fireAt).toISOString(),
        restarted: restarted.has(c.id),
      };
    }),
  );
  const at = e.at.toISOString();
  await tx.execute(sql`with started as (
      insert into sla_clocks (lead_id, kind, policy_artifact_id, policy_version, state, started_at,
        due_at, next_fire_at, ladder_step, owner_id)
      select ${e.leadId}::uuid, r.kind, ${policy.id}::uuid, ${policy.version}::int, 'running',
        ${at}::timestamptz, r.due::timestamptz, r.next::timestamptz, 0, ${lead.ownerId}::uuid
      from jsonb_to_recordset(${rows}::jsonb) as r(kind text, due text, next text, restarted boolean)
      returning id, kind)
    insert into lead_events (lead_id, type, at, actor_id, data)
    select ${e.leadId}::uuid, 'clock.started', ${at}::timestamptz, null,
      jsonb_build_object('clockId', s.id, 'kind', s.kind, 'dueAt', r.due, 'by', ${e.type}::text,
        'restarted', r.restarted, 'policy', jsonb_build_object('id', ${policy.id}::text,
        'version', ${policy.version}::int), 'ownerId', ${lead.ownerId}::text)
    from started s join jsonb_to_recordset(${rows}::jsonb) as r(kind text, due text, restarted boolean)
      on r.kind = s.kind
    order by s.kind`);
}

export const clockReactor: LeadEventReactor = async (tx, _ctx, e) => {
  if (e.type.startsWith('clock.')) return;
  const cancelAll = CANCEL_ALL.has(e.type);
  const policy = cancelAll ? null : await publishedPolicy(tx);
  if (!cancelAll && (!policy || !policy.types.has(e.type))) return;
  // The lead row is locked before its clocks, by every writer (see scheduler.ts claim()).
  const lead = await lockLeadForClocks(tx, e.leadId);
  if (!lead) return;
  if (cancelAll || !policy) {
    await closeClocks(tx, e, null, []);
    return;
  }
  const { start, stop, restart } = clockReactions(policy.content, e.type);
  // Demo history seeded at first start is history: its clocks would all be long overdue.
  const data = lead.createdVia === 'seed' ? null : leadData(lead);
  const starting = data ? start.filter((c) => clockApplies(c, data)) : [];
  const restarting = data ? restart.filter((c) => clockApplies(c, data) && !starting.includes(c)) : [];
  const stopKinds = stop.map((c) => c.id);
  const closeKinds = [...stopKinds, ...starting.map((c) => c.id), ...restarting.map((c) => c.id)];
  // Nothing can be open before a lead exists: lead.created skips the close (one statement per ingest).
  const nothingOpen = e.type === 'lead.created';
  const closed = closeKinds.length && !nothingOpen ? await closeClocks(tx, e, closeKinds, stopKinds) : [];
  // A restartOn event only restarts a clock that was open; a start event always starts one.
  const toStart = [...starting, ...restarting.filter((c) => closed.includes(c.id))];
  if (toStart.length)
    await insertClocks(tx, e, policy, lead, toStart, new Set(closed.filter((k) => !stopKinds.includes(k))));
};
