// Choosing another owner when a clock's ladder says "reassign": the published assignment
// policy's strategy (engine chooseOwner) over the active reps, the current owner excluded.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { chooseOwner, type Candidate } from '../../engine';
import type { AssignmentPolicy } from '../../schemas';
import type { Tx } from '../db/client';
import { artifacts, artifactVersions, engineState, leads, users } from '../db/schema';

const OPEN = ['new', 'assigned', 'contacted', 'qualified'];
const FALLBACK_POLICY = {
  strategy: 'least_loaded',
  onDutyOnly: true,
  fallback: 'any_rep',
} as AssignmentPolicy;

async function candidates(tx: Tx, exclude: string | null): Promise<Candidate[]> {
  const reps = (
    await tx
      .select()
      .from(users)
      .where(and(eq(users.role, 'rep'), eq(users.active, true)))
  ).filter((r) => r.id !== exclude);
  if (!reps.length) return [];
  const loads = await tx
    .select({ ownerId: leads.ownerId, n: sql<number>`count(*)::int` })
    .from(leads)
    .where(
      and(
        inArray(
          leads.ownerId,
          reps.map((r) => r.id),
        ),
        inArray(leads.status, OPEN),
      ),
    )
    .groupBy(leads.ownerId);
  const load = new Map(loads.map((l) => [l.ownerId, l.n]));
  return reps.map((r) => ({
    id: r.id,
    onDuty: r.onDuty,
    openLeads: load.get(r.id) ?? 0,
    weight: r.weight,
    skills: r.skills,
    industries: r.industries,
    regions: r.regions,
    teams: r.teamId ? [r.teamId] : [],
  }));
}

export interface Reassignment {
  ownerId: string | null;
  reason: string;
  artifact: { id: string; version: number } | null;
}

export async function chooseNewOwner(
  tx: Tx,
  lead: Record<string, unknown>,
  currentOwner: string | null,
  at: Date,
): Promise<Reassignment> {
  const [published] = await tx
    .select({ id: artifacts.id, version: artifactVersions.version, content: artifactVersions.content })
    .from(artifacts)
    .innerJoin(
      artifactVersions,
      and(eq(artifactVersions.artifactId, artifacts.id), eq(artifactVersions.state, 'published')),
    )
    .where(eq(artifacts.kind, 'assignment-policy'))
    .limit(1);
  const policy = (published?.content as AssignmentPolicy | undefined) ?? FALLBACK_POLICY;
  const pool = await candidates(tx, currentOwner);
  if (!published) {
    const choice = chooseOwner(policy, lead, pool, {});
    return { ownerId: choice.ownerId, reason: choice.reason, artifact: null };
  }
  // Same round-robin cursor as ingest (row-locked, so two servers take turns).
  const key = `assignment:${published.id}`;
  await tx
    .insert(engineState)
    .values({ key, value: { cursor: null }, updatedAt: at })
    .onConflictDoNothing();
  const [state] = await tx.select().from(engineState).where(eq(engineState.key, key)).for('update');
  const choice = chooseOwner(policy, lead, pool, {
    cursor: (state?.value as { cursor?: string | null } | undefined)?.cursor ?? null,
  });
  await tx
    .update(engineState)
    .set({ value: { cursor: choice.cursor }, updatedAt: at })
    .where(eq(engineState.key, key));
  return {
    ownerId: choice.ownerId,
    reason: choice.reason,
    artifact: { id: published.id, version: published.version },
  };
}
