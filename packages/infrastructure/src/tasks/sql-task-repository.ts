import type { BackgroundTask, ITaskRepository } from '@tailor/domain';
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { backgroundTasks as tasks } from '../persistence/schema/pg.js';
import type { AppDb, SqlDatabase } from '../persistence/sql-database.js';

type TaskRow = typeof tasks.$inferSelect;
const toTask = (row: TaskRow): BackgroundTask => ({ ...row });

const heldBy = (id: string, workerId: string) =>
  and(eq(tasks.id, id), eq(tasks.delivery, 'leased'), eq(tasks.leasedBy, workerId));

export class SqlTaskRepository implements ITaskRepository {
  constructor(private readonly database: SqlDatabase) {}

  async add(task: BackgroundTask): Promise<void> {
    await this.database.exec((db) => db.insert(tasks).values(task));
  }

  async findById(userId: string, id: string): Promise<BackgroundTask | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(tasks)
        .where(and(eq(tasks.id, id), eq(tasks.userId, userId)))
        .limit(1),
    );
    return rows[0] ? toTask(rows[0]) : null;
  }

  async get(id: string): Promise<BackgroundTask | null> {
    const rows = await this.database.exec((db) => db.select().from(tasks).where(eq(tasks.id, id)).limit(1));
    return rows[0] ? toTask(rows[0]) : null;
  }

  /**
   * One transaction: pick the oldest pending task whose owner is under the cap, then lease it only if it is
   * still pending. SQLite: the transaction holds the database's single writer lock (and the runner's mutex),
   * so nothing interleaves. PostgreSQL: `FOR UPDATE SKIP LOCKED` lets concurrent workers pass over a row
   * another is claiming, and a transaction-scoped advisory lock per owner makes the "fewer than N leased"
   * count and the update one step, so two instances cannot both take an owner's last free slot.
   */
  async claim(input: { workerId: string; now: Date; maxPerUser: number; id?: string }) {
    const { workerId, now, maxPerUser } = input;
    const dialect = this.database.dialect;
    return this.database.transaction(async () => {
      const leasedOf = (db: AppDb, userId: string) =>
        db
          .select({ n: sql<number>`count(*)` })
          .from(tasks)
          .where(and(eq(tasks.userId, userId), eq(tasks.delivery, 'leased')));
      const candidates = await this.database.exec((db) => {
        const query = db
          .select({ id: tasks.id, userId: tasks.userId })
          .from(tasks)
          .where(
            and(
              eq(tasks.delivery, 'pending'),
              input.id === undefined ? undefined : eq(tasks.id, input.id),
              // `r` is an alias, so the unqualified table name below still means the outer row.
              sql`(select count(*) from background_tasks r where r.user_id = ${tasks.userId} and r.delivery = 'leased') < ${maxPerUser}`,
            ),
          )
          .orderBy(asc(tasks.createdAt), asc(tasks.id))
          .limit(1);
        return dialect === 'postgres' ? query.for('update', { skipLocked: true }) : query;
      });
      const candidate = candidates[0];
      if (!candidate) return null;
      if (dialect === 'postgres') {
        await this.database.exec((db) =>
          db.execute(sql`select pg_advisory_xact_lock(hashtext(${`tailor-task-user:${candidate.userId}`}))`),
        );
        const [count] = await this.database.exec((db) => leasedOf(db, candidate.userId));
        if (Number(count?.n ?? 0) >= maxPerUser) return null;
      }
      const claimed = await this.database.exec((db) =>
        db
          .update(tasks)
          .set({
            delivery: 'leased',
            leasedBy: workerId,
            heartbeatAt: now,
            attempts: sql`${tasks.attempts} + 1`,
          })
          .where(and(eq(tasks.id, candidate.id), eq(tasks.delivery, 'pending')))
          .returning(),
      );
      return claimed[0] ? toTask(claimed[0]) : null;
    });
  }

  async heartbeat(id: string, workerId: string, now: Date) {
    const rows = await this.database.exec((db) =>
      db.update(tasks).set({ heartbeatAt: now }).where(heldBy(id, workerId)).returning({ id: tasks.id }),
    );
    return rows.length > 0;
  }

  async finish(id: string, workerId: string) {
    const rows = await this.database.exec((db) =>
      db
        .update(tasks)
        .set({ delivery: 'delivered', leasedBy: null, heartbeatAt: null })
        .where(heldBy(id, workerId))
        .returning({ id: tasks.id }),
    );
    return rows.length > 0;
  }

  async release(id: string, workerId: string) {
    const rows = await this.database.exec((db) =>
      db
        .update(tasks)
        // Leased means claimed, so attempts is at least 1.
        .set({ delivery: 'pending', leasedBy: null, heartbeatAt: null, attempts: sql`${tasks.attempts} - 1` })
        .where(heldBy(id, workerId))
        .returning({ id: tasks.id }),
    );
    return rows.length > 0;
  }

  async recoverStale(staleBefore: Date) {
    const rows = await this.database.exec((db) =>
      db
        .update(tasks)
        .set({ delivery: 'pending', leasedBy: null, heartbeatAt: null })
        .where(
          and(
            eq(tasks.delivery, 'leased'),
            or(isNull(tasks.heartbeatAt), lt(tasks.heartbeatAt, staleBefore)),
          ),
        )
        .returning({ id: tasks.id }),
    );
    return rows.map((row) => row.id).sort();
  }

  async listAllByUser(userId: string): Promise<BackgroundTask[]> {
    const rows = await this.database.exec((db) =>
      db.select().from(tasks).where(eq(tasks.userId, userId)).orderBy(asc(tasks.createdAt), asc(tasks.id)),
    );
    return rows.map(toTask);
  }

  async deleteAllByUser(userId: string): Promise<void> {
    await this.database.exec((db) => db.delete(tasks).where(eq(tasks.userId, userId)));
  }
}
