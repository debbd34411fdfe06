// Customers, their identity keys, leads, lead events and small engine state.
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { id, ts } from './columns';
import { users } from './people';

export const customers = pgTable(
  'customers',
  {
    id: id(),
    name: text('name').notNull(),
    normalizedName: text('normalized_name').notNull(),
    industry: text('industry'),
    province: text('province'),
    ownerId: uuid('owner_id').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('customers_owner').on(t.ownerId), index('customers_norm_name').on(t.normalizedName)],
);

// Identity keys of a customer (normalised phone, e-mail, WeCom id). The unique index is what
// guarantees that concurrent ingestion of the same person ends with one customer and one owner.
export const customerKeys = pgTable(
  'customer_keys',
  {
    kind: text('kind').notNull(), // phone | email | wecom
    value: text('value').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.kind, t.value] }), index('customer_keys_customer').on(t.customerId)],
);

export const leads = pgTable(
  'leads',
  {
    id: id(),
    customerId: uuid('customer_id').references(() => customers.id),
    ownerId: uuid('owner_id').references(() => users.id),
    status: text('status').notNull(),
    name: text('name').notNull(),
    companyName: text('company_name'),
    channel: text('channel').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    gradeClass: text('grade_class').notNull(),
    gradeScore: integer('grade_score').notNull(),
    gradeHits: jsonb('grade_hits').notNull(),
    gradeArtifactId: uuid('grade_artifact_id').notNull(),
    gradeArtifactVersion: integer('grade_artifact_version').notNull(),
    assignArtifactId: uuid('assign_artifact_id'),
    assignArtifactVersion: integer('assign_artifact_version'),
    assignReason: text('assign_reason'),
    duplicateOf: uuid('duplicate_of'),
    tags: jsonb('tags')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Set when dedupe found several candidate customers: a manager decides (L2). */
    review: jsonb('review').$type<{ reason: string; candidates: string[] } | null>(),
    touchedAt: ts('touched_at'),
    createdVia: text('created_via').notNull(), // session | api_key | seed | import | webhook
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull(),
    assignedAt: ts('assigned_at'),
  },
  (t) => [
    index('leads_owner_created').on(t.ownerId, t.createdAt),
    index('leads_created').on(t.createdAt),
    index('leads_customer').on(t.customerId),
  ],
);

export const leadEvents = pgTable(
  'lead_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // No foreign key: the timeline is append-only, written only by events/record.ts, which checks
    // every batch against the leads table in one join (a per-row foreign-key trigger cost more
    // than the rest of the insert). Leads are never deleted; they close with a status.
    leadId: uuid('lead_id').notNull(),
    type: text('type').notNull(),
    at: ts('at').notNull(),
    actorId: text('actor_id'),
    data: jsonb('data')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('lead_events_lead').on(t.leadId, t.at)],
);

// Small durable engine state, e.g. the round-robin cursor of an assignment policy.
export const engineState = pgTable('engine_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
