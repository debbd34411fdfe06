// Forecasting on evidence (MISSION.md F1–F7): signals recorded on deals, the score history,
// weekly forecast snapshots for calibration, improvement-plan tasks and customers' payment cycles.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
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
import { customers } from './leads';
import { opportunities } from './opportunities';
import { users } from './people';

/** A buying signal recorded on a deal (F2): by hand with evidence, or detected automatically. */
export const dealSignals = pgTable(
  'deal_signals',
  {
    id: id(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    /** A signal id of the signal-model artefact. */
    signalId: text('signal_id').notNull(),
    note: text('note'),
    link: text('link'),
    fileName: text('file_name'),
    /** manual | auto | import */
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    /** When the signal happened (evidence date). */
    at: ts('at').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('deal_signals_opp_signal').on(t.opportunityId, t.signalId)],
);

/** A deal's score after every change, with the artefact version that computed it (F1). */
export const dealScoreHistory = pgTable(
  'deal_score_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    score: doublePrecision('score').notNull(),
    signalIds: jsonb('signal_ids').$type<string[]>().notNull(),
    artifactId: uuid('artifact_id'),
    artifactVersion: integer('artifact_version'),
    reason: text('reason').notNull(), // recorded | removed | auto | import | seed | model
  },
  (t) => [index('deal_score_history_opp').on(t.opportunityId, t.at)],
);

/** Per deal probability and per rep period forecast, one row set per snapshot week (F5). */
export const forecastSnapshots = pgTable(
  'forecast_snapshots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Monday-based ISO date of the snapshot's week, e.g. 2026-11-23. */
    week: date('week', { mode: 'string' }).notNull(),
    takenAt: ts('taken_at').notNull(),
    /** deal | rep */
    kind: text('kind').notNull(),
    /** The deal's or the rep's id: with week and kind, what makes a snapshot idempotent. */
    subject: text('subject').notNull(),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').references(() => users.id),
    period: text('period').notNull(),
    score: doublePrecision('score'),
    probability: doublePrecision('probability'),
    /** Rep rows: the period forecast in yuan; deal rows: the deal's amount. */
    amount: doublePrecision('amount'),
    /** Filled when the outcome is known: deal 1/0 won, rep actual won value in the period. */
    actual: doublePrecision('actual'),
    artifactId: uuid('artifact_id'),
    artifactVersion: integer('artifact_version'),
  },
  (t) => [
    uniqueIndex('forecast_snapshots_week_subject').on(t.week, t.kind, t.subject),
    index('forecast_snapshots_owner').on(t.ownerId, t.week),
    index('forecast_snapshots_opp').on(t.opportunityId),
  ],
);

/** An improvement-plan task for a manager whose rep's forecast was off N weeks in a row (F5). */
export const calibrationTasks = pgTable(
  'calibration_tasks',
  {
    id: id(),
    repId: uuid('rep_id')
      .notNull()
      .references(() => users.id),
    managerId: uuid('manager_id').references(() => users.id),
    /** The snapshot week that triggered the task. */
    week: date('week', { mode: 'string' }).notNull(),
    deviations: jsonb('deviations').$type<{ week: string; deviation: number }[]>().notNull(),
    status: text('status').notNull().default('open'), // open | done
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('calibration_tasks_rep_week').on(t.repId, t.week)],
);

/** A customer's invoice and when it was paid (F6): days from invoice to payment. */
export const paymentCycles = pgTable(
  'payment_cycles',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    invoiceDate: date('invoice_date', { mode: 'string' }).notNull(),
    paidDate: date('paid_date', { mode: 'string' }),
    days: integer('days').notNull(),
    termsDays: integer('terms_days'),
    amount: doublePrecision('amount'),
    source: text('source').notNull(), // manual | import | seed
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    data: jsonb('data')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('payment_cycles_customer').on(t.customerId, t.invoiceDate)],
);
