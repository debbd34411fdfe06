import { and, desc, eq } from 'drizzle-orm';
import { ARTIFACT_KINDS, type ArtifactKind, type DraftSave, type Publish } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { Permission } from '../auth/roles';
import type { AppContext } from '../context';
import { auditLog, users } from '../db/schema';
import { isUuid, parseBody } from '../http/body';
import { badRequest, forbidden, notFound } from '../http/errors';
import type { Route } from '../http/routes';
import {
  createArtifact,
  findArtifact,
  getArtifact,
  getVersion,
  listArtifacts,
  listVersions,
  publishVersion,
  saveDraft,
  type NewArtifact,
} from '../services/artifacts';

const EDIT_ANY = { anyOf: ARTIFACT_KINDS.map((k) => `artifacts:edit:${k}` as Permission) };
const isKind = (v: unknown): v is ArtifactKind => ARTIFACT_KINDS.includes(v as ArtifactKind);

function mayEdit(who: Principal, kind: string) {
  if (!can(who, `artifacts:edit:${kind as ArtifactKind}`)) {
    throw forbidden(`your role may not edit ${kind} artefacts`);
  }
}

function artifactId(raw: unknown): string {
  if (!isUuid(raw)) throw notFound('artifact not found');
  return raw;
}

function versionNo(raw: unknown): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw notFound('version not found');
  return n;
}

export const artifactRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/artifacts',
    access: 'artifacts:read',
    handler: async (req, res) => {
      const kind = req.query.kind;
      if (kind !== undefined && !isKind(kind)) {
        throw badRequest([{ path: '/kind', message: `must be one of ${ARTIFACT_KINDS.join(', ')}` }]);
      }
      res.json({ items: await listArtifacts(ctx, kind) });
    },
  },
  {
    method: 'post',
    path: '/artifacts',
    access: EDIT_ANY,
    handler: async (req, res) => {
      const body = parseBody<NewArtifact>('artifactCreate', req.body);
      mayEdit(req.principal!, body.kind);
      res.status(201).json(await createArtifact(ctx, req.principal!, body));
    },
  },
  {
    method: 'get',
    path: '/artifacts/:id',
    access: 'artifacts:read',
    handler: async (req, res) => {
      res.json(await getArtifact(ctx, artifactId(req.params.id)));
    },
  },
  {
    method: 'get',
    path: '/artifacts/:id/versions',
    access: 'artifacts:read',
    handler: async (req, res) => {
      res.json({ items: await listVersions(ctx, artifactId(req.params.id)) });
    },
  },
  {
    method: 'get',
    path: '/artifacts/:id/versions/:version',
    access: 'artifacts:read',
    handler: async (req, res) => {
      const v = await getVersion(ctx, artifactId(req.params.id), versionNo(req.params.version));
      res.json({
        version: v.version,
        state: v.state,
        note: v.note,
        content: v.content,
        createdAt: v.createdAt.toISOString(),
        publishedAt: v.publishedAt?.toISOString() ?? null,
      });
    },
  },
  {
    method: 'get',
    path: '/artifacts/:id/audit',
    access: 'artifacts:read',
    handler: async (req, res) => {
      const id = artifactId(req.params.id);
      await findArtifact(ctx, id);
      const rows = await ctx.db
        .select({ a: auditLog, actorName: users.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(and(eq(auditLog.entity, 'artifact'), eq(auditLog.entityId, id)))
        .orderBy(desc(auditLog.id))
        .limit(200);
      res.json({
        items: rows.map(({ a, actorName }) => ({
          at: a.at.toISOString(),
          action: a.action,
          actorId: a.actorId,
          actorName,
          detail: a.detail,
        })),
      });
    },
  },
  {
    method: 'post',
    path: '/artifacts/:id/drafts',
    access: EDIT_ANY,
    handler: async (req, res) => {
      const id = artifactId(req.params.id);
      const body = parseBody<DraftSave>('draftSave', req.body);
      const a = await findArtifact(ctx, id);
      mayEdit(req.principal!, a.kind);
      res.status(201).json(await saveDraft(ctx, req.principal!, id, body));
    },
  },
  {
    method: 'post',
    path: '/artifacts/:id/versions/:version/publish',
    access: EDIT_ANY,
    handler: async (req, res) => {
      const id = artifactId(req.params.id);
      const version = versionNo(req.params.version);
      const body = parseBody<Publish>('publish', req.body);
      const a = await findArtifact(ctx, id);
      mayEdit(req.principal!, a.kind);
      res.json(await publishVersion(ctx, req.principal!, id, version, body.note.trim()));
    },
  },
];
