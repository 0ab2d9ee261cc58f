import {
  GENERATION_STATUSES,
  GENERATION_TYPES,
  Generation,
  GenerationErrors,
  type GenerationCounts,
  type GenerationPrimitives,
  type GenerationSearch,
  type GenerationStatus,
  type IGenerationRepository,
  type Page,
} from '@tailor/domain';
import { and, asc, count, desc, eq, gte, isNull, min, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { generations } from '../persistence/schema/pg.js';
import { boundColumns, type SqlDatabase } from '../persistence/sql-database.js';
import { isUniqueViolation } from '../persistence/unique-violation.js';

type Row = typeof generations.$inferSelect;

const toRow = (g: Generation): typeof generations.$inferInsert => {
  // No copy: the row is only serialised (each JSON column is stringified when the statement is bound).
  const p = g.readPrimitives();
  return {
    ...p,
    feedback: p.feedback.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    deletedAt: null,
  };
};

const toGeneration = ({ deletedAt: _d, feedback, ...row }: Row): Generation =>
  Generation.fromOwnedPrimitives({
    ...row,
    feedback: feedback.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
  } as GenerationPrimitives);

const SORT = { createdAt: generations.createdAt, updatedAt: generations.updatedAt } as const;

/** Generations on SQLite and PostgreSQL; the result and feedback are JSON columns of the row. */
const FINISHED: GenerationStatus[] = ['succeeded', 'failed', 'cancelled'];

/** What `save` writes: every column but the keys and what never changes after `add`. */
type SavedColumns = Omit<typeof generations.$inferInsert, 'id' | 'ownerId' | 'createdAt' | 'idempotencyKey'>;
const SAVED_COLUMNS = [
  'type',
  'jobId',
  'profileId',
  'templateId',
  'status',
  'stage',
  'progress',
  'error',
  'parentId',
  'documentId',
  'usage',
  'options',
  'result',
  'feedback',
  'updatedAt',
  'startedAt',
  'finishedAt',
  'deletedAt',
] as const satisfies readonly (keyof SavedColumns)[];
// Every saved column is listed: a column added to the table and not here fails to compile.
const allSaved: Exclude<keyof SavedColumns, (typeof SAVED_COLUMNS)[number]> extends never ? true : never =
  true;

export class SqlGenerationRepository implements IGenerationRepository {
  // A generation run saves its row at each checkpoint and reads it back several times; a run of the local
  // engine spent a fifth of its time building these statements and having SQLite compile them each time.
  private readonly byId;
  private readonly saveRow;

  constructor(private readonly database: SqlDatabase) {
    void allSaved;
    this.byId = database.prepare('generations_by_id', (db) =>
      db
        .select()
        .from(generations)
        .where(
          and(
            eq(generations.id, sql.placeholder('id')),
            eq(generations.ownerId, sql.placeholder('ownerId')),
            isNull(generations.deletedAt),
          ),
        ),
    );
    this.saveRow = database.prepare('generations_save', (db) =>
      db
        .update(generations)
        .set(boundColumns(generations, SAVED_COLUMNS))
        .where(
          and(
            eq(generations.id, sql.placeholder('id')),
            eq(generations.ownerId, sql.placeholder('ownerId')),
            isNull(generations.deletedAt),
            // Compare-and-set against a finished status (see the port).
            or(notInArray(generations.status, FINISHED), eq(generations.status, sql.placeholder('status'))),
          ),
        )
        .returning({ id: generations.id }),
    );
  }

  private live(ownerId: string, ...more: (SQL | undefined)[]) {
    return and(eq(generations.ownerId, ownerId), isNull(generations.deletedAt), ...more);
  }

  async add(generation: Generation): Promise<void> {
    try {
      await this.database.exec((db) => db.insert(generations).values(toRow(generation)));
    } catch (error) {
      // (owner_id, idempotency_key) is the only unique constraint besides the ULID primary key.
      if (isUniqueViolation(error)) throw GenerationErrors.duplicateIdempotencyKey();
      throw error;
    }
  }

  async save(generation: Generation): Promise<boolean> {
    const { id, ownerId, createdAt: _c, idempotencyKey: _k, ...changes } = toRow(generation);
    const updated = await this.saveRow({ id, ownerId, ...changes });
    return updated.length === 1;
  }

  async findById(ownerId: string, id: string): Promise<Generation | null> {
    // The id is the primary key: no LIMIT (a bound one makes SQLite re-plan the statement on every run).
    const rows = await this.byId({ id, ownerId });
    return rows[0] ? toGeneration(rows[0]) : null;
  }

  async findByIdempotencyKey(ownerId: string, key: string): Promise<Generation | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(generations)
        .where(this.live(ownerId, eq(generations.idempotencyKey, key)))
        .limit(1),
    );
    return rows[0] ? toGeneration(rows[0]) : null;
  }

  async search(ownerId: string, search: GenerationSearch): Promise<Page<Generation>> {
    const where = this.live(
      ownerId,
      search.jobId ? eq(generations.jobId, search.jobId) : undefined,
      search.type ? eq(generations.type, search.type) : undefined,
      search.status ? eq(generations.status, search.status) : undefined,
    );
    const order = search.sort.direction === 'asc' ? asc : desc;
    const [rows, totals] = await Promise.all([
      this.database.exec((db) =>
        db
          .select()
          .from(generations)
          .where(where)
          .orderBy(order(SORT[search.sort.field]), order(generations.id))
          .limit(search.size)
          .offset((search.page - 1) * search.size),
      ),
      this.database.exec((db) => db.select({ n: count() }).from(generations).where(where)),
    ]);
    return { items: rows.map(toGeneration), total: Number(totals[0]?.n ?? 0) };
  }

  async countSince(ownerId: string, since: Date): Promise<GenerationCounts> {
    // Tombstones included: deleting generations must not reset the limits.
    const rows = await this.database.exec((db) =>
      db
        .select({
          status: generations.status,
          type: generations.type,
          n: count(),
          oldest: min(generations.createdAt),
        })
        .from(generations)
        .where(and(eq(generations.ownerId, ownerId), gte(generations.createdAt, since)))
        .groupBy(generations.status, generations.type),
    );
    const byStatus = Object.fromEntries(
      GENERATION_STATUSES.map((s) => [s, 0]),
    ) as GenerationCounts['byStatus'];
    const byType = Object.fromEntries(GENERATION_TYPES.map((t) => [t, 0])) as GenerationCounts['byType'];
    let total = 0;
    let oldest: Date | null = null;
    for (const row of rows) {
      const n = Number(row.n);
      total += n;
      byStatus[row.status] += n;
      byType[row.type] += n;
      // min() of a timestamp comes back as the driver gives it (Date, ISO text or epoch ms): normalise.
      const at = row.oldest === null ? null : new Date(row.oldest as unknown as string | number | Date);
      if (at !== null && (oldest === null || at < oldest)) oldest = at;
    }
    return { total, oldest, byStatus, byType };
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db
        .update(generations)
        .set({ deletedAt: new Date(), result: null, feedback: [], error: null, idempotencyKey: null })
        .where(and(eq(generations.id, id), this.live(ownerId)))
        .returning({ id: generations.id }),
    );
    return deleted.length === 1;
  }

  async listAllByOwner(ownerId: string): Promise<Generation[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(generations)
        .where(this.live(ownerId))
        .orderBy(asc(generations.createdAt), asc(generations.id)),
    );
    return rows.map(toGeneration);
  }

  async deleteAllByOwner(ownerId: string): Promise<number> {
    const deleted = await this.database.exec((db) =>
      db.delete(generations).where(eq(generations.ownerId, ownerId)).returning({ id: generations.id }),
    );
    return deleted.length;
  }
}
