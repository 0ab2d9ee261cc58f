import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  GenerationError,
  GenerationOptions,
  GenerationResult,
  GenerationStage,
  GenerationStatus,
  GenerationType,
  GenerationUsage,
} from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Feedback as stored (JSON): the instant is an ISO string. */
export interface StoredFeedback {
  rating: number;
  comment: string | null;
  createdAt: string;
}

// job_id and profile_id carry no foreign key on purpose: a generation outlives its job or profile (the run
// then fails with GENERATION.SOURCE_DELETED, and finished results stay readable). A deleted generation is a
// tombstone (deleted_at set, content cleared) that only the limit counts read.
export const generations = pgTable(
  'generations',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<GenerationType>().notNull(),
    jobId: text('job_id').notNull(),
    profileId: text('profile_id').notNull(),
    templateId: text('template_id'),
    status: text('status').$type<GenerationStatus>().notNull(),
    stage: text('stage').$type<GenerationStage>(),
    progress: integer('progress').notNull(),
    error: jsonb('error').$type<GenerationError>(),
    parentId: text('parent_id'),
    documentId: text('document_id'),
    usage: jsonb('usage').$type<GenerationUsage>(),
    options: jsonb('options').$type<GenerationOptions>().notNull(),
    idempotencyKey: text('idempotency_key'),
    result: jsonb('result').$type<GenerationResult>(),
    feedback: jsonb('feedback').$type<StoredFeedback[]>().notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    deletedAt: instant('deleted_at'),
  },
  (table) => [
    uniqueIndex('generations_owner_key_idx').on(table.ownerId, table.idempotencyKey),
    index('generations_owner_created_idx').on(table.ownerId, table.createdAt),
    index('generations_owner_job_idx').on(table.ownerId, table.jobId),
  ],
);
