import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { TaskError, TaskStatus } from '@tailor/domain';
import { users } from '../users/users.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });
const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

// See tasks.pg-schema.ts.
export const backgroundTasks = sqliteTable(
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
    error: json<TaskError>('error'),
    input: json<unknown>('input'),
    result: json<unknown>('result'),
    cancelRequested: integer('cancel_requested', { mode: 'boolean' }).notNull(),
    lockedBy: text('locked_by'),
    heartbeatAt: instant('heartbeat_at'),
    createdAt: instant('created_at').notNull(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    index('background_tasks_status_created_idx').on(table.status, table.createdAt),
    index('background_tasks_user_status_idx').on(table.userId, table.status),
  ],
);
