import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type {
  AppliedRewrite,
  DroppedProposal,
  EnhancementOutcome,
  EnhancementProposal,
  EnhancementStatus,
  TaskError,
} from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// profile_id carries no foreign key, like generations: an enhancement of a deleted profile stays readable.
export const enhancements = pgTable(
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
    error: jsonb('error').$type<TaskError>(),
    profileVersion: integer('profile_version').notNull(),
    styleFrom: text('style_from').$type<EnhancementOutcome['styleFrom']>(),
    proposals: jsonb('proposals').$type<EnhancementProposal[]>().notNull(),
    dropped: jsonb('dropped').$type<DroppedProposal[]>().notNull(),
    applied: jsonb('applied').$type<AppliedRewrite[]>(),
    appliedAt: instant('applied_at'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [index('enhancements_user_idx').on(table.userId, table.createdAt)],
);
