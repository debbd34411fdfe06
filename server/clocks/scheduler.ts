// The clock scheduler (ARCHITECTURE.md "Time and clocks"): every tick it asks the context's
// clock for the time, claims due rows with FOR UPDATE SKIP LOCKED (so several servers share
// the work) and fires their ladder steps in the claiming transaction. Overdue rows left by a
// stopped server are simply due rows: they fire on the first tick after a restart.
import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { leads, slaClocks } from '../db/schema';
import { leadBrief } from './lead';
import { withBatchedLeadEvents as withLeadEvents } from './batch-events';
import type { Emit } from '../events/record';
import { advance, planFire, runPlan } from './fire';

export interface SchedulerOptions {
  /** Pause between ticks when nothing more is due (ms). */
  intervalMs?: number;
  /** Rows claimed per transaction. */
  batchSize?: number;
  /** How far a row that keeps failing is pushed back (ms). */
  retryDelayMs?: number;
}

export interface Scheduler {
  /** Claims and fires what is due now; returns the number of rows claimed. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

const due = (now: Date) => and(isNotNull(slaClocks.nextFireAt), lte(slaClocks.nextFireAt, now));

/**
 * Locks due clock rows together with their lead rows, skipping any that another transaction
 * holds. Everything that changes a lead's clocks locks the lead first (the reactor does too),
 * so schedulers and requests never wait on each other in opposite orders.
 */
async function claim(tx: Tx, now: Date, limit: number, id?: string) {
  return tx
    .select({ clock: slaClocks, lead: leadBrief })
    .from(slaClocks)
    .innerJoin(leads, eq(leads.id, slaClocks.leadId))
    .where(and(due(now), id ? eq(slaClocks.id, id) : undefined))
    .orderBy(asc(slaClocks.nextFireAt))
    .limit(limit)
    .for('no key update', { of: [slaClocks, leads], skipLocked: true });
}

/**
 * Fires the claimed rows in rounds of one row per lead: an action on a lead (a reassignment)
 * may cancel its other clocks, so a lead's further rows are re-read before their round.
 */
async function fireClaimed(ctx: AppContext, tx: Tx, emit: Emit, claimed: Claimed, now: Date) {
  let rest = claimed;
  for (let round = 0; rest.length; round++) {
    const seen = new Set<string>();
    const later: Claimed = [];
    const plans = [];
    if (round > 0) {
      const fresh = await tx
        .select()
        .from(slaClocks)
        .where(
          inArray(
            slaClocks.id,
            rest.map((r) => r.clock.id),
          ),
        );
      const leadsNow = await tx
        .select(leadBrief)
        .from(leads)
        .where(
          inArray(
            leads.id,
            rest.map((r) => r.lead.id),
          ),
        );
      const byId = new Map(fresh.map((c) => [c.id, c]));
      const leadById = new Map(leadsNow.map((l) => [l.id, l]));
      rest = rest.flatMap((r) => {
        const clock = byId.get(r.clock.id);
        const lead = leadById.get(r.lead.id);
        return clock && lead ? [{ clock, lead }] : [];
      });
    }
    for (const item of rest) {
      if (seen.has(item.lead.id)) {
        later.push(item);
        continue;
      }
      seen.add(item.lead.id);
      plans.push(await planFire(tx, item.clock, item.lead, now));
    }
    const advanced = await advance(tx, plans);
    for (const plan of plans) if (advanced.has(plan.row.id)) await runPlan(tx, emit, ctx.clock, plan);
    rest = later;
  }
}
type Claimed = Awaited<ReturnType<typeof claim>>;

const transient = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  return code === '40P01' || code === '40001';
};

export function createScheduler(ctx: AppContext, opts: SchedulerOptions = {}): Scheduler {
  const batchSize = opts.batchSize ?? 500;
  const retryDelayMs = opts.retryDelayMs ?? 60_000;

  const batch = (now: Date) =>
    withLeadEvents(ctx, async (tx, emit) => {
      const rows = await claim(tx, now, batchSize);
      await fireClaimed(ctx, tx, emit, rows, now);
      return rows.length;
    });

  /** After a failed batch: one row per transaction, so one bad row cannot block the others. */
  async function oneByOne(now: Date): Promise<number> {
    const ids = await ctx.db.select({ id: slaClocks.id }).from(slaClocks).where(due(now)).limit(batchSize);
    for (const { id } of ids) {
      try {
        await withLeadEvents(ctx, async (tx, emit) => {
          await fireClaimed(ctx, tx, emit, await claim(tx, now, 1, id), now);
        });
      } catch (err) {
        if (transient(err)) continue; // left due: the next tick takes it again
        ctx.log.error(`clock ${id} failed to fire; retrying later`, err);
        await ctx.db
          .update(slaClocks)
          .set({ nextFireAt: new Date(now.getTime() + retryDelayMs) })
          .where(eq(slaClocks.id, id))
          .catch(() => undefined);
      }
    }
    return ids.length;
  }

  const tick = async () => {
    const now = ctx.clock.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await batch(now);
      } catch (err) {
        if (transient(err) && attempt < 3) continue;
        ctx.log.error('clock batch failed; firing one by one', err);
        return oneByOne(now);
      }
    }
  };
  return { tick, stop: async () => {} };
}

/** Runs `tick` in a loop: at once while full batches come back, otherwise every intervalMs. */
export function startScheduler(ctx: AppContext, opts: SchedulerOptions = {}): Scheduler {
  const scheduler = createScheduler(ctx, opts);
  const intervalMs = opts.intervalMs ?? 250;
  const batchSize = opts.batchSize ?? 500;
  let running = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let current: Promise<void> = Promise.resolve();

  const loop = async (): Promise<void> => {
    if (!running) return;
    let claimed = 0;
    try {
      claimed = await scheduler.tick();
    } catch (err) {
      ctx.log.error('clock scheduler tick failed', err);
    }
    if (!running) return;
    timer = setTimeout(
      () => {
        current = loop();
      },
      claimed >= batchSize ? 0 : intervalMs,
    );
    timer.unref?.();
  };
  current = loop();

  return {
    tick: scheduler.tick,
    stop: async () => {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
