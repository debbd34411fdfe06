// The relational model. One schema for both drivers (PGlite and node-postgres); the SQL
// migrations in ./migrations are generated from this file by drizzle-kit (`npm run db:generate`).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().defaultRandom();

export const teams = pgTable('teams', {
  id: id(),
  name: text('name').notNull().unique(),
  region: text('region'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    supervisorId: uuid('supervisor_id'),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('zh-CN'),
    onDuty: boolean('on_duty').notNull().default(true),
    active: boolean('active').notNull().default(true),
    weight: integer('weight').notNull().default(1),
    skills: jsonb('skills')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    industries: jsonb('industries')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    regions: jsonb('regions')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower').on(sql`lower(${t.email})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const apiKeys = pgTable('api_keys', {
  id: id(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: ts('created_at').notNull(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

export const artifacts = pgTable(
  'artifacts',
  {
    id: id(),
    kind: text('kind').notNull(),
    key: text('key').notNull().unique(),
    name: jsonb('name').$type<{ zh: string; en: string }>().notNull(),
    publishedVersion: integer('published_version'),
    latestVersion: integer('latest_version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('artifacts_kind').on(t.kind)],
);

export const artifactVersions = pgTable(
  'artifact_versions',
  {
    artifactId: uuid('artifact_id')
      .notNull()
      .references(() => artifacts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    state: text('state').notNull(), // draft | published | retired
    note: text('note'),
    basedOn: integer('based_on'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: ts('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.artifactId, t.version] }),
    // One published version per artefact, enforced by the database.
    uniqueIndex('artifact_one_published')
      .on(t.artifactId)
      .where(sql`${t.state} = 'published'`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorKind: text('actor_kind').notNull(), // user | api_key | system
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId)],
);

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
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
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
