import type { CalendarFeed, ICalendarFeedRepository } from '@tailor/domain';
import { eq } from 'drizzle-orm';
import { calendarFeeds } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

export class SqlCalendarFeedRepository implements ICalendarFeedRepository {
  constructor(private readonly database: SqlDatabase) {}

  async put(feed: CalendarFeed): Promise<void> {
    await this.database.exec((db) =>
      db
        .insert(calendarFeeds)
        .values(feed)
        .onConflictDoUpdate({
          target: calendarFeeds.userId,
          set: { tokenHash: feed.tokenHash, createdAt: feed.createdAt },
        }),
    );
  }

  async findByTokenHash(tokenHash: string): Promise<CalendarFeed | null> {
    const rows = await this.database.exec((db) =>
      db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash)).limit(1),
    );
    return rows[0] ?? null;
  }

  async findByUser(userId: string): Promise<CalendarFeed | null> {
    const rows = await this.database.exec((db) =>
      db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).limit(1),
    );
    return rows[0] ?? null;
  }

  async delete(userId: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db
        .delete(calendarFeeds)
        .where(eq(calendarFeeds.userId, userId))
        .returning({ userId: calendarFeeds.userId }),
    );
    return deleted.length === 1;
  }
}
