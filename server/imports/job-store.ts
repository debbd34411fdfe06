// Import jobs as rows (state, counters, mapping), so progress survives a page reload and a job
// interrupted by a crash is reported as failed instead of "running" for ever.
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { jobs } from '../db/schema';

export type JobRow = typeof jobs.$inferSelect;
export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Counters {
  total: number;
  processed: number;
  accepted: number;
  rejected: number;
}

export function jobView(j: JobRow) {
  const p = j.params as {
    mapping?: Record<string, string>;
    fileName?: string;
    format?: string;
    headers?: string[];
  };
  return {
    id: j.id,
    kind: j.kind,
    state: j.state as JobState,
    total: j.total,
    processed: j.processed,
    accepted: j.accepted,
    rejected: j.rejected,
    mapping: p.mapping ?? {},
    headers: p.headers ?? [],
    fileName: p.fileName ?? null,
    format: p.format ?? null,
    error: j.error,
    createdBy: j.createdBy,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}
export type JobView = ReturnType<typeof jobView>;

export async function createJob(
  ctx: AppContext,
  kind: string,
  createdBy: string | null,
  params: Record<string, unknown>,
) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(jobs)
    .values({
      kind,
      state: 'queued',
      params: { ...params, heartbeatAt: now.toISOString() },
      createdBy,
      createdAt: now,
    })
    .returning();
  return row!;
}

export async function findJob(ctx: AppContext, id: string): Promise<JobRow | null> {
  const [row] = await ctx.db.select().from(jobs).where(eq(jobs.id, id)).limit(1);
  return row ?? null;
}

export async function updateJob(
  ctx: AppContext,
  id: string,
  set: Partial<Counters> & { state?: JobState; error?: string | null; startedAt?: Date; finishedAt?: Date },
) {
  const [row] = await ctx.db
    .update(jobs)
    .set({
      ...set,
      params: sql`${jobs.params} || ${JSON.stringify({ heartbeatAt: ctx.clock.now().toISOString() })}::jsonb`,
    })
    .where(eq(jobs.id, id))
    .returning();
  return row!;
}

/** Tells other processes these jobs are still alive (see failInterruptedJobs). */
export async function heartbeat(ctx: AppContext, ids: string[]) {
  if (!ids.length) return;
  await ctx.db
    .update(jobs)
    .set({
      params: sql`${jobs.params} || ${JSON.stringify({ heartbeatAt: ctx.clock.now().toISOString() })}::jsonb`,
    })
    .where(inArray(jobs.id, ids));
}

export const STALE_HEARTBEAT_MS = 90_000;

/**
 * At startup: jobs left queued or running by a process that died are marked failed. With PGlite
 * this process is the only one, so all of them; on PostgreSQL, those without a recent heartbeat.
 */
export async function failInterruptedJobs(ctx: AppContext): Promise<JobRow[]> {
  const now = ctx.clock.now();
  const open = inArray(jobs.state, ['queued', 'running']);
  const stale = lt(
    sql`coalesce((${jobs.params}->>'heartbeatAt')::timestamptz, ${jobs.createdAt})`,
    new Date(now.getTime() - STALE_HEARTBEAT_MS),
  );
  return ctx.db
    .update(jobs)
    .set({
      state: 'failed',
      error: 'interrupted by a server restart: import the file again',
      finishedAt: now,
    })
    .where(ctx.driver === 'pglite' ? open : and(open, or(stale)))
    .returning();
}
