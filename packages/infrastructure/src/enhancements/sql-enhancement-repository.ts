import type { Enhancement, IEnhancementRepository } from '@tailor/domain';
import { and, asc, eq } from 'drizzle-orm';
import { enhancements } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

export class SqlEnhancementRepository implements IEnhancementRepository {
  constructor(private readonly database: SqlDatabase) {}

  async add(enhancement: Enhancement): Promise<void> {
    await this.database.exec((db) => db.insert(enhancements).values(enhancement));
  }

  async save(enhancement: Enhancement): Promise<void> {
    const { id, userId, createdAt: _createdAt, ...changes } = enhancement;
    await this.database.exec((db) =>
      db
        .update(enhancements)
        .set(changes)
        .where(and(eq(enhancements.id, id), eq(enhancements.userId, userId))),
    );
  }

  async findById(userId: string, id: string): Promise<Enhancement | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(enhancements)
        .where(and(eq(enhancements.id, id), eq(enhancements.userId, userId)))
        .limit(1),
    );
    return rows[0] ?? null;
  }

  async listByUser(userId: string): Promise<Enhancement[]> {
    return this.database.exec((db) =>
      db
        .select()
        .from(enhancements)
        .where(eq(enhancements.userId, userId))
        .orderBy(asc(enhancements.createdAt), asc(enhancements.id)),
    );
  }

  async deleteAllByUser(userId: string): Promise<void> {
    await this.database.exec((db) => db.delete(enhancements).where(eq(enhancements.userId, userId)));
  }
}
