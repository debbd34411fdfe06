// L1 (API ingest), L2 (same person → same owner, enforced by the customer_keys primary key),
// L3 (grading by the published rules) and L4 (owner chosen by the published assignment policy),
// all in one transaction: when the call returns, the lead is stored, graded and owned.
import { and, eq, sql } from 'drizzle-orm';
import { chooseOwner, gradeLead, normalizeCompanyName, type Candidate } from '../../engine';
import type { AssignmentPolicy, GradingRules, LeadCreate } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { customerKeys, customers, engineState, leads, users } from '../db/schema';
import { withLeadEvents, type Emit } from '../events/record';
import { HttpError } from '../http/errors';
import { publishedOf } from './artifacts';
import { matchCustomer } from './customer-match';
import { companyKeys, enabledKeys, identityKeys, type IdentityKey } from './identity';

export const OPEN_STATUSES = ['new', 'assigned', 'contacted', 'qualified'] as const;

class RetryIngest extends Error {}

export interface IngestResult {
  id: string;
  customerId: string;
  ownerId: string | null;
  status: string;
  duplicateOf: string | null;
  grade: ReturnType<typeof gradeLead> & { artifact: { id: string; version: number } };
}

export type IngestVia = 'session' | 'api_key' | 'seed' | 'import' | 'webhook';

export async function ingestLead(
  ctx: AppContext,
  actor: Principal | 'system',
  body: LeadCreate,
  via: IngestVia,
  at: Date = ctx.clock.now(),
  /** Runs inside the lead's transaction once it is stored (e.g. the webhook idempotency record). */
  inTx?: (tx: Tx, result: IngestResult) => Promise<void>,
): Promise<IngestResult> {
  const grading = await publishedOf(ctx, 'grading-rules');
  if (!grading) throw new HttpError(503, [{ path: '', message: 'no grading rules are published yet' }]);
  const leadData = { ...body, tags: body.tags ?? [], createdAt: at.toISOString() };
  const grade = gradeLead(grading.content as GradingRules, leadData);
  const keys = [...identityKeys(body.contact), ...companyKeys(body.company)];
  for (let attempt = 0; ; attempt++) {
    try {
      return await withLeadEvents(ctx, async (tx, emit) => {
        const stored = await storeLead(tx, emit, {
          actor,
          body,
          via,
          at,
          keys,
          leadData,
          grade: { ...grade, artifact: { id: grading.id, version: grading.version } },
        });
        if (inTx) await inTx(tx, stored);
        return stored;
      });
    } catch (err) {
      const code =
        (err as { code?: string; cause?: { code?: string } }).code ??
        (err as { cause?: { code?: string } }).cause?.code;
      const retryable =
        err instanceof RetryIngest || code === '23505' || code === '40001' || code === '40P01';
      if (!retryable || attempt >= 4) throw err;
    }
  }
}

interface StoreInput {
  actor: Principal | 'system';
  body: LeadCreate;
  via: IngestVia;
  at: Date;
  keys: IdentityKey[];
  leadData: Record<string, unknown>;
  grade: IngestResult['grade'];
}

async function storeLead(tx: Tx, emit: Emit, input: StoreInput): Promise<IngestResult> {
  const { body, at, grade } = input;
  const policy = await publishedOf({ db: tx }, 'assignment-policy');
  const dedupe = (policy?.content as AssignmentPolicy | undefined)?.dedupe;
  const keys = enabledKeys(input.keys, dedupe);
  const { match, review } = await matchCustomer(tx, keys, dedupe);
  let customerId = match?.id ?? null;
  let ownerId: string | null = null;
  let reason: string;
  let assignArtifact: { id: string; version: number } | null = null;
  let previousLead: string | null = null;

  if (match?.ownerId && match.ownerActive) {
    ownerId = match.ownerId;
    reason = review
      ? `${review.reason}: given to the earliest customer's owner and flagged for a manager`
      : match.by === 'company'
        ? 'existing customer (same company name): same owner'
        : 'existing customer: same owner';
    const [prev] = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(eq(leads.customerId, match.id))
      .orderBy(sql`${leads.createdAt} desc`)
      .limit(1);
    previousLead = prev?.id ?? null;
  } else {
    if (policy) {
      assignArtifact = { id: policy.id, version: policy.version };
      const choice = await chooseWithCursor(
        tx,
        policy.id,
        policy.content as AssignmentPolicy,
        input.leadData,
        at,
      );
      ownerId = choice.ownerId;
      reason = choice.reason;
    } else {
      reason = 'no published assignment policy: left in the pool';
    }
  }

  if (!customerId) {
    const [c] = await tx
      .insert(customers)
      .values({
        name: body.company?.name ?? body.name,
        normalizedName: normalizeCompanyName(body.company?.name ?? body.name),
        industry: body.company?.industry ?? null,
        province: body.company?.province ?? null,
        ownerId,
        createdAt: at,
      })
      .returning({ id: customers.id });
    customerId = c!.id;
  } else if (!match?.ownerId || !match.ownerActive) {
    await tx.update(customers).set({ ownerId }).where(eq(customers.id, customerId));
  }
  if (keys.length) {
    const inserted = await tx
      .insert(customerKeys)
      .values(keys.map((k) => ({ ...k, customerId: customerId! })))
      .onConflictDoNothing()
      .returning({ kind: customerKeys.kind, value: customerKeys.value, customerId: customerKeys.customerId });
    // A key taken by another customer in a concurrent transaction: start over and join that customer.
    if (!match && inserted.length < keys.length) throw new RetryIngest();
  }

  const status = ownerId ? 'assigned' : 'new';
  const [lead] = await tx
    .insert(leads)
    .values({
      customerId,
      ownerId,
      status,
      name: body.name,
      companyName: body.company?.name ?? null,
      channel: body.source.channel,
      data: body as unknown as Record<string, unknown>,
      gradeClass: grade.class,
      gradeScore: grade.score,
      gradeHits: grade.hits,
      gradeArtifactId: grade.artifact.id,
      gradeArtifactVersion: grade.artifact.version,
      assignArtifactId: assignArtifact?.id ?? null,
      assignArtifactVersion: assignArtifact?.version ?? null,
      assignReason: reason,
      duplicateOf: previousLead,
      review,
      tags: body.tags ?? [],
      createdVia: input.via,
      createdBy: input.actor === 'system' ? null : input.actor.id,
      createdAt: at,
      assignedAt: ownerId ? at : null,
    })
    .returning({ id: leads.id });
  const leadId = lead!.id;
  const actorId = input.actor === 'system' ? null : input.actor.id;
  const about = { leadId, at, actorId, ownerId };
  await emit({ ...about, type: 'lead.created', data: { via: input.via, channel: body.source.channel } });
  await emit({
    ...about,
    type: 'lead.graded',
    data: { class: grade.class, score: grade.score, artifact: grade.artifact },
  });
  const assigned = {
    reason,
    duplicateOf: previousLead,
    class: grade.class,
    name: body.name,
    company: body.company?.name ?? null,
  };
  await emit(
    ownerId
      ? { ...about, type: 'lead.assigned', data: assigned }
      : { ...about, type: 'lead.pooled', data: { reason } },
  );
  // L2: a manager decides which customer (and rep) an ambiguous lead belongs to.
  if (review) await emit({ ...about, type: 'lead.flagged', data: { ...review } });
  return { id: leadId, customerId, ownerId, status, duplicateOf: previousLead, grade };
}

async function chooseWithCursor(
  tx: Tx,
  policyId: string,
  policy: AssignmentPolicy,
  lead: Record<string, unknown>,
  at: Date,
) {
  const stateKey = `assignment:${policyId}`;
  // Row lock: two servers assigning at once take turns, so round robin stays fair.
  const lockState = () => tx.select().from(engineState).where(eq(engineState.key, stateKey)).for('update');
  let [state] = await lockState();
  if (!state) {
    await tx
      .insert(engineState)
      .values({ key: stateKey, value: { cursor: null }, updatedAt: at })
      .onConflictDoNothing();
    [state] = await lockState();
  }
  const candidates = await loadCandidates(tx);
  const choice = chooseOwner(policy, lead, candidates, {
    cursor: (state?.value as { cursor?: string | null })?.cursor ?? null,
  });
  await tx
    .update(engineState)
    .set({ value: { cursor: choice.cursor }, updatedAt: at })
    .where(eq(engineState.key, stateKey));
  return choice;
}

async function loadCandidates(tx: Tx): Promise<Candidate[]> {
  // One query: the active reps with their current open-lead count.
  const reps = await tx
    .select({
      user: users,
      openLeads: sql<number>`(select count(*)::int from ${leads} where ${leads.ownerId} = ${users.id}
        and ${leads.status} in ${sql.raw(`('${OPEN_STATUSES.join("','")}')`)})`,
    })
    .from(users)
    .where(and(eq(users.role, 'rep'), eq(users.active, true)));
  return reps.map(({ user: r, openLeads }) => ({
    id: r.id,
    onDuty: r.onDuty,
    openLeads,
    weight: r.weight,
    skills: r.skills,
    industries: r.industries,
    regions: r.regions,
    teams: r.teamId ? [r.teamId] : [],
  }));
}
