// What reps and delivery leads record on an opportunity (C1, C3, C4): the requirement form (whose
// triggers open pre-check tickets), the delivery pre-assessment, and the dual-track milestones.
import { eq } from 'drizzle-orm';
import type { FormTrigger } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { opportunities, users } from '../db/schema';
import { badRequest, conflict } from '../http/errors';
import type { OpportunityForm, OpportunityMilestone } from './opportunities-api';
import { storeSubmission, submissionSummary } from './opportunities-forms';
import {
  actorOf,
  loadVisible,
  publishedForm,
  publishedGates,
  withOpportunityEvents,
} from './opportunities-store';
import { openPrecheckTicket } from './tickets';
import { and, inArray } from 'drizzle-orm';

/** PUT /api/opportunities/:id/requirements | /assessment. */
export async function saveOpportunityForm(
  ctx: AppContext,
  who: Principal,
  id: string,
  which: 'requirements' | 'assessment',
  body: OpportunityForm,
) {
  const now = ctx.clock.now();
  const o = await loadVisible(ctx, who, id);
  const templateId = which === 'requirements' ? o.templateId : o.assessmentTemplateId;
  const form = templateId ? await publishedForm(ctx.db, { id: templateId }) : null;
  if (!form)
    throw conflict(
      '',
      `no published ${which === 'requirements' ? 'requirement' : 'pre-assessment'} form for this opportunity`,
    );
  const opened: string[] = [];
  const result = await withOpportunityEvents(ctx, async (tx, emit) => {
    const saved = await storeSubmission(tx, {
      form,
      subjectId: id,
      data: body.data,
      ...(body.provenance ? { provenance: body.provenance } : {}),
      userId: actorOf(who),
      now,
    });
    await emit({
      opportunityId: id,
      type: which === 'requirements' ? 'requirements.saved' : 'assessment.saved',
      at: now,
      actorId: actorOf(who),
      data: {
        revision: saved.submission.revision,
        completeness: saved.evaluation.completeness,
        templateVersion: form.version,
      },
      ownerId: o.ownerId,
    });
    if (which === 'requirements') {
      for (const trigger of saved.evaluation.firedTriggers) {
        const t = await fireTrigger(tx, emit, o, trigger, form, now);
        if (t) opened.push(t);
      }
    }
    return saved;
  });
  return {
    ...submissionSummary(result.submission, form, result.evaluation),
    firedTriggers: result.evaluation.firedTriggers.map((t) => t.id),
    openedTickets: opened,
  };
}

type Tx = Parameters<Parameters<AppContext['db']['transaction']>[0]>[0];

async function fireTrigger(
  tx: Tx,
  emit: Parameters<Parameters<typeof withOpportunityEvents>[1]>[1],
  o: typeof opportunities.$inferSelect,
  trigger: FormTrigger,
  form: NonNullable<Awaited<ReturnType<typeof publishedForm>>>,
  now: Date,
): Promise<string | null> {
  if (trigger.action === 'open_precheck_ticket') {
    const t = await openPrecheckTicket(tx, emit, o, trigger, form, now);
    return t?.id ?? null;
  }
  const [fresh] = await tx
    .select({ data: opportunities.data })
    .from(opportunities)
    .where(eq(opportunities.id, o.id))
    .for('update');
  const fired = (fresh!.data.firedTriggers as string[] | undefined) ?? [];
  if (fired.includes(trigger.id)) return null; // once per trigger per opportunity
  const data: Record<string, unknown> = { ...fresh!.data, firedTriggers: [...fired, trigger.id] };
  if (trigger.action === 'add_requirement_tags') {
    const tags = new Set([
      ...((fresh!.data.requirementTags as string[] | undefined) ?? []),
      ...(trigger.tags ?? []),
    ]);
    data.requirementTags = [...tags];
  }
  await tx.update(opportunities).set({ data }).where(eq(opportunities.id, o.id));
  const notify =
    trigger.action === 'notify_roles' && trigger.notifyRoles?.length
      ? (
          await tx
            .select({ id: users.id })
            .from(users)
            .where(and(inArray(users.role, trigger.notifyRoles), eq(users.active, true)))
        ).map((u) => u.id)
      : [o.ownerId];
  await emit({
    opportunityId: o.id,
    type: 'trigger.fired',
    at: now,
    data: { triggerId: trigger.id, label: trigger.label, action: trigger.action, tags: trigger.tags ?? [] },
    notify,
  });
  return null;
}

/** POST /api/opportunities/:id/milestones: tick (or untick) a milestone of the sales or delivery track. */
export async function setMilestone(ctx: AppContext, who: Principal, id: string, body: OpportunityMilestone) {
  const now = ctx.clock.now();
  const o = await loadVisible(ctx, who, id);
  const gates = await publishedGates(ctx);
  if (!gates.content.tracks[body.track].some((m) => m.id === body.milestone))
    throw badRequest([
      { path: '/milestone', message: `no milestone "${body.milestone}" on the ${body.track} track` },
    ]);
  await withOpportunityEvents(ctx, async (tx, emit) => {
    const [locked] = await tx
      .select({ tracks: opportunities.tracks })
      .from(opportunities)
      .where(eq(opportunities.id, id))
      .for('update');
    const progress = { ...locked!.tracks[body.track] };
    const wasDone = !!progress[body.milestone];
    if (wasDone === body.done) return;
    if (body.done) progress[body.milestone] = { at: now.toISOString(), by: actorOf(who) };
    else delete progress[body.milestone];
    await tx
      .update(opportunities)
      .set({ tracks: { ...locked!.tracks, [body.track]: progress }, updatedAt: now })
      .where(eq(opportunities.id, id));
    await emit({
      opportunityId: id,
      type: body.done ? 'milestone.done' : 'milestone.undone',
      at: now,
      actorId: actorOf(who),
      data: { track: body.track, milestone: body.milestone },
      ownerId: o.ownerId,
    });
  });
}
