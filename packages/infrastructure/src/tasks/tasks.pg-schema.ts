import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { DeliveryState } from '@tailor/domain';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Delivery records: the work's state lives on the entity each one delivers (`subject_id`). */
export const backgroundTasks = pgTable(
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
    // The column keeps its first name: renaming it would gain nothing but a rebuilt table on SQLite.
    leasedBy: text('locked_by'),
    heartbeatAt: instant('heartbeat_at'),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [
    // The claim scans pending tasks oldest first and counts each owner's leased ones.
    index('background_tasks_delivery_created_idx').on(table.delivery, table.createdAt),
    index('background_tasks_user_delivery_idx').on(table.userId, table.delivery),
  ],
);
