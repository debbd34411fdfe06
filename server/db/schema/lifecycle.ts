// Lead lifecycle (MISSION.md L1, L4–L10): sources, webhooks, jobs, clocks, touches, proposals, agenda, notifications.
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { id, ts } from './columns';
import { teams, users } from './people';
import { customers, leads } from './leads';

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
    // No foreign key: clocks are written only by the clock reactor and the scheduler, for leads
    // they have just locked (clocks/lead.ts), and leads are never deleted. A per-row foreign-key
    // trigger on this high-volume table cost more than the insert itself.
    leadId: uuid('lead_id').notNull(),
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
    // The morning agenda takes the oldest open breaches (services/agenda.ts) without reading the
    // rest of the table; new clocks are never breached, so ingest does not maintain it.
    index('sla_clocks_open_breaches')
      .on(t.dueAt, t.id)
      .where(sql`${t.state} = 'breached' and ${t.stoppedAt} is null`),
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
