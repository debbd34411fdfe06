/**
 * L4 owner choice: routes (attribute match) with a fallback, on-duty and capacity filters,
 * and the round_robin / weighted / least_loaded strategies. Deterministic: the state the
 * caller keeps is one opaque `cursor` string (and an optional seed).
 */
import { evaluateLogic } from './logic/evaluate';
import { truthy } from './logic/truthy';
import type { AssignmentPolicyView, AssignmentRouteView } from './types';
import { pickByStrategy } from './strategies';

export interface Candidate {
  id: string;
  onDuty: boolean;
  openLeads: number;
  weight?: number;
  skills?: string[];
  industries?: string[];
  regions?: string[];
  teams?: string[];
}

export interface AssignmentChoice {
  ownerId: string | null;
  strategy: string;
  routeId?: string;
  reason: string;
}

export interface AssignmentState {
  cursor?: string | null;
  seed?: number;
}

const MATCH_KEYS = ['skills', 'industries', 'regions', 'teams'] as const;

function matchesRoute(c: Candidate, route: AssignmentRouteView): boolean {
  const match = route.match ?? {};
  return MATCH_KEYS.every((k) => {
    const wanted = match[k];
    if (!wanted || wanted.length === 0) return true;
    const have = c[k] ?? [];
    return wanted.some((w) => have.includes(w));
  });
}

function routeHolds(route: AssignmentRouteView, lead: Record<string, unknown>): boolean {
  if (route.when === undefined) return true;
  try {
    return truthy(evaluateLogic(route.when, lead));
  } catch {
    return false;
  }
}

export function availableCandidates(
  policy: AssignmentPolicyView,
  candidates: readonly Candidate[],
): Candidate[] {
  const cap = policy.capacity?.maxOpenLeads;
  return candidates.filter(
    (c) => (!policy.onDutyOnly || c.onDuty) && (cap === undefined || c.openLeads < cap),
  );
}

export function chooseOwner(
  policy: AssignmentPolicyView,
  lead: Record<string, unknown>,
  candidates: readonly Candidate[],
  state: AssignmentState,
): AssignmentChoice & { cursor: string | null } {
  const strategy = policy.strategy;
  const cursor = state.cursor ?? null;
  const pool = availableCandidates(policy, candidates);
  const notes: string[] = [];
  let chosenPool: Candidate[] | null = null;
  let routeId: string | undefined;
  let anyRouteHeld = false;
  for (const route of policy.routes ?? []) {
    if (!routeHolds(route, lead)) continue;
    anyRouteHeld = true;
    const matched = pool.filter((c) => matchesRoute(c, route));
    if (matched.length > 0) {
      chosenPool = matched;
      routeId = route.id;
      notes.push(`route ${route.id}`);
      break;
    }
    notes.push(`route ${route.id} has no available rep`);
  }
  if (!chosenPool) {
    if (anyRouteHeld && policy.fallback === 'pool') {
      return { ownerId: null, strategy, reason: [...notes, 'fallback pool'].join('; '), cursor };
    }
    chosenPool = pool;
    notes.push(anyRouteHeld ? 'fallback any_rep' : 'no route matched');
  }
  if (chosenPool.length === 0) {
    const why = candidates.length === 0 ? 'no reps' : 'no available rep (off duty or at capacity)';
    return {
      ownerId: null,
      strategy,
      ...(routeId ? { routeId } : {}),
      reason: [why, ...notes].join('; '),
      cursor,
    };
  }
  const pick = pickByStrategy(strategy, chosenPool, cursor, state.seed);
  return {
    ownerId: pick.id,
    strategy,
    ...(routeId ? { routeId } : {}),
    reason: [pick.reason, ...notes].join('; '),
    cursor: pick.cursor,
  };
}
