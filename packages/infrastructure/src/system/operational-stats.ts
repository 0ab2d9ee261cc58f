import { asc, count, eq } from 'drizzle-orm';
import { generations } from '../generations/generations.pg-schema.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { backgroundTasks as tasks } from '../tasks/tasks.pg-schema.js';

export interface QueueStats {
  /** Tasks waiting to be claimed, on every instance. */
  depth: number;
  /** Seconds the oldest waiting task has waited; 0 when none waits. */
  oldestAgeSeconds: number;
}

export interface GenerationCount {
  type: string;
  status: string;
  count: number;
}

/**
 * What operators watch, read from the shared database at scrape time so every instance reports the same
 * cluster-wide numbers (an in-process counter would only know this instance's share).
 */
export class SqlOperationalStats {
  constructor(private readonly database: SqlDatabase) {}

  async queue(now: Date): Promise<QueueStats> {
    const [waiting, oldest] = await Promise.all([
      this.database.exec((db) => db.select({ n: count() }).from(tasks).where(eq(tasks.delivery, 'pending'))),
      this.database.exec((db) =>
        db
          .select({ createdAt: tasks.createdAt })
          .from(tasks)
          .where(eq(tasks.delivery, 'pending'))
          .orderBy(asc(tasks.createdAt))
          .limit(1),
      ),
    ]);
    const since = oldest[0]?.createdAt;
    return {
      depth: Number(waiting[0]?.n ?? 0),
      oldestAgeSeconds: since ? Math.max(0, (now.getTime() - new Date(since).getTime()) / 1000) : 0,
    };
  }

  async generations(): Promise<GenerationCount[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ type: generations.type, status: generations.status, n: count() })
        .from(generations)
        .groupBy(generations.type, generations.status),
    );
    return rows.map((row) => ({ type: row.type, status: row.status, count: Number(row.n) }));
  }
}
