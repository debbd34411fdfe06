// Opportunities (MISSION.md C1–C6, F1–F7) and the form data reps and delivery leads fill in (W1, C7).
// Shared by the collaboration (stage gates, requirement diff, tickets) and forecast areas.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, ts } from './columns';
import { customers, leads } from './leads';
import { users } from './people';

/** Milestones reached on the dual track (C4): milestone id → when and by whom. */
export type TrackProgress = Record<string, { at: string; by: string | null }>;

export const opportunities = pgTable(
  'opportunities',
  {
    id: id(),
    name: text('name').notNull(),
    customerId: uuid('customer_id').references(() => customers.id),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    industry: text('industry').notNull(),
    /** Contract value in yuan. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    expectedClose: date('expected_close', { mode: 'string' }).notNull(),
    /** A stage id of the published stage-gates artefact (qualify, solution, quote, contract_approval, won, lost). */
    stage: text('stage').notNull(),
    /** open | won | lost, from the stage's outcome. */
    outcome: text('outcome').notNull().default('open'),
    stageEnteredAt: ts('stage_entered_at').notNull(),
    closedAt: ts('closed_at'),
    /** Set by the information-decay circuit breaker (C5); only an approved review clears it. */
    frozen: boolean('frozen').notNull().default(false),
    /** The industry's requirement form and delivery pre-assessment (form-template artefact ids). */
    templateId: uuid('template_id'),
    assessmentTemplateId: uuid('assessment_template_id'),
    gatesArtifactId: uuid('gates_artifact_id'),
    gatesArtifactVersion: integer('gates_artifact_version'),
    /** Contract payment terms in days (F6). */
    paymentTermsDays: integer('payment_terms_days'),
    tracks: jsonb('tracks')
      .$type<{ sales: TrackProgress; delivery: TrackProgress }>()
      .notNull()
      .default(sql`'{"sales":{},"delivery":{}}'::jsonb`),
    /** Further attributes (region, source, customer size…) that signal conditions may read. */
    data: jsonb('data')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdVia: text('created_via').notNull(), // session | seed | import
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('opportunities_owner_outcome').on(t.ownerId, t.outcome),
    index('opportunities_customer').on(t.customerId),
    index('opportunities_expected_close').on(t.expectedClose),
    index('opportunities_lead').on(t.leadId),
  ],
);

/** The opportunity's timeline: stage changes, gate refusals, freezes, milestones, signals. */
export const opportunityEvents = pgTable(
  'opportunity_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    at: ts('at').notNull(),
    actorId: text('actor_id'),
    data: jsonb('data')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('opportunity_events_opp').on(t.opportunityId, t.at)],
);

/**
 * The current data of one form (a published form-template) about one subject (a lead or an
 * opportunity). `revision` grows with every save; each revision is kept in form_submission_revisions
 * so comparisons can name the exact versions they compared (C5).
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    id: id(),
    templateId: uuid('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    subjectType: text('subject_type').notNull(), // lead | opportunity
    subjectId: uuid('subject_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    completeness: integer('completeness').notNull(),
    /** Where auto-filled values came from (C7): field key → { source, line, text, acceptedBy, at }. */
    provenance: jsonb('provenance')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    revision: integer('revision').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('form_submissions_template_subject').on(t.templateId, t.subjectId),
    index('form_submissions_subject').on(t.subjectId),
  ],
);

export const formSubmissionRevisions = pgTable(
  'form_submission_revisions',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => formSubmissions.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    templateVersion: integer('template_version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: ts('saved_at').notNull(),
  },
  (t) => [uniqueIndex('form_submission_revisions_pk').on(t.submissionId, t.revision)],
);
