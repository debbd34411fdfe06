/**
 * The rep's queue order (W1): overdue clocks first (most overdue on top), then the soonest due,
 * then by grade (A before B…), then the newest lead. Pure: `now` is passed in.
 */
export interface QueueEntry {
  id: string;
  gradeClass: string;
  createdAt: string;
  /** Due times of the lead's running clocks. */
  dueAts: string[];
}

export type Urgency = 'overdue' | 'due' | 'waiting';

/** Soonest due time of a lead's running clocks, or null. */
export function nextDue(e: QueueEntry): string | null {
  return e.dueAts.length ? e.dueAts.reduce((a, b) => (a < b ? a : b)) : null;
}

export function urgencyOf(e: QueueEntry, now: number): Urgency {
  const due = nextDue(e);
  if (!due) return 'waiting';
  return Date.parse(due) <= now ? 'overdue' : 'due';
}

export function rankQueue<T extends QueueEntry>(entries: readonly T[], now: number): T[] {
  const rank = { overdue: 0, due: 1, waiting: 2 } as const;
  return [...entries].sort((a, b) => {
    const ua = urgencyOf(a, now);
    const ub = urgencyOf(b, now);
    if (ua !== ub) return rank[ua] - rank[ub];
    const da = nextDue(a);
    const db = nextDue(b);
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (a.gradeClass !== b.gradeClass) return a.gradeClass < b.gradeClass ? -1 : 1;
    return a.createdAt < b.createdAt ? 1 : -1;
  });
}
