import {
  APPLICATION_STATUSES,
  Job,
  type ApplicationStatus,
  type IJobRepository,
  type JobPrimitives,
  type JobSearch,
  type JobPage,
  type JobStageCounts,
  JOB_COUNT_LIMIT,
  cursorAfter,
  type TimelineEntry,
} from '@tailor/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  inArray,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { jobTimeline, jobs } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { fullTextCondition, fullTextMatch } from './job-text-search.js';

type JobRow = typeof jobs.$inferSelect;

const toJob = ({ seq: _seq, ...row }: JobRow): Job => Job.fromPrimitives(row as JobPrimitives);
const toRow = (job: Job) => job.toPrimitives();

// A list shows jobs, it reads none: a page leaves out the stored layout and knock-outs (JSON read from each
// description, parsed for every row and never shown), and its jobs have `layout: null` and `knockouts: null`,
// which a match reads again from the description.
const { layout: _layout, knockouts: _knockouts, ...listColumns } = getTableColumns(jobs);
type ListRow = Omit<JobRow, 'layout' | 'knockouts'>;
const toListedJob = (row: ListRow): Job => toJob({ ...row, layout: null, knockouts: null });

const SORT_COLUMNS = {
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
  title: jobs.title,
  company: jobs.company,
  followUpAt: jobs.followUpAt,
} as const;

export interface SqlJobRepositoryOptions {
  /** SQLite: below this many matches the full-text index drives a search (see `page`); tests move it. */
  textDrivesBelow?: number;
}

export class SqlJobRepository implements IJobRepository {
  private readonly textDrivesBelow: number;

  constructor(
    private readonly database: SqlDatabase,
    options: SqlJobRepositoryOptions = {},
  ) {
    this.textDrivesBelow = options.textDrivesBelow ?? TEXT_DRIVES_BELOW;
  }

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

  search(ownerId: string, search: JobSearch): Promise<JobPage> {
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

  searchCatalog(search: JobSearch): Promise<JobPage> {
    return this.page(null, search);
  }

  /** `owner` null means the catalog. */
  private async page(owner: string | null, search: JobSearch): Promise<JobPage> {
    const sqlite = this.database.dialect === 'sqlite';
    const text = search.q ? await fullTextCondition(this.database, search.q, owner) : undefined;
    if (text === null) return { items: [], total: 0, totalExact: true, next: null };
    const filters = [
      search.applicationStatus ? eq(jobs.applicationStatus, search.applicationStatus) : undefined,
      search.status ? eq(jobs.status, search.status) : undefined,
      search.company ? sql`lower(${jobs.company}) = ${search.company.toLowerCase()}` : undefined,
      search.remote ? eq(jobs.remote, search.remote) : undefined,
      search.followUpBefore ? lt(jobs.followUpAt, search.followUpBefore) : undefined,
    ].filter((condition) => condition !== undefined);
    const limit = search.countLimit ?? JOB_COUNT_LIMIT;

    // Counted only up to the limit. On SQLite the count comes first: it also decides how to page (below), and
    // no match at all needs no page. PostgreSQL plans for itself, so both queries run at once there.
    const counting = this.countMatches(owner, search, text, filters, limit + 1);
    const counted = sqlite ? await counting : undefined;
    if (counted === 0) return { items: [], total: 0, totalExact: true, next: null };
    const [matches, rows] = await Promise.all([
      counting,
      this.pageRows(owner, search, text, filters, counted),
    ]);
    const total = Math.min(matches, limit);
    const items = rows.slice(0, search.size).map(toListedJob);
    const last = items.at(-1);
    return {
      items,
      total,
      totalExact: matches <= limit,
      next: last && rows.length > search.size ? cursorAfter(last, search.sort.field) : null,
    };
  }

  /** The page's rows, plus one when another page follows. `matches` (SQLite) says which plan to use. */
  private pageRows(
    owner: string | null,
    search: JobSearch,
    text: SQL | undefined,
    filters: SQL[],
    matches: number | undefined,
  ): Promise<ListRow[]> {
    const byCreation = search.sort.field === 'createdAt';
    // SQLite cannot estimate how many rows a full-text match keeps, so the count decides. Many matches and the
    // default order: walk the (owner, created_at, id) index in order, test each entry against the match list,
    // and stop after a page (rows walked ≈ page × owned / matches). Few matches, or another order: the
    // full-text index drives (the unary `+` keeps SQLite off the owner index) and only the matches are sorted.
    // PostgreSQL's planner makes the same choice itself from the tsvector column's statistics.
    const textDrives =
      text !== undefined && matches !== undefined && (!byCreation || matches < this.textDrivesBelow);
    const ownerColumn = textDrives ? sql`+${jobs.ownerId}` : jobs.ownerId;
    const scope = owner === null ? sql`${ownerColumn} is null` : sql`${ownerColumn} = ${owner}`;
    const column = SORT_COLUMNS[search.sort.field];
    const direction = search.sort.direction === 'asc' ? asc : desc;
    // NULLS LAST in both directions and dialects (they disagree on the default); only nullable columns need it.
    const nullable = search.sort.field === 'company' || search.sort.field === 'followUpAt';
    const order = [...(nullable ? [sql`${column} is null`] : []), direction(column), direction(jobs.id)];
    const after = search.after ? afterCursor(search, nullable) : undefined;
    const where = and(scope, text, after, ...filters);
    return this.database.exec((db) => {
      // Sort and page over the narrow key columns first, then read the page's full rows: sorting thousands of
      // matches with their descriptions and JSON columns is what made large searches slow. One row more than
      // the page says whether another page follows.
      const pageKeys = db
        .select({ seq: jobs.seq })
        .from(jobs)
        .where(where)
        .orderBy(...order)
        .limit(search.size + 1)
        .offset(search.after ? 0 : (search.page - 1) * search.size);
      return db
        .select(listColumns)
        .from(jobs)
        .where(inArray(jobs.seq, pageKeys))
        .orderBy(...order);
    });
  }

  /** How many jobs match, counting no further than `upTo`. */
  private async countMatches(
    owner: string | null,
    search: JobSearch,
    text: SQL | undefined,
    filters: SQL[],
    upTo: number,
  ): Promise<number> {
    const sqlite = this.database.dialect === 'sqlite';
    const rows = await this.database.exec((db) => {
      // A text search without other filters is counted inside the full-text index, which knows the owner.
      if (sqlite && text !== undefined && filters.length === 0) {
        const matching = db
          .select({ one: sql`1` })
          .from(sql`jobs_fts`)
          .where(fullTextMatch(search.q!, owner))
          .limit(upTo)
          .as('matching');
        return db.select({ n: count() }).from(matching);
      }
      // With text on SQLite the full-text index drives (see page): walking the owner's whole index to find
      // a few matches is what made rare words slow.
      const ownerColumn = text !== undefined && sqlite ? sql`+${jobs.ownerId}` : jobs.ownerId;
      const scope = owner === null ? sql`${ownerColumn} is null` : sql`${ownerColumn} = ${owner}`;
      const matching = db
        .select({ one: sql`1` })
        .from(jobs)
        .where(and(scope, text, ...filters))
        .limit(upTo)
        .as('matching');
      return db.select({ n: count() }).from(matching);
    });
    return Number(rows[0]?.n ?? 0);
  }
}

/**
 * Below this many matches SQLite sorts the matches instead of walking the owner's index in order. Costs
 * measured at 100,000 postings: a rowid lookup and sort ≈ 5 µs per match, an index step ≈ 0.2 µs, so a page of
 * 20 crosses over near √(20 × 100,000 × 0.04) ≈ 300 matches, and either plan stays within a few ms.
 */
const TEXT_DRIVES_BELOW = 300;

/**
 * Rows after the cursor in the search's order (direction, then id; nulls last): the keyset condition that
 * lets a deep page start where the previous one ended.
 */
function afterCursor(search: JobSearch, nullable: boolean): SQL {
  const cursor = search.after!;
  const column = SORT_COLUMNS[search.sort.field];
  const beyond = search.sort.direction === 'asc' ? gt : lt;
  // In the trailing nulls only the id still orders.
  if (cursor.value === null) return and(isNull(column), beyond(jobs.id, cursor.id))!;
  const later = or(beyond(column, cursor.value), and(eq(column, cursor.value), beyond(jobs.id, cursor.id)))!;
  return nullable ? or(later, isNull(column))! : later;
}
