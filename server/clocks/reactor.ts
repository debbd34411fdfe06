// The transactional reactor of lead events (server/reactors.ts): starts the clocks whose
// `start` is the event (if `when` holds for the lead), meets those whose `stop` lists it and
// restarts those whose `restartOn` lists it — all in the events' own transaction. A batch of
// events (an ingest records three or four per lead, an import hundreds) is played in memory,
// lead by lead and in order, then written in at most five statements whatever its size.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { clockApplies, clockReactions, escalationLadder, type ClockPolicyView } from '../../engine';
import type { Tx } from '../db/client';
import type { LeadEventInput, LeadEventReactor } from '../events/record';
import { leadData, lockLeadsForClocks, type ClockLead } from './lead';
import { publishedPolicy, type LoadedPolicy } from './policy';

/** Events after which nobody owns the lead: every open clock is cancelled. */
const CANCEL_ALL = new Set(['lead.returned']);

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? []) as T[];

/** A clock that can still be closed: running, or breached with ladder steps left. */
interface OpenClock {
  id: string;
  kind: string;
  state: 'running' | 'breached';
  dueAt: string;
  /** Started by this batch (not yet in the table). */
  fresh: boolean;
}

interface Plan {
  /** Existing rows to close. */
  closes: { id: string; state: string; stoppedAt: string; stoppedBy: string }[];
  /** Rows to insert, in their final state. */
  inserts: {
    id: string;
    leadId: string;
    kind: string;
    state: string;
    startedAt: string;
    dueAt: string;
    nextFireAt: string | null;
    ownerId: string | null;
    stoppedAt: string | null;
    stoppedBy: string | null;
  }[];
  /** clock.met and clock.started timeline rows, in order, each after the batch event `after`. */
  events: { after: number; leadId: string; type: string; at: string; data: Record<string, unknown> }[];
}

async function loadOpenClocks(tx: Tx, leadIds: string[]): Promise<Map<string, OpenClock[]>> {
  const open = new Map<string, OpenClock[]>();
  if (!leadIds.length) return open;
  const result = await tx.execute(sql`select id, lead_id, kind, state,
      to_char(due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as due_at
    from sla_clocks
    where lead_id = any(array(select jsonb_array_elements_text(${JSON.stringify(leadIds)}::jsonb))::uuid[])
      and (state = 'running' or (state = 'breached' and next_fire_at is not null))
    order by kind`);
  for (const r of rowsOf<{
    id: string;
    lead_id: string;
    kind: string;
    state: OpenClock['state'];
    due_at: string;
  }>(result)) {
    const list = open.get(r.lead_id) ?? [];
    list.push({ id: r.id, kind: r.kind, state: r.state, dueAt: r.due_at, fresh: false });
    open.set(r.lead_id, list);
  }
  return open;
}

/** Plays one event against the lead's open clocks (mutated) and appends the writes to `plan`. */
function play(
  plan: Plan,
  e: LeadEventInput,
  after: number,
  lead: ClockLead,
  open: OpenClock[],
  policy: LoadedPolicy | null,
): OpenClock[] {
  const at = e.at.toISOString();
  const close = (kinds: string[] | null, metKinds: string[]) => {
    const closing = open.filter((c) => kinds === null || kinds.includes(c.kind));
    for (const c of [...closing].sort((a, b) => a.kind.localeCompare(b.kind))) {
      const state = c.state !== 'running' ? c.state : metKinds.includes(c.kind) ? 'met' : 'cancelled';
      if (c.fresh) {
        const row = plan.inserts.find((r) => r.id === c.id)!;
        Object.assign(row, { state, nextFireAt: null, stoppedAt: at, stoppedBy: e.type });
      } else plan.closes.push({ id: c.id, state, stoppedAt: at, stoppedBy: e.type });
      if (metKinds.includes(c.kind))
        plan.events.push({
          after,
          leadId: e.leadId,
          type: 'clock.met',
          at,
          data: {
            clockId: c.id,
            kind: c.kind,
            by: e.type,
            late: c.state === 'breached',
            dueAt: c.dueAt,
            ownerId: e.ownerId ?? null,
          },
        });
    }
    return {
      closed: closing.map((c) => c.kind),
      open: open.filter((c) => !closing.includes(c)),
    };
  };
  if (CANCEL_ALL.has(e.type) || !policy) return close(null, []).open;

  const { start, stop, restart } = clockReactions(policy.content, e.type);
  // Demo history seeded at first start is history: its clocks would all be long overdue.
  const data = lead.createdVia === 'seed' ? null : leadData(lead);
  const starting = data ? start.filter((c) => clockApplies(c, data)) : [];
  const restarting = data ? restart.filter((c) => clockApplies(c, data) && !starting.includes(c)) : [];
  const stopKinds = stop.map((c) => c.id);
  const closeKinds = [...stopKinds, ...starting.map((c) => c.id), ...restarting.map((c) => c.id)];
  const { closed, open: left } = closeKinds.length ? close(closeKinds, stopKinds) : { closed: [], open };
  // A restartOn event only restarts a clock that was open; a start event always starts one.
  const toStart: ClockPolicyView[] = [...starting, ...restarting.filter((c) => closed.includes(c.id))];
  const restarted = new Set(closed.filter((k) => !stopKinds.includes(k)));
  const started: OpenClock[] = [];
  for (const c of [...toStart].sort((a, b) => a.id.localeCompare(b.id))) {
    const ladder = escalationLadder(c, e.at.getTime(), policy.calendar);
    const id = randomUUID();
    const dueAt = new Date(ladder.find((s) => s.breach)!.fireAt).toISOString();
    plan.inserts.push({
      id,
      leadId: e.leadId,
      kind: c.id,
      state: 'running',
      startedAt: at,
      dueAt,
      nextFireAt: new Date(ladder[0]!.fireAt).toISOString(),
      ownerId: lead.ownerId,
      stoppedAt: null,
      stoppedBy: null,
    });
    plan.events.push({
      after,
      leadId: e.leadId,
      type: 'clock.started',
      at,
      data: {
        clockId: id,
        kind: c.id,
        dueAt,
        by: e.type,
        restarted: restarted.has(c.id),
        policy: { id: policy.id, version: policy.version },
        ownerId: lead.ownerId,
      },
    });
    started.push({ id, kind: c.id, state: 'running', dueAt, fresh: true });
  }
  return [...left, ...started];
}

async function write(tx: Tx, plan: Plan, policy: LoadedPolicy | null) {
  if (plan.closes.length)
    await tx.execute(sql`update sla_clocks c set state = r.state, next_fire_at = null,
        stopped_at = r.stopped_at::timestamptz, stopped_by = r.stopped_by
      from jsonb_to_recordset(${JSON.stringify(
        plan.closes.map((c) => ({
          id: c.id,
          state: c.state,
          stopped_at: c.stoppedAt,
          stopped_by: c.stoppedBy,
        })),
      )}::jsonb) as r(id uuid, state text, stopped_at text, stopped_by text)
      where c.id = r.id`);
  if (plan.inserts.length && policy)
    await tx.execute(sql`insert into sla_clocks (id, lead_id, kind, policy_artifact_id, policy_version,
        state, started_at, due_at, next_fire_at, ladder_step, owner_id, stopped_at, stopped_by)
      select r.id, r.lead_id, r.kind, ${policy.id}::uuid, ${policy.version}::int, r.state,
        r.started_at::timestamptz, r.due_at::timestamptz, r.next_fire_at::timestamptz, 0, r.owner_id,
        r.stopped_at::timestamptz, r.stopped_by
      from jsonb_to_recordset(${JSON.stringify(
        plan.inserts.map((c) => ({
          id: c.id,
          lead_id: c.leadId,
          kind: c.kind,
          state: c.state,
          started_at: c.startedAt,
          due_at: c.dueAt,
          next_fire_at: c.nextFireAt,
          owner_id: c.ownerId,
          stopped_at: c.stoppedAt,
          stopped_by: c.stoppedBy,
        })),
      )}::jsonb) as r(id uuid, lead_id uuid, kind text, state text, started_at text, due_at text,
        next_fire_at text, owner_id uuid, stopped_at text, stopped_by text)`);
}

export const clockReactor: LeadEventReactor = async (tx, _ctx, events) => {
  const candidates = events.map((e, index) => ({ e, index })).filter(({ e }) => !e.type.startsWith('clock.'));
  if (!candidates.length) return;
  const needsPolicy = candidates.some(({ e }) => !CANCEL_ALL.has(e.type));
  const policy = needsPolicy ? await publishedPolicy(tx) : null;
  const relevant = candidates.filter(
    ({ e }) => CANCEL_ALL.has(e.type) || (policy && policy.types.has(e.type)),
  );
  if (!relevant.length) return;
  // The lead rows are locked before their clocks, by every writer (see scheduler.ts claim()) —
  // except leads this transaction has just created, which no one else can see yet.
  const leads = new Map<string, ClockLead>();
  for (const { e } of relevant) if (e.type === 'lead.created' && e.created) leads.set(e.leadId, e.created);
  const toLock = [...new Set(relevant.map(({ e }) => e.leadId))].filter((id) => !leads.has(id));
  for (const [id, lead] of await lockLeadsForClocks(tx, toLock)) leads.set(id, lead);
  // Nothing can be open before a lead exists: a lead whose batch starts with lead.created skips the read.
  const created = new Set<string>();
  const seen = new Set<string>();
  for (const { e } of relevant) {
    if (!seen.has(e.leadId) && e.type === 'lead.created') created.add(e.leadId);
    seen.add(e.leadId);
  }
  const open = await loadOpenClocks(
    tx,
    [...leads.keys()].filter((id) => !created.has(id)),
  );
  const plan: Plan = { closes: [], inserts: [], events: [] };
  for (const { e, index } of relevant) {
    const lead = leads.get(e.leadId);
    if (!lead) continue;
    open.set(e.leadId, play(plan, e, index, lead, open.get(e.leadId) ?? [], policy));
  }
  await write(tx, plan, policy);
  return plan.events.map((e) => ({
    after: e.after,
    event: {
      leadId: e.leadId,
      type: e.type,
      at: new Date(e.at),
      actorId: null,
      ownerId: (e.data.ownerId as string | null) ?? null,
      data: e.data,
    },
  }));
};
