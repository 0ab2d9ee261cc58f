import type { CalendarFeed, ICalendarFeedRepository } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

export class InMemoryCalendarFeedRepository implements ICalendarFeedRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<CalendarFeed>('calendar_feeds');
  }

  async put(feed: CalendarFeed) {
    this.rows.set(feed.userId, structuredClone(feed));
  }

  async findByTokenHash(tokenHash: string) {
    for (const row of this.rows.values()) if (row.tokenHash === tokenHash) return structuredClone(row);
    return null;
  }

  async findByUser(userId: string) {
    const row = this.rows.get(userId);
    return row ? structuredClone(row) : null;
  }

  async delete(userId: string) {
    return this.rows.delete(userId);
  }
}
