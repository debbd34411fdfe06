/**
 * SLA clock maths (MISSION.md L5–L7): which clocks an event starts, stops or restarts, when a
 * clock is due — in wall time or business time — and when each step of its escalation ladder
 * fires. Pure: the start instant and the calendar are passed in; the server stores and fires.
 */
import { addWorkingDays, addWorkingTime, workingTimeBetween } from './business-time';
import type { BusinessCalendar, CalendarSpec } from './calendar';
import { parseIsoDuration } from './duration';
import { evaluateLogic } from './logic/evaluate';
import { truthy } from './logic/truthy';
import type { I18nText } from './types';

export type EscalationAction = 'remind_owner' | 'notify_supervisor' | 'reassign' | 'return_to_pool';

export interface ClockPolicyView {
  id: string;
  label?: I18nText;
  enabled?: boolean;
  start: string;
  stop: readonly string[];
  restartOn?: readonly string[];
  within: string;
  time: 'wall' | 'business';
  when?: unknown;
  escalation: readonly { at: string; action: EscalationAction | string }[];
}

export interface SlaPolicyView {
  calendar?: CalendarSpec;
  clocks: readonly ClockPolicyView[];
}

export interface LadderStep {
  /** Position in the fired order (what the server stores as the clock's ladder step). */
  index: number;
  /** As written in the policy: "50%", "100%", "PT30M"; the implicit breach step is "100%". */
  at: string;
  /** null for the implicit breach step of a ladder that names no action at 100%. */
  action: EscalationAction | null;
  fireAt: number;
  /** The step at which the clock is breached (its due time). */
  breach: boolean;
}

const ISO =
  /^P(?=\d|T\d)(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO duration as whole days (weeks = 7 days) plus a time part in ms. */
export function splitDuration(text: string): { weeks: number; days: number; timeMs: number } {
  const m = ISO.exec(text.trim());
  if (!m) throw new RangeError(`invalid ISO 8601 duration: ${JSON.stringify(text)}`);
  const n = (i: number) => Number(m[i] ?? 0);
  return {
    weeks: n(1),
    days: n(2),
    timeMs: Math.round(n(3) * 3_600_000 + n(4) * 60_000 + n(5) * 1000),
  };
}

/**
 * `start` + `duration`. Wall time: plain elapsed time. Business time: weeks count as five
 * working days, days as working days (same local time of day), the rest as working hours.
 */
export function addDuration(
  time: 'wall' | 'business',
  cal: BusinessCalendar,
  start: number,
  duration: string,
): number {
  if (time === 'wall') return start + parseIsoDuration(duration);
  const { weeks, days, timeMs } = splitDuration(duration);
  const wholeDays = Math.floor(weeks * 5 + days);
  const fractionMs = Math.round((weeks * 5 + days - wholeDays) * (cal.closeMs - cal.openMs));
  return addWorkingTime(cal, addWorkingDays(cal, start, wholeDays), timeMs + fractionMs);
}

export function clockDueAt(clock: ClockPolicyView, start: number, cal: BusinessCalendar): number {
  return addDuration(clock.time, cal, start, clock.within);
}

const PERCENT = /^(\d{1,3})%$/;

/** The ladder in firing order, with the breach (100%) always present. */
export function escalationLadder(clock: ClockPolicyView, start: number, cal: BusinessCalendar): LadderStep[] {
  const due = clockDueAt(clock, start, cal);
  const share = (pct: number) =>
    clock.time === 'wall'
      ? start + Math.round(((due - start) * pct) / 100)
      : addWorkingTime(cal, start, Math.round((workingTimeBetween(cal, start, due) * pct) / 100));
  const steps: Omit<LadderStep, 'index'>[] = clock.escalation.map((s) => {
    const pct = PERCENT.exec(s.at);
    const action = s.action as EscalationAction;
    if (pct) {
      const p = Math.min(100, Number(pct[1]));
      return { at: s.at, action, fireAt: p >= 100 ? due : share(p), breach: p >= 100 };
    }
    return { at: s.at, action, fireAt: addDuration(clock.time, cal, due, s.at), breach: false };
  });
  if (!steps.some((s) => s.breach)) steps.push({ at: '100%', action: null, fireAt: due, breach: true });
  // Stable order by time; at equal times the breach comes before steps after the breach.
  const rank = (s: Omit<LadderStep, 'index'>) => (s.breach ? 0 : s.fireAt >= due ? 1 : -1);
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.fireAt - b.s.fireAt || rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }, index) => ({ ...s, index }));
}

/** Whether the clock applies to the lead (`when`, e.g. class A only); a broken rule never holds. */
export function clockApplies(clock: ClockPolicyView, lead: Record<string, unknown>): boolean {
  if (clock.enabled === false) return false;
  if (clock.when === undefined || clock.when === null) return true;
  try {
    return truthy(evaluateLogic(clock.when, lead));
  } catch {
    return false;
  }
}

export interface ClockReactions {
  start: ClockPolicyView[];
  stop: ClockPolicyView[];
  restart: ClockPolicyView[];
}

/** What an event of `type` does to the policy's clocks. A stop wins over a start of the same clock. */
export function clockReactions(policy: SlaPolicyView, type: string): ClockReactions {
  const enabled = policy.clocks.filter((c) => c.enabled !== false);
  const stop = enabled.filter((c) => c.stop.includes(type));
  const stopped = new Set(stop.map((c) => c.id));
  return {
    stop,
    start: enabled.filter((c) => c.start === type && !stopped.has(c.id)),
    restart: enabled.filter((c) => (c.restartOn ?? []).includes(type) && !stopped.has(c.id)),
  };
}

/** The event types that matter to a policy (so a server can skip all others cheaply). */
export function clockEventTypes(policy: SlaPolicyView): Set<string> {
  const types = new Set<string>();
  for (const c of policy.clocks) {
    types.add(c.start);
    c.stop.forEach((t) => types.add(t));
    (c.restartOn ?? []).forEach((t) => types.add(t));
  }
  return types;
}
