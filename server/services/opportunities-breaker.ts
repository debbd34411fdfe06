// The information-decay circuit breaker (C5): on entering the artefact's stage, compare the
// requirement form with the delivery pre-assessment, store the comparison with both revisions and
// template versions, and freeze the opportunity above the threshold.
import { desc, eq } from 'drizzle-orm';
import { compareRequirements, type RequirementDiff } from '../../engine/requirements';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { opportunities, requirementComparisons } from '../db/schema';
import type { OpportunityFacts } from './opportunities-facts';
import type { EmitOpportunityEvent, OpportunityRow, PublishedGates } from './opportunities-store';
import { openReview } from './reviews';

export type ComparisonRow = typeof requirementComparisons.$inferSelect;

export interface BreakerOutcome {
  comparison: ComparisonRow;
  diff: RequirementDiff;
  tripped: boolean;
  reviewId: string | null;
}

/** Compares and stores; when the rate is above the threshold, freezes and opens a review. */
export async function runCircuitBreaker(
  tx: Tx,
  emit: EmitOpportunityEvent,
  input: {
    opp: OpportunityRow;
    gates: PublishedGates;
    facts: OpportunityFacts;
    targetStage: string;
    actorId: string | null;
    now: Date;
    /** Already frozen (a review was rejected): a new comparison always goes to a new review. */
    alreadyFrozen?: boolean;
  },
): Promise<BreakerOutcome> {
  const { opp, gates, facts, now } = input;
  const req = facts.requirements;
  const ass = facts.assessment;
  const cb = gates.content.circuitBreaker;
  const diff = compareRequirements(
    req.form!.content,
    ass.form!.content,
    req.submission?.data ?? {},
    ass.submission!.data,
  );
  const tripped = diff.rate > cb.threshold || !!input.alreadyFrozen;
  const [comparison] = await tx
    .insert(requirementComparisons)
    .values({
      opportunityId: opp.id,
      rate: diff.rate,
      threshold: cb.threshold,
      tripped,
      fields: diff.fields as unknown as Record<string, unknown>[],
      requirementsSubmissionId: req.submission?.id ?? opp.id,
      requirementsRevision: req.submission?.revision ?? 0,
      requirementsTemplateId: req.form!.id,
      requirementsTemplateVersion: req.submission?.templateVersion ?? req.form!.version,
      assessmentSubmissionId: ass.submission!.id,
      assessmentRevision: ass.submission!.revision,
      assessmentTemplateId: ass.form!.id,
      assessmentTemplateVersion: ass.submission!.templateVersion,
      gatesArtifactId: gates.id,
      gatesArtifactVersion: gates.version,
      salesData: req.submission?.data ?? {},
      deliveryData: ass.submission!.data,
      createdBy: input.actorId,
      createdAt: now,
    })
    .returning();
  await emit({
    opportunityId: opp.id,
    type: 'requirements.compared',
    at: now,
    actorId: input.actorId,
    data: {
      comparisonId: comparison!.id,
      rate: diff.rate,
      threshold: cb.threshold,
      tripped,
      differing: diff.fields.filter((f) => !f.equal).map((f) => f.field),
    },
    ownerId: opp.ownerId,
  });
  let reviewId: string | null = null;
  if (tripped) {
    await tx
      .update(opportunities)
      .set({ frozen: true, gatesArtifactId: gates.id, gatesArtifactVersion: gates.version, updatedAt: now })
      .where(eq(opportunities.id, opp.id));
    await emit({
      opportunityId: opp.id,
      type: 'opportunity.frozen',
      at: now,
      actorId: input.actorId,
      data: {
        comparisonId: comparison!.id,
        rate: diff.rate,
        threshold: cb.threshold,
        targetStage: input.targetStage,
      },
      ownerId: opp.ownerId,
    });
    reviewId = await openReview(tx, emit, {
      opp,
      comparison: comparison!,
      breaker: cb,
      fromStage: opp.stage,
      targetStage: input.targetStage,
      now,
    });
  }
  return { comparison: comparison!, diff, tripped, reviewId };
}

export async function latestComparison(db: Tx | AppContext['db'], opportunityId: string) {
  const [row] = await db
    .select()
    .from(requirementComparisons)
    .where(eq(requirementComparisons.opportunityId, opportunityId))
    .orderBy(desc(requirementComparisons.createdAt))
    .limit(1);
  return row ?? null;
}

export function comparisonView(c: ComparisonRow) {
  return {
    id: c.id,
    rate: c.rate,
    threshold: c.threshold,
    tripped: c.tripped,
    fields: c.fields,
    comparedAt: c.createdAt.toISOString(),
    versions: {
      requirements: {
        submissionId: c.requirementsSubmissionId,
        revision: c.requirementsRevision,
        templateId: c.requirementsTemplateId,
        templateVersion: c.requirementsTemplateVersion,
      },
      assessment: {
        submissionId: c.assessmentSubmissionId,
        revision: c.assessmentRevision,
        templateId: c.assessmentTemplateId,
        templateVersion: c.assessmentTemplateVersion,
      },
      gates: { id: c.gatesArtifactId, version: c.gatesArtifactVersion },
    },
  };
}
