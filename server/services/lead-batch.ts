// Stores a batch of graded leads in the caller's transaction, set-based: one lookup of the
// customers behind every identity key, one owner-choice pass (the round-robin cursor locked once),
// then one insert each for customers, keys and leads, and one batch of events (whose reactors
// start the clocks). Leads of the same new customer within a batch end with one customer and one
// owner, exactly as if they had arrived one after the other.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { chooseOwner, normalizeCompanyName, type Candidate, type gradeLead } from '../../engine';
import type { AssignmentPolicy, LeadCreate } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { Tx } from '../db/client';
import { insertJsonRows } from '../db/json-rows';
import { customerKeys, customers, engineState, leads, users } from '../db/schema';
import type { Emit, LeadEventInput } from '../events/record';
import { publishedOf } from './artifacts';
import {
  decideMatch,
  keyOf,
  lookupCustomers,
  type CandidateCustomer,
  type CandidateIndex,
  type LeadReview,
} from './customer-match';
import { enabledKeys, type IdentityKey } from './identity';

export const OPEN_STATUSES = ['new', 'assigned', 'contacted', 'qualified'] as const;

/** A key taken by another customer in a concurrent transaction: the batch starts over. */
export class RetryIngest extends Error {}

export type IngestVia = 'session' | 'api_key' | 'seed' | 'import' | 'webhook';

export interface IngestResult {
  id: string;
  customerId: string;
  ownerId: string | null;
  status: string;
  duplicateOf: string | null;
  grade: ReturnType<typeof gradeLead> & { artifact: { id: string; version: number } };
}

export interface PreparedLead {
  actor: Principal | 'system';
  body: LeadCreate;
  via: IngestVia;
  at: Date;
  keys: IdentityKey[];
  leadData: Record<string, unknown>;
  grade: IngestResult['grade'];
}

type LeadRow = typeof leads.$inferInsert;

export async function storeBatch(tx: Tx, emit: Emit, batch: PreparedLead[]): Promise<IngestResult[]> {
  const policyRow = await publishedOf({ db: tx }, 'assignment-policy');
  const policy = policyRow?.content as AssignmentPolicy | undefined;
  const keysOf = batch.map((p) => enabledKeys(p.keys, policy?.dedupe));
  const index = canonical(await lookupCustomers(tx, keysOf.flat()));
  const owners = policyRow ? new OwnerChooser(tx, policyRow.id, policy!) : null;

  const newCustomers: (typeof customers.$inferInsert)[] = [];
  const newCustomerIds = new Set<string>();
  const keyRows = new Map<string, { kind: string; value: string; customerId: string }>();
  const ownerUpdates = new Map<string, string | null>();
  const lastLeadInBatch = new Map<string, string>();
  const needPrevious: number[] = [];
  const rows: LeadRow[] = [];
  const results: IngestResult[] = [];
  const reviews: (LeadReview | null)[] = [];

  for (const [i, p] of batch.entries()) {
    const keys = keysOf[i]!;
    const { match, review } = decideMatch(keys, index, policy?.dedupe);
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
      previousLead = lastLeadInBatch.get(match.id) ?? null;
      if (!previousLead) needPrevious.push(i);
    } else if (owners) {
      assignArtifact = { id: policyRow!.id, version: policyRow!.version };
      const choice = await owners.choose(p.leadData);
      ownerId = choice.ownerId;
      reason = choice.reason;
    } else {
      reason = 'no published assignment policy: left in the pool';
    }

    if (!customerId) {
      customerId = randomUUID();
      newCustomerIds.add(customerId);
      const name = p.body.company?.name ?? p.body.name;
      newCustomers.push({
        id: customerId,
        name,
        normalizedName: normalizeCompanyName(name),
        industry: p.body.company?.industry ?? null,
        province: p.body.company?.province ?? null,
        ownerId,
        createdAt: p.at,
      });
    } else if (!match?.ownerId || !match.ownerActive) {
      ownerUpdates.set(customerId, ownerId);
    }
    // Later leads of this batch see this customer (and its new owner) as an existing one.
    const known: CandidateCustomer = (index.get(`id:${customerId}`)?.[0] as CandidateCustomer) ?? {
      id: customerId,
      ownerId,
      ownerActive: ownerId ? true : null,
      createdAt: p.at,
    };
    known.ownerId = ownerId;
    known.ownerActive = ownerId ? true : null;
    index.set(`id:${customerId}`, [known]);
    for (const k of keys) {
      const list = index.get(keyOf(k)) ?? [];
      if (!list.includes(known)) index.set(keyOf(k), [...list, known]);
      if (!keyRows.has(keyOf(k))) keyRows.set(keyOf(k), { ...k, customerId });
    }

    const leadId = randomUUID();
    lastLeadInBatch.set(customerId, leadId);
    const status = ownerId ? 'assigned' : 'new';
    rows.push({
      id: leadId,
      customerId,
      ownerId,
      status,
      name: p.body.name,
      companyName: p.body.company?.name ?? null,
      channel: p.body.source.channel,
      data: p.body as unknown as Record<string, unknown>,
      gradeClass: p.grade.class,
      gradeScore: p.grade.score,
      gradeHits: p.grade.hits,
      gradeArtifactId: p.grade.artifact.id,
      gradeArtifactVersion: p.grade.artifact.version,
      assignArtifactId: assignArtifact?.id ?? null,
      assignArtifactVersion: assignArtifact?.version ?? null,
      assignReason: reason,
      duplicateOf: previousLead,
      review,
      tags: p.body.tags ?? [],
      createdVia: p.via,
      createdBy: p.actor === 'system' ? null : p.actor.id,
      createdAt: p.at,
      assignedAt: ownerId ? p.at : null,
    });
    reviews.push(review);
    results.push({ id: leadId, customerId, ownerId, status, duplicateOf: previousLead, grade: p.grade });
  }

  await owners?.save(batch[batch.length - 1]!.at);
  await fillPreviousLeads(tx, needPrevious, rows, results);
  await insertJsonRows(tx, customers, newCustomers);
  for (const [id, ownerId] of ownerUpdates)
    if (!newCustomerIds.has(id)) await tx.update(customers).set({ ownerId }).where(eq(customers.id, id));
  if (keyRows.size) {
    const inserted = await insertJsonRows<typeof customerKeys, { kind: string; value: string }>(
      tx,
      customerKeys,
      [...keyRows.values()],
      { onConflictDoNothing: true, returning: ['kind', 'value'] },
    );
    const got = new Set(inserted.map((k) => `${k.kind}:${k.value}`));
    // A key of a new customer taken by a concurrent transaction: start over and join that customer.
    for (const [k, row] of keyRows)
      if (newCustomerIds.has(row.customerId) && !got.has(k)) throw new RetryIngest();
  }
  await insertJsonRows(tx, leads, rows);
  await emit.many(batch.flatMap((p, i) => leadEvents(p, rows[i]!, reviews[i]!)));
  return results;
}

/** All candidates of one customer share one object, so an owner given in this batch is seen by later leads. */
function canonical(index: CandidateIndex): CandidateIndex {
  const byId = new Map<string, CandidateCustomer>();
  for (const [k, list] of index)
    index.set(
      k,
      list.map((c) => {
        const known = byId.get(c.id);
        if (known) return known;
        byId.set(c.id, c);
        return c;
      }),
    );
  for (const [id, c] of byId) index.set(`id:${id}`, [c]);
  return index;
}

/** The newest earlier lead of each matched customer that had none earlier in this batch. */
async function fillPreviousLeads(tx: Tx, needed: number[], rows: LeadRow[], results: IngestResult[]) {
  if (!needed.length) return;
  const ids = [...new Set(needed.map((i) => rows[i]!.customerId!))];
  const found = await tx
    .selectDistinctOn([leads.customerId], { customerId: leads.customerId, id: leads.id })
    .from(leads)
    .where(inArray(leads.customerId, ids))
    .orderBy(leads.customerId, sql`${leads.createdAt} desc`);
  const newest = new Map(found.map((f) => [f.customerId, f.id]));
  for (const i of needed) {
    const prev = newest.get(rows[i]!.customerId!) ?? null;
    rows[i]!.duplicateOf = prev;
    results[i]!.duplicateOf = prev;
  }
}

function leadEvents(p: PreparedLead, row: LeadRow, review: LeadReview | null): LeadEventInput[] {
  const actorId = p.actor === 'system' ? null : p.actor.id;
  const about = { leadId: row.id!, at: p.at, actorId, ownerId: row.ownerId ?? null };
  const created = {
    id: row.id!,
    ownerId: row.ownerId ?? null,
    status: row.status,
    createdVia: row.createdVia,
    createdAt: row.createdAt,
    data: row.data,
    tags: row.tags ?? [],
    gradeClass: row.gradeClass,
    gradeScore: row.gradeScore,
  };
  const events: LeadEventInput[] = [
    { ...about, type: 'lead.created', data: { via: p.via, channel: p.body.source.channel }, created },
    {
      ...about,
      type: 'lead.graded',
      data: { class: p.grade.class, score: p.grade.score, artifact: p.grade.artifact },
    },
    row.ownerId
      ? {
          ...about,
          type: 'lead.assigned',
          data: {
            reason: row.assignReason,
            duplicateOf: row.duplicateOf ?? null,
            class: p.grade.class,
            name: p.body.name,
            company: p.body.company?.name ?? null,
          },
        }
      : { ...about, type: 'lead.pooled', data: { reason: row.assignReason } },
  ];
  // L2: a manager decides which customer (and rep) an ambiguous lead belongs to.
  if (review) events.push({ ...about, type: 'lead.flagged', data: { ...review } });
  return events;
}

/**
 * The assignment policy's owner choice over a batch: the candidates and the round-robin cursor
 * are read (and the cursor row locked, so two servers take turns) once, then kept in memory.
 */
class OwnerChooser {
  private state: { cursor: string | null; candidates: Candidate[] } | null = null;
  private readonly key: string;

  constructor(
    private readonly tx: Tx,
    policyId: string,
    private readonly policy: AssignmentPolicy,
  ) {
    this.key = `assignment:${policyId}`;
  }

  async choose(lead: Record<string, unknown>) {
    const state = (this.state ??= await this.load());
    const choice = chooseOwner(this.policy, lead, state.candidates, { cursor: state.cursor });
    state.cursor = choice.cursor;
    const chosen = state.candidates.find((c) => c.id === choice.ownerId);
    if (chosen) chosen.openLeads++;
    return choice;
  }

  async save(at: Date) {
    if (!this.state) return;
    await this.tx
      .update(engineState)
      .set({ value: { cursor: this.state.cursor }, updatedAt: at })
      .where(eq(engineState.key, this.key));
  }

  private async load() {
    const lock = () => this.tx.select().from(engineState).where(eq(engineState.key, this.key)).for('update');
    let [row] = await lock();
    if (!row) {
      await this.tx
        .insert(engineState)
        .values({ key: this.key, value: { cursor: null }, updatedAt: new Date(0) })
        .onConflictDoNothing();
      [row] = await lock();
    }
    return {
      cursor: (row?.value as { cursor?: string | null })?.cursor ?? null,
      candidates: await loadCandidates(this.tx),
    };
  }
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
