/**
 * S4: who would own the given leads under an assignment-policy draft. Leads are replayed in
 * order (oldest first) from an empty load, each choice adding to its rep's open leads, so
 * capacity caps and least-loaded behave as they would have.
 */
import { chooseOwner, type Candidate } from '../assignment';
import type { AssignmentPolicyView } from '../types';

export interface AssignLead {
  id: string;
  data: Record<string, unknown>;
  /** who owns it today */
  ownerId: string | null;
}

export interface RepLoad {
  ownerId: string | null;
  before: number;
  after: number;
}

export interface AssignmentSimulation {
  evaluated: number;
  load: RepLoad[];
  changed: { leadId: string; from: string | null; to: string | null; routeId?: string }[];
  changedTotal: number;
  byRoute: Record<string, number>;
}

export function simulateAssignment(
  policy: AssignmentPolicyView,
  leads: readonly AssignLead[],
  candidates: readonly Candidate[],
  opts: { maxChanged?: number } = {},
): AssignmentSimulation {
  const maxChanged = opts.maxChanged ?? 1000;
  const reps = candidates.map((c) => ({ ...c, openLeads: 0 }));
  const byId = new Map(reps.map((r) => [r.id, r]));
  const loads = new Map<string | null, RepLoad>();
  const load = (id: string | null) => {
    let l = loads.get(id);
    if (!l) loads.set(id, (l = { ownerId: id, before: 0, after: 0 }));
    return l;
  };
  for (const c of candidates) load(c.id);
  const changed: AssignmentSimulation['changed'] = [];
  const byRoute: Record<string, number> = {};
  let changedTotal = 0;
  let cursor: string | null = null;
  for (const lead of leads) {
    const choice = chooseOwner(policy, lead.data, reps, { cursor });
    cursor = choice.cursor;
    const to = choice.ownerId;
    if (to) byId.get(to)!.openLeads++;
    const route = choice.routeId ?? '(fallback)';
    byRoute[route] = (byRoute[route] ?? 0) + 1;
    load(lead.ownerId).before++;
    load(to).after++;
    if (to === lead.ownerId) continue;
    changedTotal++;
    if (changed.length < maxChanged)
      changed.push({
        leadId: lead.id,
        from: lead.ownerId,
        to,
        ...(choice.routeId ? { routeId: choice.routeId } : {}),
      });
  }
  return {
    evaluated: leads.length,
    load: [...loads.values()].sort(
      (a, b) => b.after - a.after || String(a.ownerId).localeCompare(String(b.ownerId)),
    ),
    changed,
    changedTotal,
    byRoute,
  };
}
