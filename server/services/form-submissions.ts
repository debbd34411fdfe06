// Form submissions (W3, C1, C7): the data of one published form template about one lead or
// opportunity. Every save is judged by the engine (evaluateForm) against the published version;
// data that breaks the template is refused with field errors and never stored; otherwise the
// submission is upserted, its revision grows and the revision's data is kept (C5 compares them).
import { and, eq } from 'drizzle-orm';
import { evaluateForm, type FormEvaluation, type FormFieldError } from '../../engine/forms';
import type { FormTemplate } from '../../schemas';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import {
  artifacts,
  artifactVersions,
  formSubmissionRevisions,
  formSubmissions,
  leads,
  opportunities,
  users,
} from '../db/schema';
import { isUuid } from '../http/body';
import { conflict, forbidden, HttpError, notFound } from '../http/errors';

export type SubjectType = 'lead' | 'opportunity';

export interface PublishedTemplate {
  id: string;
  key: string;
  name: { zh: string; en: string };
  version: number;
  content: FormTemplate;
}

/** Codes that only mean "not finished yet": reported with a 200, never a reason to refuse a save. */
const INCOMPLETE_CODES: ReadonlySet<string> = new Set(['required', 'minItems']);

export const blockingErrors = (errors: FormFieldError[]) =>
  errors.filter((e) => !INCOMPLETE_CODES.has(e.code));

// Published versions are immutable: cache their content (frozen, so the engine's per-object caches hold).
const contentCache = new Map<string, FormTemplate>();
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

/** The published version of a form-template artefact; 404 when unknown, not a form or unpublished. */
export async function getPublishedTemplate(ctx: AppContext, templateId: string): Promise<PublishedTemplate> {
  if (!isUuid(templateId)) throw notFound('form template not found');
  const [a] = await ctx.db.select().from(artifacts).where(eq(artifacts.id, templateId)).limit(1);
  if (!a || a.kind !== 'form-template') throw notFound('form template not found');
  if (!a.publishedVersion) throw notFound('form template has no published version');
  const cacheKey = `${a.id}@${a.publishedVersion}`;
  let content = contentCache.get(cacheKey);
  if (!content) {
    const [v] = await ctx.db
      .select({ content: artifactVersions.content })
      .from(artifactVersions)
      .where(and(eq(artifactVersions.artifactId, a.id), eq(artifactVersions.version, a.publishedVersion)));
    if (!v) throw notFound('form template version not found');
    content = deepFreeze(v.content as FormTemplate);
    if (contentCache.size > 200) contentCache.clear();
    contentCache.set(cacheKey, content);
  }
  return { id: a.id, key: a.key, name: a.name, version: a.publishedVersion, content };
}

interface Subject {
  type: SubjectType;
  id: string;
  ownerId: string | null;
}

/** The lead or opportunity with this id (either table), or null. */
async function findSubject(ctx: AppContext, subjectId: string): Promise<Subject | null> {
  if (!isUuid(subjectId)) return null;
  const [o] = await ctx.db
    .select({ ownerId: opportunities.ownerId })
    .from(opportunities)
    .where(eq(opportunities.id, subjectId))
    .limit(1);
  if (o) return { type: 'opportunity', id: subjectId, ownerId: o.ownerId };
  const [l] = await ctx.db
    .select({ ownerId: leads.ownerId })
    .from(leads)
    .where(eq(leads.id, subjectId))
    .limit(1);
  return l ? { type: 'lead', id: subjectId, ownerId: l.ownerId } : null;
}

/** Whether `who` may see the subject: all, their team's (owner in their team) or their own. */
async function sees(ctx: AppContext, who: Principal, s: Subject): Promise<boolean> {
  const area = s.type === 'lead' ? 'leads' : 'opportunities';
  if (can(who, `${area}:read:all`)) return true;
  if (who.kind !== 'user' || !s.ownerId) return false;
  if (s.ownerId === who.id && (can(who, `${area}:read:own`) || can(who, `${area}:read:team`))) return true;
  if (can(who, `${area}:read:team`) && who.teamId) {
    const [owner] = await ctx.db.select({ teamId: users.teamId }).from(users).where(eq(users.id, s.ownerId));
    return owner?.teamId === who.teamId;
  }
  return false;
}

/** The subject if visible to `who`; 404 otherwise (no hint that the id exists). */
async function visibleSubject(ctx: AppContext, who: Principal, subjectId: string): Promise<Subject> {
  const s = await findSubject(ctx, subjectId);
  if (!s || !(await sees(ctx, who, s))) throw notFound('subject not found');
  return s;
}

/** Who may write which form: delivery assessments need opportunities:assess, the others opportunities:edit. */
function mayWrite(who: Principal, template: FormTemplate): boolean {
  return template.purpose === 'delivery_assessment'
    ? can(who, 'opportunities:assess')
    : can(who, 'opportunities:edit');
}

type SubmissionRow = typeof formSubmissions.$inferSelect;

export function submissionView(row: SubmissionRow) {
  return {
    id: row.id,
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    subjectType: row.subjectType as SubjectType,
    subjectId: row.subjectId,
    data: row.data,
    provenance: row.provenance,
    completeness: row.completeness,
    revision: row.revision,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SubmissionView = ReturnType<typeof submissionView>;

export interface SaveInput {
  templateId: string;
  subjectId: string;
  /** When given, must match the subject found (lead or opportunity). */
  subjectType?: SubjectType;
  data: Record<string, unknown>;
  provenance?: Record<string, unknown>;
  /** Optimistic concurrency: the revision the client edited (409 when another save came first). */
  baseRevision?: number;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the key order it was given. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export async function saveSubmission(
  ctx: AppContext,
  who: Principal,
  input: SaveInput,
): Promise<{ submission: SubmissionView; evaluation: FormEvaluation }> {
  const template = await getPublishedTemplate(ctx, input.templateId);
  const subject = await visibleSubject(ctx, who, input.subjectId);
  if (input.subjectType && input.subjectType !== subject.type) throw notFound('subject not found');
  if (!mayWrite(who, template.content)) throw forbidden('you may not fill in this form');
  const evaluation = evaluateForm(template.content, input.data);
  const blocking = blockingErrors(evaluation.errors).map((e) => ({ ...e, path: `/data${e.path}` }));
  if (blocking.length) throw new HttpError(400, blocking);

  const now = ctx.clock.now();
  const userId = who.kind === 'user' ? who.id : null;
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(formSubmissions)
      .where(and(eq(formSubmissions.templateId, template.id), eq(formSubmissions.subjectId, subject.id)))
      .for('update');
    if (input.baseRevision !== undefined && input.baseRevision !== (current?.revision ?? 0)) {
      throw conflict(
        '/baseRevision',
        `revision ${input.baseRevision} is stale: the form was saved meanwhile (revision ${current?.revision ?? 0})`,
      );
    }
    const provenance = { ...(current?.provenance ?? {}), ...(input.provenance ?? {}) };
    // An unchanged autosave keeps the current revision.
    if (
      current &&
      current.templateVersion === template.version &&
      sameJson(current.data, input.data) &&
      sameJson(current.provenance, provenance)
    ) {
      return current;
    }
    const values = {
      templateVersion: template.version,
      data: input.data,
      completeness: evaluation.completeness,
      provenance,
      updatedBy: userId,
      updatedAt: now,
    };
    const [saved] = current
      ? await tx
          .update(formSubmissions)
          .set({ ...values, revision: current.revision + 1 })
          .where(eq(formSubmissions.id, current.id))
          .returning()
      : await tx
          .insert(formSubmissions)
          .values({
            ...values,
            templateId: template.id,
            subjectType: subject.type,
            subjectId: subject.id,
            revision: 1,
            createdAt: now,
          })
          .returning();
    await tx.insert(formSubmissionRevisions).values({
      submissionId: saved!.id,
      revision: saved!.revision,
      templateVersion: template.version,
      data: input.data,
      savedBy: userId,
      savedAt: now,
    });
    return saved!;
  });
  const submission = submissionView(row);
  ctx.bus.publish({
    type: 'form.saved',
    at: now.toISOString(),
    ...(subject.type === 'lead' ? { leadId: subject.id } : {}),
    ownerId: subject.ownerId,
    data: {
      templateId: template.id,
      templateVersion: template.version,
      subjectType: subject.type,
      subjectId: subject.id,
      revision: submission.revision,
      completeness: evaluation.completeness,
      firedTriggers: evaluation.firedTriggers.map((t) => t.id),
    },
  });
  return { submission, evaluation };
}

/** The current submission of a form about a subject the caller may see; 404 when none. */
export async function getSubmission(ctx: AppContext, who: Principal, templateId: string, subjectId: string) {
  const template = await getPublishedTemplate(ctx, templateId);
  const subject = await visibleSubject(ctx, who, subjectId);
  const [row] = await ctx.db
    .select()
    .from(formSubmissions)
    .where(and(eq(formSubmissions.templateId, template.id), eq(formSubmissions.subjectId, subject.id)))
    .limit(1);
  if (!row) throw notFound('no submission yet');
  return { submission: submissionView(row), template };
}

/** The revisions of a submission, newest first (data included: C5 compares exact versions). */
export async function listRevisions(ctx: AppContext, who: Principal, templateId: string, subjectId: string) {
  const { submission } = await getSubmission(ctx, who, templateId, subjectId);
  const rows = await ctx.db
    .select()
    .from(formSubmissionRevisions)
    .where(eq(formSubmissionRevisions.submissionId, submission.id));
  return rows
    .sort((a, b) => b.revision - a.revision)
    .map((r) => ({
      revision: r.revision,
      templateVersion: r.templateVersion,
      data: r.data,
      savedBy: r.savedBy,
      savedAt: r.savedAt.toISOString(),
    }));
}
