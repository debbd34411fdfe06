// Sales ↔ delivery collaboration (MISSION.md C3, C5, C6): pre-check tickets, circuit-breaker
// reviews, every requirement comparison with the exact versions compared, and the product
// knowledge base.
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, ts } from './columns';
import { opportunities } from './opportunities';
import { users } from './people';

/** A feasibility question for a product consultant, opened by a form trigger (C3). */
export const preCheckTickets = pgTable(
  'pre_check_tickets',
  {
    id: id(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    /** The form trigger that opened it; one ticket per trigger per opportunity. */
    triggerId: text('trigger_id').notNull(),
    title: jsonb('title').$type<{ zh: string; en: string }>().notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    assigneeRole: text('assignee_role').notNull(),
    skills: jsonb('skills')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    priority: text('priority').notNull().default('normal'),
    knowledgeLinks: jsonb('knowledge_links')
      .$type<{ key: string; label?: { zh: string; en: string } }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** open | answered */
    status: text('status').notNull().default('open'),
    /** feasible | feasible_with_conditions | infeasible */
    verdict: text('verdict'),
    note: text('note'),
    knowledgeIds: jsonb('knowledge_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    dueAt: ts('due_at').notNull(),
    answeredAt: ts('answered_at'),
    answeredBy: uuid('answered_by').references(() => users.id),
    formTemplateId: uuid('form_template_id'),
    formTemplateVersion: integer('form_template_version'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('pre_check_tickets_opp_trigger').on(t.opportunityId, t.triggerId),
    index('pre_check_tickets_assignee').on(t.assigneeId, t.status),
  ],
);

/** One comparison of the requirement form with the delivery pre-assessment (C5). */
export const requirementComparisons = pgTable(
  'requirement_comparisons',
  {
    id: id(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    rate: doublePrecision('rate').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    /** Whether this comparison froze the opportunity. */
    tripped: boolean('tripped').notNull(),
    fields: jsonb('fields').$type<Record<string, unknown>[]>().notNull(),
    requirementsSubmissionId: uuid('requirements_submission_id').notNull(),
    requirementsRevision: integer('requirements_revision').notNull(),
    requirementsTemplateId: uuid('requirements_template_id').notNull(),
    requirementsTemplateVersion: integer('requirements_template_version').notNull(),
    assessmentSubmissionId: uuid('assessment_submission_id').notNull(),
    assessmentRevision: integer('assessment_revision').notNull(),
    assessmentTemplateId: uuid('assessment_template_id').notNull(),
    assessmentTemplateVersion: integer('assessment_template_version').notNull(),
    gatesArtifactId: uuid('gates_artifact_id'),
    gatesArtifactVersion: integer('gates_artifact_version'),
    /** Both forms' data as compared, so the joint review can show them side by side (C6). */
    salesData: jsonb('sales_data').$type<Record<string, unknown>>().notNull(),
    deliveryData: jsonb('delivery_data').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('requirement_comparisons_opp').on(t.opportunityId, t.createdAt),
    index('requirement_comparisons_month').on(t.createdAt, t.rate),
  ],
);

/** A circuit-breaker review task: the rep, the delivery lead and the manager resolve a freeze (C5). */
export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    comparisonId: uuid('comparison_id')
      .notNull()
      .references(() => requirementComparisons.id, { onDelete: 'cascade' }),
    /** open | approved | rejected */
    status: text('status').notNull().default('open'),
    fromStage: text('from_stage').notNull(),
    targetStage: text('target_stage').notNull(),
    assigneeIds: jsonb('assignee_ids').$type<string[]>().notNull(),
    approverRoles: jsonb('approver_roles').$type<string[]>().notNull(),
    dueAt: ts('due_at'),
    decision: text('decision'),
    note: text('note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('reviews_opp').on(t.opportunityId, t.status)],
);

/** Product knowledge: API documentation, compatibility matrices, limits (C3). */
export const knowledgeEntries = pgTable(
  'knowledge_entries',
  {
    id: id(),
    /** Stable key that form templates link to, e.g. kb.mes-api. */
    key: text('key').notNull(),
    /** api | compatibility | limit | guide */
    category: text('category').notNull(),
    title: jsonb('title').$type<{ zh: string; en: string }>().notNull(),
    /** Markdown, both languages. */
    body: jsonb('body').$type<{ zh: string; en: string }>().notNull(),
    tags: jsonb('tags')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    url: text('url'),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('knowledge_entries_key').on(t.key)],
);
