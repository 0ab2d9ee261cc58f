import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../users/users.pg-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// One feed per user; the token itself is never stored, only its SHA-256 digest (unique: one lookup).
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: instant('created_at').notNull(),
});
