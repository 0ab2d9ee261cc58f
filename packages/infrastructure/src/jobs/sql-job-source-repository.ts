import type { IJobSourceRepository, JobSourceSnapshot } from '@tailor/domain';
import { and, asc, eq } from 'drizzle-orm';
import { jobSources } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

export class SqlJobSourceRepository implements IJobSourceRepository {
  constructor(private readonly database: SqlDatabase) {}

  async save(snapshot: JobSourceSnapshot): Promise<void> {
    const { jobId: _jobId, ownerId, ...changes } = snapshot;
    await this.database.exec((db) =>
      db
        .insert(jobSources)
        .values(snapshot)
        // Never takes over another owner's snapshot.
        .onConflictDoUpdate({
          target: jobSources.jobId,
          set: changes,
          setWhere: eq(jobSources.ownerId, ownerId),
        }),
    );
  }

  async find(ownerId: string, jobId: string): Promise<JobSourceSnapshot | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(jobSources)
        .where(and(eq(jobSources.jobId, jobId), eq(jobSources.ownerId, ownerId)))
        .limit(1),
    );
    return rows[0] ?? null;
  }

  async listByOwner(ownerId: string): Promise<JobSourceSnapshot[]> {
    return this.database.exec((db) =>
      db
        .select()
        .from(jobSources)
        .where(eq(jobSources.ownerId, ownerId))
        .orderBy(asc(jobSources.capturedAt), asc(jobSources.jobId)),
    );
  }

  async deleteAllByOwner(ownerId: string): Promise<void> {
    await this.database.exec((db) => db.delete(jobSources).where(eq(jobSources.ownerId, ownerId)));
  }
}
