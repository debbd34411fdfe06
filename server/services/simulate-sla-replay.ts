// S4 SLA simulation, the pure part: replays each lead's recorded events through a policy with
// the engine's clock maths (clockReactions, clockApplies, clockDueAt) — the same reactions the
// live clock reactor applies — and counts, per clock, how many would have been met or breached.
import {
  clockApplies,
  clockDueAt,
  clockReactions,
  type BusinessCalendar,
  type ClockPolicyView,
  type SlaPolicyView,
} from '../../engine';

export interface ReplayLead {
  id: string;
  /** what a clock's `when` reads (leadData: fields, tags, status, grade) */
  data: Record<string, unknown>;
  /** the lead's events in time order (ms since epoch) */
  events: readonly { type: string; at: number }[];
}

export interface ClockOutcome {
  id: string;
  label: { zh: string; en: string } | null;
  /** clock runs started (a lead can run a clock more than once after a restart) */
  started: number;
  met: number;
  breached: number;
  /** still running and not yet due at `now` */
  pending: number;
  /** stopped by cancellation (lead returned, clock restarted) before it was due */
  cancelled: number;
  /** distinct leads with at least one breach of this clock */
  leadsBreached: number;
  /** breached / (met + breached), 0..1; null when nothing finished */
  breachRate: number | null;
  /** the first leads (in replay order) that would breach this clock, at most EXAMPLES */
  breachedLeadIds: string[];
}

/** How many breaching lead ids each clock lists. */
export const EXAMPLES = 50;

/** Events after which nobody owns the lead: every open clock is closed (server/clocks/reactor.ts). */
const CANCEL_ALL = new Set(['lead.returned']);

interface Open {
  clock: ClockPolicyView;
  due: number;
}

/** Replays `leads` through `policy`; runs still open at `now` are breached when past due. */
export function replayClocks(
  policy: SlaPolicyView,
  cal: BusinessCalendar,
  leads: readonly ReplayLead[],
  now: number,
): ClockOutcome[] {
  const out = new Map<string, ClockOutcome & { breachedLeads: Set<string> }>();
  for (const c of policy.clocks)
    out.set(c.id, {
      id: c.id,
      label: c.label ? { zh: c.label.zh, en: c.label.en } : null,
      started: 0,
      met: 0,
      breached: 0,
      pending: 0,
      cancelled: 0,
      leadsBreached: 0,
      breachRate: null,
      breachedLeadIds: [],
      breachedLeads: new Set(),
    });
  const reactions = new Map<string, ReturnType<typeof clockReactions>>();
  const reactionsOf = (type: string) => {
    let r = reactions.get(type);
    if (!r) reactions.set(type, (r = clockReactions(policy, type)));
    return r;
  };

  for (const lead of leads) {
    const open = new Map<string, Open>();
    const applies = new Map<string, boolean>();
    const appliesTo = (c: ClockPolicyView) => {
      let a = applies.get(c.id);
      if (a === undefined) applies.set(c.id, (a = clockApplies(c, lead.data)));
      return a;
    };
    const close = (id: string, at: number, met: boolean) => {
      const o = open.get(id);
      if (!o) return false;
      open.delete(id);
      const s = out.get(id)!;
      if (at > o.due) {
        s.breached++;
        s.breachedLeads.add(lead.id);
      } else if (met) s.met++;
      else s.cancelled++;
      return true;
    };
    for (const e of lead.events) {
      if (e.at > now) break;
      if (CANCEL_ALL.has(e.type)) {
        for (const id of [...open.keys()]) close(id, e.at, false);
        continue;
      }
      const { start, stop, restart } = reactionsOf(e.type);
      for (const c of stop) close(c.id, e.at, true);
      const starting = start.filter(appliesTo);
      const restarting = restart.filter((c) => appliesTo(c) && !starting.includes(c) && open.has(c.id));
      for (const c of [...starting, ...restarting]) {
        close(c.id, e.at, false);
        open.set(c.id, { clock: c, due: clockDueAt(c, e.at, cal) });
        out.get(c.id)!.started++;
      }
    }
    for (const [id, o] of open) {
      const s = out.get(id)!;
      if (now > o.due) {
        s.breached++;
        s.breachedLeads.add(lead.id);
      } else s.pending++;
    }
  }
  return [...out.values()].map(({ breachedLeads, ...s }) => {
    const finished = s.met + s.breached;
    return {
      ...s,
      leadsBreached: breachedLeads.size,
      breachedLeadIds: [...breachedLeads].slice(0, EXAMPLES),
      breachRate: finished ? Math.round((s.breached / finished) * 10_000) / 10_000 : null,
    };
  });
}
