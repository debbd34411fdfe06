// The requirement form and the delivery pre-assessment of an opportunity (C1, C5): stored as form
// submissions (a new revision on every save, so comparisons can name what they compared).
import { and, eq, sql } from 'drizzle-orm';
import { evaluateForm, type FormEvaluation } from '../../engine/forms';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { formSubmissionRevisions, formSubmissions } from '../db/schema';
import { badRequest } from '../http/errors';
import { blockingErrors } from './form-submissions';
import type { PublishedForm } from './opportunities-store';

type DbLike = AppContext['db'] | Tx;
export type SubmissionRow = typeof formSubmissions.$inferSelect;

export async function findSubmission(db: DbLike, templateId: string | null, subjectId: string) {
  if (!templateId) return null;
  const [row] = await db
    .select()
    .from(formSubmissions)
    .where(and(eq(formSubmissions.templateId, templateId), eq(formSubmissions.subjectId, subjectId)))
    .limit(1);
  return row ?? null;
}

/** Field key → messages of the errors about the values themselves (missing or too few is for the gates to judge). */
export function valueErrors(evaluation: FormEvaluation): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of blockingErrors(evaluation.errors)) (out[e.field] ??= []).push(e.message);
  return out;
}

/**
 * Saves the data of `form` about an opportunity: 400 with field paths when a value breaks the
 * template (unfinished values — missing, too few items — are allowed: forms are filled over several sittings;
 * the same rule as server/services/form-submissions.ts).
 */
export async function storeSubmission(
  tx: Tx,
  input: {
    form: PublishedForm;
    subjectId: string;
    data: Record<string, unknown>;
    provenance?: Record<string, unknown>;
    userId: string | null;
    now: Date;
  },
): Promise<{ submission: SubmissionRow; evaluation: FormEvaluation }> {
  const evaluation = evaluateForm(input.form.content, input.data);
  const bad = blockingErrors(evaluation.errors);
  if (bad.length) throw badRequest(bad.map((e) => ({ path: `/data${e.path}`, message: e.message })));
  const [row] = await tx
    .insert(formSubmissions)
    .values({
      templateId: input.form.id,
      templateVersion: input.form.version,
      subjectType: 'opportunity',
      subjectId: input.subjectId,
      data: input.data,
      completeness: evaluation.completeness,
      provenance: input.provenance ?? {},
      revision: 1,
      updatedBy: input.userId,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [formSubmissions.templateId, formSubmissions.subjectId],
      set: {
        templateVersion: input.form.version,
        data: input.data,
        completeness: evaluation.completeness,
        ...(input.provenance ? { provenance: input.provenance } : {}),
        revision: sql`${formSubmissions.revision} + 1`,
        updatedBy: input.userId,
        updatedAt: input.now,
      },
    })
    .returning();
  await tx.insert(formSubmissionRevisions).values({
    submissionId: row!.id,
    revision: row!.revision,
    templateVersion: input.form.version,
    data: input.data,
    savedBy: input.userId,
    savedAt: input.now,
  });
  return { submission: row!, evaluation };
}

/** What the opportunity page shows of a form. */
export function submissionSummary(
  row: SubmissionRow | null,
  form: PublishedForm | null,
  evaluation: FormEvaluation | null,
) {
  if (!form) return null;
  return {
    templateId: form.id,
    templateKey: form.key,
    templateVersion: row?.templateVersion ?? form.version,
    present: !!row,
    revision: row?.revision ?? 0,
    completeness: evaluation?.completeness ?? 0,
    complete: evaluation?.complete ?? false,
    data: row?.data ?? {},
    updatedAt: row?.updatedAt.toISOString() ?? null,
    errors: evaluation?.errors ?? [],
  };
}
