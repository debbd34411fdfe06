// The artefact store (MISSION.md S3): immutable versions, one published at a time, drafts on
// top of the latest version only (409 otherwise), rollback = publishing an older version again,
// and an audit entry for every change.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { checkArtifact } from '../../engine';
import type { ArtifactKind } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { artifacts, artifactVersions, users } from '../db/schema';
import { badRequest, conflict, HttpError, notFound } from '../http/errors';
import { audit } from './audit';

/** Kinds of which an organisation has exactly one artefact (form templates come one per industry and purpose). */
export const SINGLETON_KINDS: ReadonlySet<ArtifactKind> = new Set([
  'grading-rules',
  'assignment-policy',
  'sla-policy',
  'stage-gates',
  'signal-model',
  'kpi-scheme',
  'board-policy',
]);

type ArtifactRow = typeof artifacts.$inferSelect;

const summary = (a: ArtifactRow) => ({
  id: a.id,
  kind: a.kind as ArtifactKind,
  key: a.key,
  name: a.name,
  publishedVersion: a.publishedVersion,
  latestVersion: a.latestVersion,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

function contentErrors(kind: ArtifactKind, content: unknown) {
  return checkArtifact(kind, content).map((e) => ({ path: `/content${e.path}`, message: e.message }));
}

export async function listArtifacts(ctx: AppContext, kind?: ArtifactKind) {
  const rows = await ctx.db
    .select()
    .from(artifacts)
    .where(kind ? eq(artifacts.kind, kind) : undefined)
    .orderBy(asc(artifacts.kind), asc(artifacts.key));
  return rows.map(summary);
}

export async function findArtifact(ctx: AppContext, id: string): Promise<ArtifactRow> {
  const [row] = await ctx.db.select().from(artifacts).where(eq(artifacts.id, id)).limit(1);
  if (!row) throw notFound('artifact not found');
  return row;
}

export async function getVersion(ctx: AppContext, artifactId: string, version: number) {
  const [row] = await ctx.db
    .select()
    .from(artifactVersions)
    .where(and(eq(artifactVersions.artifactId, artifactId), eq(artifactVersions.version, version)))
    .limit(1);
  if (!row) throw notFound(`version ${version} not found`);
  return row;
}

export async function getArtifact(ctx: AppContext, id: string) {
  const a = await findArtifact(ctx, id);
  const published = a.publishedVersion ? await getVersion(ctx, id, a.publishedVersion) : null;
  const latest = await getVersion(ctx, id, a.latestVersion);
  return {
    ...summary(a),
    content: published?.content ?? null,
    draft: latest.state === 'draft' ? { version: latest.version, content: latest.content } : null,
  };
}

export async function listVersions(ctx: AppContext, id: string) {
  await findArtifact(ctx, id);
  const rows = await ctx.db
    .select({ v: artifactVersions, createdByName: users.name })
    .from(artifactVersions)
    .leftJoin(users, eq(users.id, artifactVersions.createdBy))
    .where(eq(artifactVersions.artifactId, id))
    .orderBy(desc(artifactVersions.version));
  return rows.map(({ v, createdByName }) => ({
    version: v.version,
    state: v.state,
    note: v.note,
    basedOn: v.basedOn,
    createdBy: v.createdBy,
    createdByName,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
  }));
}

// Versions are immutable, so a version's content can be cached for good (and frozen, so nothing
// that reads it can change it). Keeping the same object also lets the engine reuse compiled rules.
const contentCache = new Map<string, unknown>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

/** The content the engine must use for a singleton kind right now, with its id and version. */
export async function publishedOf(ctx: AppContext | { db: Tx }, kind: ArtifactKind) {
  const [row] = await ctx.db
    .select({ id: artifacts.id, version: artifactVersions.version })
    .from(artifacts)
    .innerJoin(
      artifactVersions,
      and(eq(artifactVersions.artifactId, artifacts.id), eq(artifactVersions.state, 'published')),
    )
    .where(eq(artifacts.kind, kind))
    .orderBy(asc(artifacts.createdAt))
    .limit(1);
  if (!row) return null;
  const key = `${row.id}@${row.version}`;
  let content = contentCache.get(key);
  if (content === undefined) {
    const [v] = await ctx.db
      .select({ content: artifactVersions.content })
      .from(artifactVersions)
      .where(and(eq(artifactVersions.artifactId, row.id), eq(artifactVersions.version, row.version)));
    content = deepFreeze(v!.content);
    if (contentCache.size > 500) contentCache.clear();
    contentCache.set(key, content);
  }
  return { id: row.id, version: row.version, content };
}

export interface NewArtifact {
  kind: ArtifactKind;
  key: string;
  name: { zh: string; en: string };
  content: unknown;
}

export async function createArtifact(ctx: AppContext, actor: Principal | 'system', input: NewArtifact) {
  const errors = contentErrors(input.kind, input.content);
  if (errors.length) throw badRequest(errors);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (SINGLETON_KINDS.has(input.kind)) {
      const [existing] = await tx
        .select({ id: artifacts.id })
        .from(artifacts)
        .where(eq(artifacts.kind, input.kind));
      if (existing)
        throw conflict('/kind', `an organisation has one ${input.kind} artefact; edit ${existing.id}`);
    }
    const [dup] = await tx.select({ id: artifacts.id }).from(artifacts).where(eq(artifacts.key, input.key));
    if (dup) throw conflict('/key', `key "${input.key}" is already used`);
    const [a] = await tx
      .insert(artifacts)
      .values({
        kind: input.kind,
        key: input.key,
        name: input.name,
        latestVersion: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(artifactVersions).values({
      artifactId: a!.id,
      version: 1,
      content: input.content,
      state: 'draft',
      createdBy: actor === 'system' ? null : actor.kind === 'user' ? actor.id : null,
      createdAt: now,
    });
    await audit(tx, ctx.clock, actor, {
      action: 'artifact.created',
      entity: 'artifact',
      entityId: a!.id,
      detail: { kind: input.kind, key: input.key },
    });
    return summary(a!);
  });
}

export async function saveDraft(
  ctx: AppContext,
  actor: Principal,
  id: string,
  input: { content: unknown; baseVersion: number },
) {
  const a = await findArtifact(ctx, id);
  if (input.baseVersion !== a.latestVersion) {
    throw conflict(
      '/baseVersion',
      `version ${input.baseVersion} is stale: the latest is ${a.latestVersion}; reload and reapply your change`,
    );
  }
  const errors = contentErrors(a.kind as ArtifactKind, input.content);
  if (errors.length) throw badRequest(errors);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The conditional update is the real guard: of two concurrent saves on one base, one wins.
    const bumped = await tx
      .update(artifacts)
      .set({ latestVersion: sql`${artifacts.latestVersion} + 1`, updatedAt: now })
      .where(and(eq(artifacts.id, id), eq(artifacts.latestVersion, input.baseVersion)))
      .returning({ latestVersion: artifacts.latestVersion });
    if (bumped.length === 0)
      throw conflict('/baseVersion', 'someone saved a newer version meanwhile; reload');
    const version = bumped[0]!.latestVersion;
    await tx.insert(artifactVersions).values({
      artifactId: id,
      version,
      content: input.content,
      state: 'draft',
      basedOn: input.baseVersion,
      createdBy: actor.kind === 'user' ? actor.id : null,
      createdAt: now,
    });
    await audit(tx, ctx.clock, actor, {
      action: 'artifact.draft_saved',
      entity: 'artifact',
      entityId: id,
      detail: { version, basedOn: input.baseVersion },
    });
    return { version };
  });
}

export async function publishVersion(
  ctx: AppContext,
  actor: Principal | 'system',
  id: string,
  version: number,
  note: string,
) {
  const a = await findArtifact(ctx, id);
  const v = await getVersion(ctx, id, version);
  if (v.state === 'published') throw conflict('/version', `version ${version} is already published`);
  const errors = contentErrors(a.kind as ArtifactKind, v.content);
  if (errors.length)
    throw new HttpError(400, [
      { path: '', message: `version ${version} no longer passes its checks` },
      ...errors,
    ]);
  const now = ctx.clock.now();
  const actorId = actor === 'system' || actor.kind !== 'user' ? null : actor.id;
  const rollback = a.publishedVersion !== null && version < a.publishedVersion;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(artifactVersions)
      .set({ state: 'retired' })
      .where(and(eq(artifactVersions.artifactId, id), eq(artifactVersions.state, 'published')));
    await tx
      .update(artifactVersions)
      .set({ state: 'published', note, publishedAt: now, publishedBy: actorId })
      .where(and(eq(artifactVersions.artifactId, id), eq(artifactVersions.version, version)));
    await tx.update(artifacts).set({ publishedVersion: version, updatedAt: now }).where(eq(artifacts.id, id));
    await audit(tx, ctx.clock, actor, {
      action: rollback ? 'artifact.rolled_back' : 'artifact.published',
      entity: 'artifact',
      entityId: id,
      detail: { version, previous: a.publishedVersion, note },
    });
  });
  return getArtifact(ctx, id);
}
