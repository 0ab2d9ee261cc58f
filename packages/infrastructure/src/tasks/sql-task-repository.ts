import { TaskErrors, type BackgroundTask, type ITaskRepository, type TaskOutcome } from '@tailor/domain';
import { and, asc, eq, isNull, lt, or, sql, type SQLWrapper } from 'drizzle-orm';
import { backgroundTasks as tasks } from '../persistence/schema/pg.js';
import { boundColumns, type AppDb, type SqlDatabase } from '../persistence/sql-database.js';

type TaskRow = typeof tasks.$inferSelect;
const toTask = (row: TaskRow): BackgroundTask => ({ ...row });

const heldBy = (id: string | SQLWrapper, workerId: string | SQLWrapper) =>
  and(eq(tasks.id, id), eq(tasks.status, 'running'), eq(tasks.lockedBy, workerId));

export class SqlTaskRepository implements ITaskRepository {
  // A generation reports progress at each of its stages: built and compiled once, not per report.
  private readonly progressUpdate;

  constructor(private readonly database: SqlDatabase) {
    this.progressUpdate = database.prepare('tasks_report_progress', (db) =>
      db
        .update(tasks)
        .set(boundColumns(tasks, ['stage', 'progress', 'heartbeatAt', 'updatedAt']))
        .where(heldBy(sql.placeholder('id'), sql.placeholder('workerId')))
        .returning(),
    );
  }

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
   * One transaction: pick the oldest queued task whose owner is under the cap, then flip it to running
   * only if it is still queued. SQLite: the transaction holds the database's single writer lock (and the
   * runner's mutex), so nothing interleaves. PostgreSQL: `FOR UPDATE SKIP LOCKED` lets concurrent workers
   * pass over a row another is claiming, and a transaction-scoped advisory lock per owner makes the
   * "fewer than N running" count and the update one step, so two instances cannot both take an owner's
   * last free slot.
   */
  async claim(input: { workerId: string; now: Date; maxPerUser: number; id?: string }) {
    const { workerId, now, maxPerUser } = input;
    const dialect = this.database.dialect;
    return this.database.transaction(async () => {
      const runningOf = (db: AppDb, userId: string) =>
        db
          .select({ n: sql<number>`count(*)` })
          .from(tasks)
          .where(and(eq(tasks.userId, userId), eq(tasks.status, 'running')));
      const candidates = await this.database.exec((db) => {
        const query = db
          .select({ id: tasks.id, userId: tasks.userId })
          .from(tasks)
          .where(
            and(
              eq(tasks.status, 'queued'),
              input.id === undefined ? undefined : eq(tasks.id, input.id),
              // `r` is an alias, so the unqualified table name below still means the outer row.
              sql`(select count(*) from background_tasks r where r.user_id = ${tasks.userId} and r.status = 'running') < ${maxPerUser}`,
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
        const [count] = await this.database.exec((db) => runningOf(db, candidate.userId));
        if (Number(count?.n ?? 0) >= maxPerUser) return null;
      }
      const claimed = await this.database.exec((db) =>
        db
          .update(tasks)
          .set({
            status: 'running',
            lockedBy: workerId,
            heartbeatAt: now,
            startedAt: now,
            attempts: sql`${tasks.attempts} + 1`,
            updatedAt: now,
          })
          .where(and(eq(tasks.id, candidate.id), eq(tasks.status, 'queued')))
          .returning(),
      );
      return claimed[0] ? toTask(claimed[0]) : null;
    });
  }

  async heartbeat(id: string, workerId: string, now: Date) {
    const rows = await this.database.exec((db) =>
      db
        .update(tasks)
        .set({ heartbeatAt: now })
        .where(heldBy(id, workerId))
        .returning({ cancelRequested: tasks.cancelRequested }),
    );
    return rows[0] ?? null;
  }

  async reportProgress(
    id: string,
    workerId: string,
    progress: { stage: string; progress: number },
    now: Date,
  ) {
    const rows = await this.progressUpdate({
      id,
      workerId,
      stage: progress.stage,
      progress: progress.progress,
      heartbeatAt: now,
      updatedAt: now,
    });
    return rows[0] ? toTask(rows[0]) : null;
  }

  async finish(id: string, workerId: string, outcome: TaskOutcome, now: Date) {
    const rows = await this.database.exec((db) =>
      db
        .update(tasks)
        .set({
          status: outcome.status,
          result: outcome.status === 'succeeded' ? (outcome.result ?? null) : null,
          error: outcome.status === 'failed' ? outcome.error : null,
          ...(outcome.status === 'succeeded' ? { progress: 100 } : {}),
          lockedBy: null,
          finishedAt: now,
          updatedAt: now,
        })
        .where(heldBy(id, workerId))
        .returning(),
    );
    return rows[0] ? toTask(rows[0]) : null;
  }

  async release(id: string, workerId: string, now: Date) {
    const rows = await this.database.exec((db) =>
      db
        .update(tasks)
        .set({
          status: 'queued',
          lockedBy: null,
          heartbeatAt: null,
          startedAt: null,
          // Held means claimed, so attempts is at least 1.
          attempts: sql`${tasks.attempts} - 1`,
          updatedAt: now,
        })
        .where(heldBy(id, workerId))
        .returning(),
    );
    return rows[0] ? toTask(rows[0]) : null;
  }

  async requestCancel(userId: string, id: string, now: Date) {
    return this.database.transaction(async () => {
      const mine = and(eq(tasks.id, id), eq(tasks.userId, userId));
      await this.database.exec((db) =>
        db
          .update(tasks)
          .set({ status: 'cancelled', finishedAt: now, updatedAt: now })
          .where(and(mine, eq(tasks.status, 'queued'))),
      );
      await this.database.exec((db) =>
        db
          .update(tasks)
          .set({ cancelRequested: true, updatedAt: now })
          .where(and(mine, eq(tasks.status, 'running'))),
      );
      return this.findById(userId, id);
    });
  }

  async recoverStale(staleBefore: Date, now: Date) {
    return this.database.transaction(async () => {
      const stale = and(
        eq(tasks.status, 'running'),
        or(isNull(tasks.heartbeatAt), lt(tasks.heartbeatAt, staleBefore)),
      );
      const released = { lockedBy: null, heartbeatAt: null, updatedAt: now };
      const cancelled = await this.database.exec((db) =>
        db
          .update(tasks)
          .set({ ...released, status: 'cancelled', finishedAt: now })
          .where(and(stale, eq(tasks.cancelRequested, true)))
          .returning({ id: tasks.id }),
      );
      const requeued = await this.database.exec((db) =>
        db
          .update(tasks)
          .set({ ...released, status: 'queued', startedAt: null })
          .where(and(stale, lt(tasks.attempts, tasks.maxAttempts)))
          .returning({ id: tasks.id }),
      );
      const failed = await this.database.exec((db) =>
        db
          .update(tasks)
          .set({ ...released, status: 'failed', error: TaskErrors.interrupted(), finishedAt: now })
          .where(stale)
          .returning({ id: tasks.id }),
      );
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
      return { requeued: ids(requeued), failed: ids([...cancelled, ...failed]) };
    });
  }

  async listQueuedIds(limit: number): Promise<string[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ id: tasks.id })
        .from(tasks)
        .where(eq(tasks.status, 'queued'))
        .orderBy(asc(tasks.createdAt), asc(tasks.id))
        .limit(limit),
    );
    return rows.map((row) => row.id);
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
