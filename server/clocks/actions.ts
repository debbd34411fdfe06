// What an escalation step does (sla-policy ladder actions): remind the owner, notify their
// supervisor, reassign the lead by the assignment policy, or return it to the shared pool.
// Every consequence is a lead event emitted through withLeadEvents, so SSE sees it.
import { and, eq } from 'drizzle-orm';
import type { EscalationAction } from '../../engine';
import type { Tx } from '../db/client';
import { customers, leads, users } from '../db/schema';
import type { Emit } from '../events/record';
import { leadData, lockLead, type LeadBrief } from './lead';
import { chooseNewOwner } from './owners';

export interface StepContext {
  tx: Tx;
  emit: Emit;
  at: Date;
  lead: LeadBrief;
  /** Facts about the clock and step, copied into every event's data. */
  about: Record<string, unknown>;
}

type UserFacts = { name: string; supervisorId: string | null } | null;
/** Names and supervisors, read once per transaction (a batch fires hundreds of steps). */
const userCache = new WeakMap<Tx, Map<string, Promise<UserFacts>>>();

function userName(tx: Tx, id: string | null): Promise<UserFacts> {
  if (!id) return Promise.resolve(null);
  let cache = userCache.get(tx);
  if (!cache) userCache.set(tx, (cache = new Map()));
  let hit = cache.get(id);
  if (!hit) {
    hit = tx
      .select({ name: users.name, supervisorId: users.supervisorId })
      .from(users)
      .where(eq(users.id, id))
      .then(([u]) => u ?? null);
    cache.set(id, hit);
  }
  return hit;
}

async function notifySupervisor(s: StepContext) {
  const owner = await userName(s.tx, s.lead.ownerId);
  const supervisorId = owner?.supervisorId ?? null;
  const supervisor = await userName(s.tx, supervisorId);
  await s.emit({
    leadId: s.lead.id,
    type: 'lead.escalated',
    at: s.at,
    ownerId: s.lead.ownerId,
    data: {
      ...s.about,
      supervisorId,
      supervisorName: supervisor?.name ?? null,
      ownerName: owner?.name ?? null,
    },
  });
}

async function setCustomerOwner(tx: Tx, lead: LeadBrief, ownerId: string | null) {
  if (!lead.customerId) return;
  const sameOwner = lead.ownerId ? eq(customers.ownerId, lead.ownerId) : undefined;
  await tx
    .update(customers)
    .set({ ownerId })
    .where(and(eq(customers.id, lead.customerId), sameOwner));
}

async function reassign(s: StepContext) {
  const { tx, at } = s;
  const lead = await lockLead(tx, s.lead.id, true);
  if (!lead) return;
  const from = lead.ownerId;
  const data = leadData(lead);
  const choice = await chooseNewOwner(tx, data, from, at);
  if (!choice.ownerId) {
    await s.emit({
      leadId: lead.id,
      type: 'lead.escalated',
      at,
      ownerId: from,
      data: { ...s.about, reason: `reassign: no other rep available (${choice.reason})` },
    });
    return;
  }
  const reason = `reassigned: ${String(s.about.kind)} clock breached; ${choice.reason}`;
  await tx
    .update(leads)
    .set({
      ownerId: choice.ownerId,
      status: 'assigned',
      assignedAt: at,
      assignReason: reason,
      assignArtifactId: choice.artifact?.id ?? lead.assignArtifactId,
      assignArtifactVersion: choice.artifact?.version ?? lead.assignArtifactVersion,
    })
    .where(eq(leads.id, lead.id));
  await setCustomerOwner(tx, lead, choice.ownerId);
  const to = await userName(tx, choice.ownerId);
  // The previous owner (and their manager) learn the lead was taken away…
  await s.emit({
    leadId: lead.id,
    type: 'lead.reassigned',
    at,
    ownerId: from,
    data: { ...s.about, from, to: choice.ownerId, toName: to?.name ?? null, reason },
  });
  // …and the new owner gets the usual pop-up; its clocks start from this event.
  await s.emit({
    leadId: lead.id,
    type: 'lead.assigned',
    at,
    ownerId: choice.ownerId,
    data: {
      reason,
      via: 'reassign',
      from,
      class: lead.gradeClass,
      name: lead.name,
      company: lead.companyName,
    },
  });
  s.lead.ownerId = choice.ownerId;
  s.lead.status = 'assigned';
}

async function returnToPool(s: StepContext) {
  const { tx, lead, at } = s;
  if (!lead.ownerId || lead.status === 'pooled') return;
  const from = lead.ownerId;
  await tx.update(leads).set({ ownerId: null, status: 'pooled' }).where(eq(leads.id, lead.id));
  await setCustomerOwner(tx, lead, null);
  await s.emit({
    leadId: lead.id,
    type: 'lead.returned',
    at,
    ownerId: from,
    data: { ...s.about, from, reason: `${String(s.about.kind)} clock: back to the pool` },
  });
  lead.ownerId = null;
  lead.status = 'pooled';
}

export async function runAction(action: EscalationAction, s: StepContext): Promise<void> {
  if (s.lead.status === 'disqualified') return;
  switch (action) {
    case 'remind_owner':
      await s.emit({
        leadId: s.lead.id,
        type: 'clock.warned',
        at: s.at,
        ownerId: s.lead.ownerId,
        data: s.about,
      });
      return;
    case 'notify_supervisor':
      return notifySupervisor(s);
    case 'reassign':
      return reassign(s);
    case 'return_to_pool':
      return returnToPool(s);
  }
}
