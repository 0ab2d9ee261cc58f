import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DeliveryState } from '@tailor/domain';
import { users } from '../users/users.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

// See tasks.pg-schema.ts.
export const backgroundTasks = sqliteTable(
  'background_tasks',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subjectId: text('subject_id').notNull(),
    delivery: text('delivery').$type<DeliveryState>().notNull(),
    attempts: integer('attempts').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    leasedBy: text('locked_by'),
    heartbeatAt: instant('heartbeat_at'),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [
    index('background_tasks_delivery_created_idx').on(table.delivery, table.createdAt),
    index('background_tasks_user_delivery_idx').on(table.userId, table.delivery),
  ],
);
