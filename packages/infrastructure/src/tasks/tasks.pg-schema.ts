import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { TaskError, TaskStatus } from '@tailor/domain';
import { portableBoolean } from '../persistence/portable-boolean.js';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const backgroundTasks = pgTable(
  'background_tasks',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    status: text('status').$type<TaskStatus>().notNull(),
    stage: text('stage'),
    progress: integer('progress').notNull(),
    attempts: integer('attempts').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    error: jsonb('error').$type<TaskError>(),
    input: jsonb('input').$type<unknown>(),
    result: jsonb('result').$type<unknown>(),
    cancelRequested: portableBoolean('cancel_requested').notNull(),
    lockedBy: text('locked_by'),
    heartbeatAt: instant('heartbeat_at'),
    createdAt: instant('created_at').notNull(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    // The claim query scans queued tasks oldest first and counts each owner's running ones.
    index('background_tasks_status_created_idx').on(table.status, table.createdAt),
    index('background_tasks_user_status_idx').on(table.userId, table.status),
  ],
);
