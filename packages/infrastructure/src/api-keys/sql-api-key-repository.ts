import type { ApiKey, IApiKeyRepository } from '@tailor/domain';
import { and, asc, count, eq, isNull, lte, or } from 'drizzle-orm';
import { apiKeys } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

export class SqlApiKeyRepository implements IApiKeyRepository {
  constructor(private readonly database: SqlDatabase) {}

  async add(key: ApiKey): Promise<void> {
    await this.database.exec((db) => db.insert(apiKeys).values(key));
  }

  async findByHash(keyHash: string): Promise<ApiKey | null> {
    const rows = await this.database.exec((db) =>
      db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash)).limit(1),
    );
    return rows[0] ?? null;
  }

  async listByUser(userId: string): Promise<ApiKey[]> {
    return this.database.exec((db) =>
      db
        .select()
        .from(apiKeys)
        .where(eq(apiKeys.userId, userId))
        .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id)),
    );
  }

  async countByUser(userId: string): Promise<number> {
    const rows = await this.database.exec((db) =>
      db.select({ n: count() }).from(apiKeys).where(eq(apiKeys.userId, userId)),
    );
    return Number(rows[0]?.n ?? 0);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db
        .delete(apiKeys)
        .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
        .returning({ id: apiKeys.id }),
    );
    return deleted.length === 1;
  }

  async touch(id: string, at: Date, notBefore: Date): Promise<void> {
    // Conditional, so several instances seeing the same stale value still write once per interval.
    await this.database.exec((db) =>
      db
        .update(apiKeys)
        .set({ lastUsedAt: at })
        .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, notBefore)))),
    );
  }

  async deleteAllByUser(userId: string): Promise<string[]> {
    const deleted = await this.database.exec((db) =>
      db.delete(apiKeys).where(eq(apiKeys.userId, userId)).returning({ id: apiKeys.id }),
    );
    return deleted.map((row) => row.id);
  }
}
