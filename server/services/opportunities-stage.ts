// PATCH /api/opportunities/:id (C1, C4, C5): a stage change passes the published stage gates
// (422 with what is missing), the dual-track alignment enforced at the stage, and — entering the
// circuit breaker's stage — the requirement comparison (423 and frozen above the threshold).
import { and, eq } from 'drizzle-orm';
import { checkTransition, stagePath, type GateResult, type MissingItem } from '../../engine/gates';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { opportunities, reviews } from '../db/schema';
import { badRequest, conflict, HttpError, type FieldError } from '../http/errors';
import { runCircuitBreaker, type BreakerOutcome } from './opportunities-breaker';
import type { OpportunityPatch } from './opportunities-api';
import { gatherFacts } from './opportunities-facts';
import { actorOf, loadVisible, publishedGates, withOpportunityEvents } from './opportunities-store';

/** A 422/423 error item: the API's {path, message} plus the contract's {gate, missing}. */
interface GateError extends FieldError {
  gate: string;
  label?: unknown;
  to?: string;
  missing: MissingItem[];
  reviewId?: string | null;
  requirementDiff?: unknown;
}

const gateError = (r: GateResult): GateError => ({
  path: '/stage',
  message: `${r.label.en}: ${r.missing.map((m) => m.label.en).join('; ')}`,
  gate: r.gate,
  label: r.label,
  to: r.to,
  missing: r.missing,
});

const refuse = (status: 422 | 423, errors: GateError[]) => new HttpError(status, errors as FieldError[]);

function frozenError(reviewId: string | null, to: string, outcome?: BreakerOutcome): HttpError {
  return refuse(423, [
    {
      path: '/stage',
      message: outcome
        ? `requirement difference ${(outcome.diff.rate * 100).toFixed(1)}% is above the threshold: the opportunity is frozen until a review approves it`
        : 'the opportunity is frozen until its review is approved',
      gate: 'circuit_breaker',
      label: {
        zh: '信息衰减熔断：已冻结，待评审',
        en: 'Information-decay circuit breaker: frozen pending review',
      },
      to,
      missing: reviewId
        ? [
            {
              kind: 'condition',
              id: 'review',
              label: { zh: '评审通过', en: 'Review approved' },
              detail: { reviewId },
            },
          ]
        : [],
      reviewId,
      ...(outcome ? { requirementDiff: { rate: outcome.diff.rate, fields: outcome.diff.fields } } : {}),
    },
  ]);
}

export async function changeOpportunity(
  ctx: AppContext,
  who: Principal,
  id: string,
  patch: OpportunityPatch,
) {
  const now = ctx.clock.now();
  const o = await loadVisible(ctx, who, id);
  const gates = await publishedGates(ctx);
  const to = patch.stage !== undefined && patch.stage !== o.stage ? patch.stage : null;
  const target = to ? gates.content.stages.find((s) => s.id === to) : null;
  if (to && !target) throw badRequest([{ path: '/stage', message: `unknown stage "${to}"` }]);
  if (to && o.outcome !== 'open') throw conflict('/stage', `the opportunity is already closed (${o.stage})`);
  const cb = gates.content.circuitBreaker;

  if (to && o.frozen) {
    const [open] = await ctx.db
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.opportunityId, id), eq(reviews.status, 'open')));
    if (open || !stagePath(gates.content, o.stage, to).includes(cb.atStage))
      throw frozenError(open?.id ?? null, to);
  }

  const facts = to ? await gatherFacts(ctx.db, o) : null;
  if (to && facts) {
    const failing = checkTransition(gates.content, o.stage, to, facts.facts, now).filter((r) => !r.passed);
    // entering the breaker's stage, or moving past it (quote → won), runs the comparison
    const breakerAtTarget = cb.enabled && stagePath(gates.content, o.stage, to).includes(cb.atStage);
    const noAssessment = breakerAtTarget && (!facts.assessment.submission || !facts.assessment.form);
    if (breakerAtTarget && !facts.requirements.form)
      failing.push({
        gate: 'circuit_breaker',
        label: { zh: '信息衰减熔断：需求表缺失', en: 'Circuit breaker: no requirement form' },
        to,
        passed: false,
        items: [],
        missing: [{ kind: 'form', id: 'requirements', label: { zh: '需求表', en: 'Requirement form' } }],
      });
    if (
      noAssessment &&
      cb.onMissingAssessment === 'block' &&
      !failing.some((f) => f.missing.some((m) => m.kind === 'assessment'))
    )
      failing.push({
        gate: 'circuit_breaker',
        label: { zh: '信息衰减熔断：需交付预评估', en: 'Circuit breaker: delivery pre-assessment needed' },
        to,
        passed: false,
        items: [],
        missing: [
          {
            kind: 'assessment',
            id: 'assessment',
            label: { zh: '交付预评估', en: 'Delivery pre-assessment' },
          },
        ],
      });
    if (failing.length) {
      await withOpportunityEvents(ctx, (_tx, emit) =>
        emit({
          opportunityId: id,
          type: 'stage.refused',
          at: now,
          actorId: actorOf(who),
          data: {
            from: o.stage,
            to,
            gates: failing.map((f) => ({ gate: f.gate, missing: f.missing.map((m) => m.id) })),
          },
        }),
      );
      throw refuse(422, failing.map(gateError));
    }
    if (breakerAtTarget && !noAssessment) {
      const outcome = await withOpportunityEvents(ctx, async (tx, emit) => {
        const [locked] = await tx.select().from(opportunities).where(eq(opportunities.id, id)).for('update');
        if (locked!.stage !== o.stage || (locked!.frozen && !o.frozen))
          throw conflict('/stage', 'the opportunity changed meanwhile; reload');
        return runCircuitBreaker(tx, emit, {
          opp: locked!,
          gates,
          facts,
          targetStage: to,
          actorId: actorOf(who),
          now,
          alreadyFrozen: locked!.frozen,
        });
      });
      if (outcome.tripped) throw frozenError(outcome.reviewId, to, outcome);
    }
  }

  await withOpportunityEvents(ctx, async (tx, emit) => {
    const [locked] = await tx.select().from(opportunities).where(eq(opportunities.id, id)).for('update');
    if (to && locked!.stage !== o.stage)
      throw conflict('/stage', 'the opportunity changed meanwhile; reload');
    await tx
      .update(opportunities)
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.amount !== undefined ? { amount: patch.amount } : {}),
        ...(patch.expectedClose !== undefined ? { expectedClose: patch.expectedClose } : {}),
        ...(to && target
          ? {
              stage: to,
              outcome: target.outcome,
              stageEnteredAt: now,
              closedAt: target.outcome === 'open' ? null : now,
              gatesArtifactId: gates.id,
              gatesArtifactVersion: gates.version,
            }
          : {}),
        updatedAt: now,
      })
      .where(eq(opportunities.id, id));
    if (to)
      await emit({
        opportunityId: id,
        type: 'stage.changed',
        at: now,
        actorId: actorOf(who),
        data: { from: o.stage, to, gates: { id: gates.id, version: gates.version } },
        ownerId: o.ownerId,
      });
    const changed = (['name', 'amount', 'expectedClose'] as const).filter(
      (k) => patch[k] !== undefined && patch[k] !== o[k],
    );
    if (changed.length)
      await emit({
        opportunityId: id,
        type: 'opportunity.updated',
        at: now,
        actorId: actorOf(who),
        data: Object.fromEntries(changed.map((k) => [k, { from: o[k], to: patch[k] }])),
      });
  });
}
