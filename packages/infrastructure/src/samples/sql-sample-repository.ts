import { SampleErrors, type ISampleRepository, type SampleType, type WritingSample } from '@tailor/domain';
import { and, asc, eq } from 'drizzle-orm';
import { writingSamples as samples } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { isUniqueViolation } from '../persistence/unique-violation.js';

export class SqlSampleRepository implements ISampleRepository {
  constructor(private readonly database: SqlDatabase) {}

  async save(sample: WritingSample): Promise<void> {
    const { id: _id, userId, createdAt: _createdAt, ...changes } = sample;
    try {
      await this.database.exec((db) =>
        db
          .insert(samples)
          .values(sample)
          // A replacement keeps id and creation time; it never takes over another user's row.
          .onConflictDoUpdate({ target: samples.id, set: changes, setWhere: eq(samples.userId, userId) }),
      );
    } catch (error) {
      // A second sample of the same type for the same user: two uploads raced.
      if (isUniqueViolation(error)) throw SampleErrors.conflict();
      throw error;
    }
  }

  async findById(userId: string, id: string) {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(samples)
        .where(and(eq(samples.id, id), eq(samples.userId, userId)))
        .limit(1),
    );
    return rows[0] ?? null;
  }

  async findByType(userId: string, type: SampleType) {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(samples)
        .where(and(eq(samples.userId, userId), eq(samples.type, type)))
        .limit(1),
    );
    return rows[0] ?? null;
  }

  async listByUser(userId: string) {
    return this.database.exec((db) =>
      db
        .select()
        .from(samples)
        .where(eq(samples.userId, userId))
        .orderBy(asc(samples.createdAt), asc(samples.id)),
    );
  }

  async delete(userId: string, id: string) {
    const deleted = await this.database.exec((db) =>
      db
        .delete(samples)
        .where(and(eq(samples.id, id), eq(samples.userId, userId)))
        .returning({ id: samples.id }),
    );
    return deleted.length === 1;
  }

  async deleteAllByUser(userId: string) {
    await this.database.exec((db) => db.delete(samples).where(eq(samples.userId, userId)));
  }
}
