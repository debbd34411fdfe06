// Reading leads with record-level scope: a rep sees their own, a manager their team's,
// a director or admin everyone's (MISSION.md S2).
import { and, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LeadQuery } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { leads, users } from '../db/schema';
import { forbidden, notFound } from '../http/errors';
import { leadClocks } from '../clocks/query';

const owner = alias(users, 'owner');
type LeadRow = typeof leads.$inferSelect;

export function toLeadView(row: LeadRow, ownerName: string | null) {
  const data = row.data as Record<string, unknown>;
  return {
    id: row.id,
    name: row.name,
    company: data.company ?? { name: row.companyName },
    contact: data.contact ?? {},
    source: data.source,
    behaviour: data.behaviour ?? {},
    tags: row.tags,
    note: data.note ?? null,
    grade: {
      class: row.gradeClass,
      score: row.gradeScore,
      hits: row.gradeHits,
      artifact: { id: row.gradeArtifactId, version: row.gradeArtifactVersion },
    },
    ownerId: row.ownerId,
    ownerName,
    assignment: {
      reason: row.assignReason,
      artifact: row.assignArtifactId
        ? { id: row.assignArtifactId, version: row.assignArtifactVersion }
        : null,
    },
    status: row.status,
    customerId: row.customerId,
    duplicateOf: row.duplicateOf,
    review: row.review,
    touchedAt: row.touchedAt?.toISOString() ?? null,
    createdVia: row.createdVia,
    createdAt: row.createdAt.toISOString(),
    assignedAt: row.assignedAt?.toISOString() ?? null,
  };
}
export type LeadView = ReturnType<typeof toLeadView>;

export async function listLeads(ctx: AppContext, who: Principal, q: LeadQuery) {
  const page = Number(q.page ?? 1);
  const pageSize = Number(q.pageSize ?? 20);
  const where = and(
    await scopeWhere(ctx, who),
    q.status ? eq(leads.status, q.status) : undefined,
    q.grade ? eq(leads.gradeClass, q.grade) : undefined,
    q.ownerId ? eq(leads.ownerId, q.ownerId) : undefined,
    q.q
      ? or(ilike(leads.name, `%${escapeLike(q.q)}%`), ilike(leads.companyName, `%${escapeLike(q.q)}%`))
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ lead: leads, ownerName: owner.name })
      .from(leads)
      .leftJoin(owner, eq(owner.id, leads.ownerId))
      .where(where)
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: count() }).from(leads).where(where),
  ]);
  return {
    items: rows.map((r) => toLeadView(r.lead, r.ownerName)),
    total: Number(total?.n ?? 0),
    page,
    pageSize,
  };
}

export async function getLead(ctx: AppContext, who: Principal, id: string) {
  const [row] = await ctx.db
    .select({ lead: leads, ownerName: owner.name })
    .from(leads)
    .leftJoin(owner, eq(owner.id, leads.ownerId))
    .where(and(eq(leads.id, id), await scopeWhere(ctx, who)))
    .limit(1);
  // Outside one's scope a lead does not exist: no hint that the id is valid.
  if (!row) throw notFound('lead not found');
  // SLA clocks (server/clocks): running, met, breached and cancelled, oldest first.
  return { ...toLeadView(row.lead, row.ownerName), clocks: await leadClocks(ctx.db, id) };
}

/** The WHERE clause that limits what `who` may see; 403 for a principal that may see none. */
async function scopeWhere(ctx: AppContext, who: Principal): Promise<SQL | undefined> {
  if (can(who, 'leads:read:all')) return undefined;
  if (who.kind !== 'user') throw forbidden();
  if (can(who, 'leads:read:team') && who.teamId) {
    const members = await ctx.db.select({ id: users.id }).from(users).where(eq(users.teamId, who.teamId));
    return inArray(leads.ownerId, [who.id, ...members.map((m) => m.id)]);
  }
  if (can(who, 'leads:read:own') || can(who, 'leads:read:team')) return eq(leads.ownerId, who.id);
  throw forbidden();
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
