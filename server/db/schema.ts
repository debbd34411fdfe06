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

// ——— Lead lifecycle (MISSION.md L1, L4–L10) ———

/** A lead source posting signed webhooks (web form, expo scanner). The secret signs; it is shown once. */
export const leadSources = pgTable('lead_sources', {
  id: id(),
  name: text('name').notNull(),
  channel: text('channel').notNull(),
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: ts('created_at').notNull(),
  lastDeliveryAt: ts('last_delivery_at'),
});

/** One row per accepted delivery: a retried delivery with the same key finds its lead here. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    sourceId: uuid('source_id')
      .notNull()
      .references(() => leadSources.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    receivedAt: ts('received_at').notNull(),
    response: jsonb('response').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.idempotencyKey] })],
);

/** Long work (imports) with progress that survives a page reload. */
export const jobs = pgTable('jobs', {
  id: id(),
  kind: text('kind').notNull(), // lead_import | deal_import
  state: text('state').notNull(), // queued | running | done | failed
  total: integer('total').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  accepted: integer('accepted').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  params: jsonb('params')
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  error: text('error'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: ts('created_at').notNull(),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
});

export const jobRejections = pgTable(
  'job_rejections',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    errors: jsonb('errors').$type<{ path: string; message: string }[]>().notNull(),
    raw: jsonb('raw').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.rowNumber] })],
);

/** SLA clocks (5-30-120, quote countdown, recycle) as rows fired by the scheduler. */
export const slaClocks = pgTable(
  'sla_clocks',
  {
    id: id(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    policyArtifactId: uuid('policy_artifact_id').notNull(),
    policyVersion: integer('policy_version').notNull(),
    state: text('state').notNull(), // running | met | breached | cancelled
    startedAt: ts('started_at').notNull(),
    dueAt: ts('due_at').notNull(),
    /** When the scheduler must next look at this clock (next ladder step); null when nothing is left. */
    nextFireAt: ts('next_fire_at'),
    ladderStep: integer('ladder_step').notNull().default(0),
    ownerId: uuid('owner_id'),
    stoppedAt: ts('stopped_at'),
    stoppedBy: text('stopped_by'),
  },
  (t) => [
    index('sla_clocks_due')
      .on(t.nextFireAt)
      .where(sql`${t.nextFireAt} is not null`),
    index('sla_clocks_lead').on(t.leadId),
    // The board (overdue per rep) and the KPIs (met rate per rep and period) read clocks by owner.
    index('sla_clocks_owner').on(t.ownerId, t.startedAt),
    uniqueIndex('sla_clocks_one_running')
      .on(t.leadId, t.kind)
      .where(sql`${t.state} = 'running'`),
  ],
);

/** Calls, WeChat messages, visits, e-mails: what a rep did, with the key phrases of the note. */
export const touches = pgTable(
  'touches',
  {
    id: id(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id),
    userId: uuid('user_id').references(() => users.id),
    channel: text('channel').notNull(),
    at: ts('at').notNull(),
    note: text('note'),
    transcript: text('transcript'),
    keywords: jsonb('keywords')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('touches_lead').on(t.leadId, t.at), index('touches_user_at').on(t.userId, t.at)],
);

/**
 * Document frequencies of the words in the organisation's own notes (TF-IDF for key phrases, L10).
 * The row with term '' counts the documents.
 */
export const keywordDf = pgTable('keyword_df', {
  term: text('term').primaryKey(),
  df: integer('df').notNull(),
});

/** Proposals and quotes shared as tracked links (/p/:token). */
export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // proposal | quote
    token: text('token').notNull().unique(),
    title: text('title').notNull(),
    body: text('body'),
    amount: integer('amount'),
    sentBy: uuid('sent_by').references(() => users.id),
    sentAt: ts('sent_at').notNull(),
    firstViewedAt: ts('first_viewed_at'),
    viewCount: integer('view_count').notNull().default(0),
  },
  (t) => [index('proposals_lead').on(t.leadId), index('proposals_sender').on(t.sentBy, t.sentAt)],
);

export const proposalViews = pgTable('proposal_views', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  proposalId: uuid('proposal_id')
    .notNull()
    .references(() => proposals.id, { onDelete: 'cascade' }),
  at: ts('at').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

/** The morning meeting's agenda: red board items land here automatically. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    date: text('date').notNull(), // YYYY-MM-DD in the organisation's time zone
    ownerId: uuid('owner_id').references(() => users.id),
    teamId: uuid('team_id').references(() => teams.id),
    kind: text('kind').notNull(),
    ref: text('ref').notNull(), // what it is about (rep id + metric, lead id…): one item per ref and day
    title: jsonb('title').$type<{ zh: string; en: string }>().notNull(),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    done: boolean('done').notNull().default(false),
    doneBy: uuid('done_by'),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('agenda_one_per_ref').on(t.date, t.kind, t.ref)],
);

/** Group-robot channels (WeCom, DingTalk); the URL holds the robot's key, so only admins see it. */
export const notifyChannels = pgTable('notify_channels', {
  id: id(),
  kind: text('kind').notNull(), // wecom | dingtalk
  name: text('name').notNull(),
  url: text('url').notNull(),
  secret: text('secret'), // DingTalk signing secret
  teamId: uuid('team_id').references(() => teams.id),
  events: jsonb('events')
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull(),
});

/** Every outgoing message and its attempts (the delivery log). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    channelId: uuid('channel_id').references(() => notifyChannels.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    event: text('event').notNull(),
    payload: jsonb('payload').notNull(),
    state: text('state').notNull(), // pending | sent | failed
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    index('notifications_pending')
      .on(t.nextAttemptAt)
      .where(sql`${t.state} = 'pending'`),
  ],
);
