import type { IIdGenerator, ILoginFailureRepository } from '@tailor/domain';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { loginFailures } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

/** Failures older than this are never consulted again (the lockout window is 15 minutes). */
const KEEP_MS = 24 * 60 * 60 * 1000;

export class SqlLoginFailureRepository implements ILoginFailureRepository {
  constructor(
    private readonly database: SqlDatabase,
    private readonly ids: IIdGenerator,
  ) {}

  async record(email: string, at: Date): Promise<void> {
    await this.database.exec((db) =>
      db.insert(loginFailures).values({ id: this.ids.next(), email, failedAt: at }),
    );
    await this.database.exec((db) =>
      db
        .delete(loginFailures)
        .where(
          and(eq(loginFailures.email, email), lt(loginFailures.failedAt, new Date(at.getTime() - KEEP_MS))),
        ),
    );
  }

  async listSince(email: string, since: Date): Promise<Date[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ failedAt: loginFailures.failedAt })
        .from(loginFailures)
        .where(and(eq(loginFailures.email, email), gte(loginFailures.failedAt, since)))
        .orderBy(asc(loginFailures.failedAt)),
    );
    return rows.map((row) => row.failedAt);
  }

  async clear(email: string): Promise<void> {
    await this.database.exec((db) => db.delete(loginFailures).where(eq(loginFailures.email, email)));
  }
}
