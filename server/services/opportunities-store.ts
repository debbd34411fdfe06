// Shared plumbing of the opportunity services (C1–C6): record-level scope, the published
// artefacts they interpret, and recording opportunity events with a live push after commit.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { FormTemplate, StageGates } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { artifacts, artifactVersions, opportunities, opportunityEvents, users } from '../db/schema';
import type { DomainEvent } from '../events/bus';
import { forbidden, HttpError, notFound } from '../http/errors';
import { publishedOf } from './artifacts';

export type OpportunityRow = typeof opportunities.$inferSelect;
type DbLike = AppContext['db'] | Tx;

/** The WHERE clause limiting which opportunities `who` may see (all, team, own); 403 if none. */
export async function opportunityScope(ctx: AppContext, who: Principal): Promise<SQL | undefined> {
  if (can(who, 'opportunities:read:all')) return undefined;
  if (who.kind !== 'user') throw forbidden();
  if (can(who, 'opportunities:read:team') && who.teamId) {
    const members = await ctx.db.select({ id: users.id }).from(users).where(eq(users.teamId, who.teamId));
    return inArray(opportunities.ownerId, [who.id, ...members.map((m) => m.id)]);
  }
  if (can(who, 'opportunities:read:own') || can(who, 'opportunities:read:team'))
    return eq(opportunities.ownerId, who.id);
  throw forbidden();
}

/** An opportunity the caller may see; outside the scope it simply does not exist (404). */
export async function loadVisible(ctx: AppContext, who: Principal, id: string): Promise<OpportunityRow> {
  const [row] = await ctx.db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, id), await opportunityScope(ctx, who)))
    .limit(1);
  if (!row) throw notFound('opportunity not found');
  return row;
}

export interface PublishedForm {
  id: string;
  key: string;
  version: number;
  content: FormTemplate;
}

/** The published version of a form-template artefact, by id or key. */
export async function publishedForm(
  db: DbLike,
  by: { id: string } | { key: string },
): Promise<PublishedForm | null> {
  const [row] = await db
    .select({
      id: artifacts.id,
      key: artifacts.key,
      version: artifactVersions.version,
      content: artifactVersions.content,
    })
    .from(artifacts)
    .innerJoin(
      artifactVersions,
      and(eq(artifactVersions.artifactId, artifacts.id), eq(artifactVersions.state, 'published')),
    )
    .where(
      and(
        eq(artifacts.kind, 'form-template'),
        'id' in by ? eq(artifacts.id, by.id) : eq(artifacts.key, by.key),
      ),
    )
    .orderBy(asc(artifacts.createdAt))
    .limit(1);
  return row
    ? { id: row.id, key: row.key, version: row.version, content: row.content as FormTemplate }
    : null;
}

/** A form of a given version (comparisons name the exact versions they used). */
export async function formVersion(db: DbLike, id: string, version: number): Promise<FormTemplate | null> {
  const [row] = await db
    .select({ content: artifactVersions.content })
    .from(artifactVersions)
    .where(and(eq(artifactVersions.artifactId, id), eq(artifactVersions.version, version)))
    .limit(1);
  return (row?.content as FormTemplate | undefined) ?? null;
}

export interface PublishedGates {
  id: string;
  version: number;
  content: StageGates;
}

/** The published stage-gates artefact (C1); without one no stage can be judged. */
export async function publishedGates(ctx: AppContext | { db: Tx }): Promise<PublishedGates> {
  const p = await publishedOf(ctx, 'stage-gates');
  if (!p) throw new HttpError(409, [{ path: '', message: 'no published stage-gates artefact' }]);
  return { id: p.id, version: p.version, content: p.content as StageGates };
}

export interface OpportunityEventInput {
  opportunityId: string;
  type: string;
  at: Date;
  actorId?: string | null;
  data?: Record<string, unknown>;
  /** Who the live push is for (default: the opportunity's owner). */
  notify?: (string | null)[];
  ownerId?: string | null;
}
export type EmitOpportunityEvent = (e: OpportunityEventInput) => Promise<void>;

/**
 * Runs `work` in a transaction whose `emit` writes the opportunity's timeline; the live events
 * (SSE) go out after the commit, one per recipient (the owner, or the named users).
 */
export async function withOpportunityEvents<T>(
  ctx: AppContext,
  work: (tx: Tx, emit: EmitOpportunityEvent) => Promise<T>,
): Promise<T> {
  const committed: DomainEvent[] = [];
  const result = await ctx.db.transaction(async (tx) => {
    committed.length = 0;
    const emit: EmitOpportunityEvent = async (e) => {
      await tx.insert(opportunityEvents).values({
        opportunityId: e.opportunityId,
        type: e.type,
        at: e.at,
        actorId: e.actorId ?? null,
        data: e.data ?? {},
      });
      const recipients = new Set((e.notify ?? [e.ownerId ?? null]).filter((x): x is string => !!x));
      for (const ownerId of recipients)
        committed.push({
          type: e.type,
          at: e.at.toISOString(),
          ownerId,
          data: { ...(e.data ?? {}), opportunityId: e.opportunityId },
        });
    };
    return work(tx, emit);
  });
  for (const e of committed) ctx.bus.publish(e);
  return result;
}

export const actorOf = (who: Principal): string | null => (who.kind === 'user' ? who.id : null);
