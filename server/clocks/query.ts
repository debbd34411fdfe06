// The read side: a lead's clocks (for GET /api/leads/:id) and its timeline of events.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { leadEvents, slaClocks, users } from '../db/schema';
import { policyVersion } from './policy';

export interface ClockView {
  id: string;
  kind: string;
  label: { zh: string; en: string } | null;
  state: 'running' | 'met' | 'breached' | 'cancelled';
  time: 'wall' | 'business' | null;
  startedAt: string;
  dueAt: string;
  stoppedAt: string | null;
  stoppedBy: string | null;
  nextFireAt: string | null;
  policy: { id: string; version: number };
}

export async function leadClocks(db: Db, leadId: string): Promise<ClockView[]> {
  const rows = await db
    .select()
    .from(slaClocks)
    .where(eq(slaClocks.leadId, leadId))
    .orderBy(asc(slaClocks.startedAt), asc(slaClocks.kind));
  const out: ClockView[] = [];
  for (const r of rows) {
    const policy = await policyVersion(db, r.policyArtifactId, r.policyVersion);
    const def = policy?.content.clocks.find((c) => c.id === r.kind);
    out.push({
      id: r.id,
      kind: r.kind,
      label: def?.label ?? null,
      state: r.state as ClockView['state'],
      time: def?.time ?? null,
      startedAt: r.startedAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      stoppedAt: r.stoppedAt?.toISOString() ?? null,
      stoppedBy: r.stoppedBy,
      nextFireAt: r.nextFireAt?.toISOString() ?? null,
      policy: { id: r.policyArtifactId, version: r.policyVersion },
    });
  }
  return out;
}

export async function leadTimeline(db: Db, leadId: string) {
  const rows = await db
    .select({
      id: leadEvents.id,
      type: leadEvents.type,
      at: leadEvents.at,
      actorId: leadEvents.actorId,
      actorName: users.name,
      data: leadEvents.data,
    })
    .from(leadEvents)
    .leftJoin(users, sql`${users.id}::text = ${leadEvents.actorId}`)
    .where(eq(leadEvents.leadId, leadId))
    .orderBy(asc(leadEvents.at), asc(leadEvents.id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName ?? null,
      data: r.data,
    })),
  };
}
