import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from '../users/users.sqlite-schema.js';

const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const calendarFeeds = sqliteTable('calendar_feeds', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: instant('created_at').notNull(),
});
