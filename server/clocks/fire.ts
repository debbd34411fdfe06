// Fires the due steps of claimed clock rows. Each row's ladder step advances in the same
// transaction as the events it causes, so a step fires exactly once, whichever server claims it.
import { sql } from 'drizzle-orm';
import { escalationLadder, type LadderStep } from '../../engine';
import type { Clock } from '../context';
import type { Tx } from '../db/client';
import type { slaClocks } from '../db/schema';
import type { Emit } from '../events/record';
import { runAction } from './actions';
import type { LeadBrief } from './lead';
import { policyVersion } from './policy';

export type ClockRow = typeof slaClocks.$inferSelect;

export interface FirePlan {
  row: ClockRow;
  lead: LeadBrief;
  fired: LadderStep[];
  step: number;
  next: number | null;
  breachedNow: boolean;
}

/** Which steps of the row are due now (pure but for the cached policy lookup). */
export async function planFire(tx: Tx, row: ClockRow, lead: LeadBrief, now: Date): Promise<FirePlan> {
  const policy = await policyVersion(tx, row.policyArtifactId, row.policyVersion);
  const def = policy?.content.clocks.find((c) => c.id === row.kind);
  const ladder = def && policy ? escalationLadder(def, row.startedAt.getTime(), policy.calendar) : [];
  const fired: LadderStep[] = [];
  let step = row.ladderStep;
  while (step < ladder.length && ladder[step]!.fireAt <= now.getTime()) fired.push(ladder[step++]!);
  const breachedNow =
    row.state === 'running' && fired.some((s) => s.breach || s.fireAt >= row.dueAt.getTime());
  return { row, lead, fired, step, next: ladder[step]?.fireAt ?? null, breachedNow };
}

/**
 * Advances the rows' ladder steps in one statement, guarded by the step each was read at: a row
 * changed meanwhile (met or cancelled by an event) is left alone. Returns the ids advanced.
 */
export async function advance(tx: Tx, plans: FirePlan[]): Promise<Set<string>> {
  if (!plans.length) return new Set();
  const json = JSON.stringify(
    plans.map((p) => ({
      id: p.row.id,
      old: p.row.ladderStep,
      step: p.step,
      next: p.next === null ? null : new Date(p.next).toISOString(),
      breach: p.breachedNow,
    })),
  );
  const result = await tx.execute(sql`update sla_clocks c
    set ladder_step = v.step, next_fire_at = v.next,
      state = case when v.breach then 'breached' else c.state end
    from jsonb_to_recordset(${json}::jsonb) as v(id uuid, old int, step int, next timestamptz, breach boolean)
    where c.id = v.id and c.ladder_step = v.old and c.next_fire_at is not null
      and c.state in ('running', 'breached')
    returning c.id`);
  const rows = ((result as { rows?: { id: string }[] }).rows ?? []) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Emits the plan's events and runs its escalation actions. */
export async function runPlan(tx: Tx, emit: Emit, clock: Clock, plan: FirePlan): Promise<void> {
  const { row, lead } = plan;
  for (const s of plan.fired) {
    const at = clock.now();
    const about = {
      clockId: row.id,
      kind: row.kind,
      step: s.index,
      stepAt: s.at,
      action: s.action,
      dueAt: row.dueAt.toISOString(),
      scheduledFor: new Date(s.fireAt).toISOString(),
    };
    if (s.breach && plan.breachedNow)
      await emit({ leadId: lead.id, type: 'clock.breached', at, ownerId: lead.ownerId, data: about });
    if (s.action) await runAction(s.action, { tx, emit, at, lead, about });
  }
}
