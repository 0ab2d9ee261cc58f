import {
  APPLICATION_STATUSES,
  Job,
  type ApplicationStatus,
  type IJobRepository,
  type JobPrimitives,
  type JobSearch,
  type JobStageCounts,
  type Page,
  type TimelineEntry,
} from '@tailor/domain';
import { and, asc, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { jobTimeline, jobs } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { fullTextCondition, fullTextMatch } from './job-text-search.js';

type JobRow = typeof jobs.$inferSelect;

const toJob = ({ seq: _seq, ...row }: JobRow): Job => Job.fromPrimitives(row as JobPrimitives);
const toRow = (job: Job) => job.toPrimitives();

const SORT_COLUMNS = {
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
  title: jobs.title,
  company: jobs.company,
  followUpAt: jobs.followUpAt,
} as const;

export class SqlJobRepository implements IJobRepository {
  constructor(private readonly database: SqlDatabase) {}

  async add(job: Job): Promise<void> {
    await this.database.exec((db) => db.insert(jobs).values(toRow(job)));
  }

  async save(job: Job): Promise<boolean> {
    // The application status is left out: only the compare-and-set below may change it, so an edit that
    // loaded the job before a move cannot put the old status back.
    const {
      id,
      ownerId,
      createdAt: _createdAt,
      applicationStatus: _status,
      furthestStage: _stage,
      ...changes
    } = toRow(job);
    const updated = await this.database.exec((db) =>
      db
        .update(jobs)
        .set(changes)
        .where(and(eq(jobs.id, id), ownerId === null ? isNull(jobs.ownerId) : eq(jobs.ownerId, ownerId)))
        .returning({ id: jobs.id }),
    );
    return updated.length === 1;
  }

  async moveApplication(job: Job, from: ApplicationStatus): Promise<boolean> {
    const { id, ownerId, applicationStatus, furthestStage, updatedAt } = toRow(job);
    if (ownerId === null) return false;
    // On PostgreSQL a concurrent mover waits for the row lock, then re-checks `from` on the committed row.
    const updated = await this.database.exec((db) =>
      db
        .update(jobs)
        .set({ applicationStatus, furthestStage, updatedAt })
        .where(and(eq(jobs.id, id), eq(jobs.ownerId, ownerId), eq(jobs.applicationStatus, from)))
        .returning({ id: jobs.id }),
    );
    return updated.length === 1;
  }

  async findById(ownerId: string, id: string): Promise<Job | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(jobs)
        .where(and(eq(jobs.id, id), eq(jobs.ownerId, ownerId)))
        .limit(1),
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db
        .delete(jobs)
        .where(and(eq(jobs.id, id), eq(jobs.ownerId, ownerId)))
        .returning({ id: jobs.id }),
    );
    return deleted.length === 1;
  }

  search(ownerId: string, search: JobSearch): Promise<Page<Job>> {
    return this.page(ownerId, search);
  }

  async stats(ownerId: string): Promise<JobStageCounts> {
    const rows = await this.database.exec((db) =>
      db
        .select({ status: jobs.applicationStatus, furthest: jobs.furthestStage, n: count() })
        .from(jobs)
        .where(eq(jobs.ownerId, ownerId))
        .groupBy(jobs.applicationStatus, jobs.furthestStage),
    );
    const byStatus = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<
      ApplicationStatus,
      number
    >;
    const reachedStage = [0, 0, 0, 0, 0];
    for (const { status, furthest, n } of rows) {
      byStatus[status] += Number(n);
      for (let stage = 0; stage <= furthest; stage += 1) reachedStage[stage]! += Number(n);
    }
    return { byStatus, reachedStage };
  }

  async listAllByOwner(ownerId: string): Promise<Job[]> {
    const rows = await this.database.exec((db) =>
      db.select().from(jobs).where(eq(jobs.ownerId, ownerId)).orderBy(asc(jobs.createdAt), asc(jobs.id)),
    );
    return rows.map(toJob);
  }

  async deleteAllByOwner(ownerId: string): Promise<void> {
    // Timeline entries go with their jobs (on delete cascade).
    await this.database.exec((db) => db.delete(jobs).where(eq(jobs.ownerId, ownerId)));
  }

  async appendTimeline(entry: TimelineEntry): Promise<void> {
    await this.database.exec((db) => db.insert(jobTimeline).values(entry));
  }

  async timeline(ownerId: string, jobId: string): Promise<TimelineEntry[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ entry: jobTimeline })
        .from(jobTimeline)
        .innerJoin(jobs, eq(jobs.id, jobTimeline.jobId))
        .where(and(eq(jobTimeline.jobId, jobId), eq(jobs.ownerId, ownerId)))
        .orderBy(asc(jobTimeline.at), asc(jobTimeline.id)),
    );
    return rows.map((row) => row.entry);
  }

  async timelinesByOwner(ownerId: string): Promise<TimelineEntry[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ entry: jobTimeline })
        .from(jobTimeline)
        .innerJoin(jobs, eq(jobs.id, jobTimeline.jobId))
        .where(eq(jobs.ownerId, ownerId))
        .orderBy(asc(jobTimeline.at), asc(jobTimeline.id)),
    );
    return rows.map((row) => row.entry);
  }

  async upsertCatalog(job: Job): Promise<{ id: string; created: boolean }> {
    const row = toRow(job);
    const sameTitleAndCompany = and(
      isNull(jobs.url),
      sql`lower(${jobs.title}) = ${row.title.toLowerCase()}`,
      sql`lower(coalesce(${jobs.company}, '')) = ${(row.company ?? '').toLowerCase()}`,
    );
    return this.database.transaction(async () => {
      const existing = await this.database.exec((db) =>
        db
          .select({ id: jobs.id })
          .from(jobs)
          .where(and(isNull(jobs.ownerId), row.url !== null ? eq(jobs.url, row.url) : sameTitleAndCompany))
          .orderBy(asc(jobs.createdAt))
          .limit(1),
      );
      const found = existing[0];
      if (!found) {
        await this.database.exec((db) => db.insert(jobs).values(row));
        return { id: row.id, created: true };
      }
      const { id: _id, createdAt: _createdAt, ...changes } = row;
      await this.database.exec((db) => db.update(jobs).set(changes).where(eq(jobs.id, found.id)));
      return { id: found.id, created: false };
    });
  }

  async findCatalog(id: string): Promise<Job | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(jobs)
        .where(and(eq(jobs.id, id), isNull(jobs.ownerId)))
        .limit(1),
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  searchCatalog(search: JobSearch): Promise<Page<Job>> {
    return this.page(null, search);
  }

  /** `owner` null means the catalog. */
  private async page(owner: string | null, search: JobSearch): Promise<Page<Job>> {
    const sqlite = this.database.dialect === 'sqlite';
    const text = search.q ? fullTextCondition(this.database.dialect, search.q, owner) : undefined;
    const byCreation = search.sort.field === 'createdAt';
    // SQLite's planner needs two hints here. Sorted by creation, the (owner, created_at, id) index is walked
    // in order and each entry tested against the full-text matches, stopping after a page. Sorted any other
    // way, the full-text index must drive: the unary `+` stops SQLite from scanning the owner's whole index.
    const ownerColumn = text && sqlite && !byCreation ? sql`+${jobs.ownerId}` : jobs.ownerId;
    const scope = owner === null ? sql`${ownerColumn} is null` : sql`${ownerColumn} = ${owner}`;
    const filters = [
      search.applicationStatus ? eq(jobs.applicationStatus, search.applicationStatus) : undefined,
      search.status ? eq(jobs.status, search.status) : undefined,
      search.company ? sql`lower(${jobs.company}) = ${search.company.toLowerCase()}` : undefined,
      search.remote ? eq(jobs.remote, search.remote) : undefined,
      search.followUpBefore ? lt(jobs.followUpAt, search.followUpBefore) : undefined,
    ].filter((condition) => condition !== undefined);
    const where = and(scope, text, ...filters);
    const column = SORT_COLUMNS[search.sort.field];
    const direction = search.sort.direction === 'asc' ? asc : desc;
    // NULLS LAST in both directions and dialects (they disagree on the default); only nullable columns need it.
    const nullable = search.sort.field === 'company' || search.sort.field === 'followUpAt';
    const order = [...(nullable ? [sql`${column} is null`] : []), direction(column), direction(jobs.id)];
    // A text search without other filters is counted inside the full-text index, which knows the owner.
    const countOnlyText = sqlite && text !== undefined && filters.length === 0;
    const [rows, totals] = await Promise.all([
      // Sort and page over the narrow key columns first, then read the page's full rows: sorting thousands of
      // matches with their descriptions and JSON columns is what made large searches slow.
      this.database.exec((db) => {
        const pageKeys = db
          .select({ seq: jobs.seq })
          .from(jobs)
          .where(where)
          .orderBy(...order)
          .limit(search.size)
          .offset((search.page - 1) * search.size);
        return db
          .select()
          .from(jobs)
          .where(inArray(jobs.seq, pageKeys))
          .orderBy(...order);
      }),
      this.database.exec((db) =>
        countOnlyText
          ? db
              .select({ n: count() })
              .from(sql`jobs_fts`)
              .where(fullTextMatch(search.q!, owner))
          : db.select({ n: count() }).from(jobs).where(where),
      ),
    ]);
    return { items: rows.map(toJob), total: Number(totals[0]?.n ?? 0) };
  }
}
