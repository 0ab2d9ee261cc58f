import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  AppliedRewrite,
  DroppedProposal,
  EnhancementOutcome,
  EnhancementProposal,
  EnhancementStatus,
  TaskError,
} from '@tailor/domain';
import { users } from '../users/users.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

// See enhancements.pg-schema.ts.
export const enhancements = sqliteTable(
  'enhancements',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    profileId: text('profile_id').notNull(),
    status: text('status').$type<EnhancementStatus>().notNull(),
    stage: text('stage'),
    progress: integer('progress').notNull(),
    error: text('error', { mode: 'json' }).$type<TaskError>(),
    profileVersion: integer('profile_version').notNull(),
    styleFrom: text('style_from').$type<EnhancementOutcome['styleFrom']>(),
    proposals: text('proposals', { mode: 'json' }).$type<EnhancementProposal[]>().notNull(),
    dropped: text('dropped', { mode: 'json' }).$type<DroppedProposal[]>().notNull(),
    applied: text('applied', { mode: 'json' }).$type<AppliedRewrite[]>(),
    appliedAt: instant('applied_at'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [index('enhancements_user_idx').on(table.userId, table.createdAt)],
);
