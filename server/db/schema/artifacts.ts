// Artefacts, their immutable versions and the audit trail.
import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { users } from './people';

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
