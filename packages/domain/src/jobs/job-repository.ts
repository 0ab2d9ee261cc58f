import type { ApplicationStatus } from './application-status.js';
import type { Job } from './job.js';
import type { JobStatus } from './job-status.js';
import type { RemotePolicy } from './parsed-job-posting.js';
import type { Page, PageRequest } from '../shared/paging.js';
import type { TimelineEntry } from './timeline.js';

export const JOB_SORT_FIELDS = ['createdAt', 'updatedAt', 'title', 'company', 'followUpAt'] as const;
export type JobSortField = (typeof JOB_SORT_FIELDS)[number];

/**
 * Counting stops here: a search reports "at least this many" beyond it (`JobPage.totalExact` false), so no
 * request pays for counting tens of thousands of matches nobody pages through.
 */
export const JOB_COUNT_LIMIT = 1_000;

/** Where a keyset page starts: right after the job with this sort value (of the search's sort field) and id. */
export interface JobSearchCursor {
  readonly value: Date | string | null;
  readonly id: string;
}

export interface JobSearch extends PageRequest<JobSortField> {
  /**
   * Full text over title, company and description: every word must occur, as a word or the start of one
   * ("engineer" finds "Engineers"), case-insensitively.
   */
  q?: string;
  applicationStatus?: ApplicationStatus;
  status?: JobStatus;
  /** Exact company name, case-insensitive. */
  company?: string;
  remote?: RemotePolicy;
  /** Jobs with a follow-up due before this instant. */
  followUpBefore?: Date;
  /**
   * Keyset paging: the page starts after this job (from a previous page's `next`) and `page` is not used.
   * Deep pages cost what the first page costs, where an offset makes the database walk every skipped row.
   */
  after?: JobSearchCursor;
  /** Count matches up to this many (default `JOB_COUNT_LIMIT`). */
  countLimit?: number;
}

export interface JobPage extends Page<Job> {
  /** `false` when counting stopped at the count limit: `total` is then a lower bound. */
  totalExact: boolean;
  /** The cursor after this page's last job, or `null` when no job follows. */
  next: JobSearchCursor | null;
}

/** The cursor that continues after `job` in a search sorted by `field`. */
export function cursorAfter(job: Job, field: JobSortField): JobSearchCursor {
  const row = job.toPrimitives();
  return { value: row[field], id: row.id };
}

export interface JobStageCounts {
  /** Jobs currently in each status. */
  byStatus: Record<ApplicationStatus, number>;
  /** Jobs that ever reached each pipeline stage index (0 saved … 4 accepted). */
  reachedStage: number[];
}

export interface IJobRepository {
  add(job: Job): Promise<void>;
  /**
   * Persists changes to the owner's job, except its application status (see `moveApplication`); `false`
   * when it is not (or no longer) theirs.
   */
  save(job: Job): Promise<boolean>;
  /**
   * Stores the job's application status (and furthest stage) only if the stored status is still `from`:
   * a compare-and-set, so of two concurrent moves from one status exactly one wins. `false` when the status
   * changed meanwhile or the job is not (or no longer) the owner's.
   */
  moveApplication(job: Job, from: ApplicationStatus): Promise<boolean>;
  /** The owner's job, or `null` — also when it exists but belongs to someone else. */
  findById(ownerId: string, id: string): Promise<Job | null>;
  delete(ownerId: string, id: string): Promise<boolean>;
  /** A page of jobs to list: without their stored layouts (`layout: null`), which only a match reads. */
  search(ownerId: string, search: JobSearch): Promise<JobPage>;
  stats(ownerId: string): Promise<JobStageCounts>;
  listAllByOwner(ownerId: string): Promise<Job[]>;
  /** Removes every job of the owner with its timeline. */
  deleteAllByOwner(ownerId: string): Promise<void>;

  appendTimeline(entry: TimelineEntry): Promise<void>;
  /** The job's entries, oldest first (ties by id: ids are time-ordered); empty when the job is not the owner's. */
  timeline(ownerId: string, jobId: string): Promise<TimelineEntry[]>;
  /** Every timeline entry of the owner's jobs (for export). */
  timelinesByOwner(ownerId: string): Promise<TimelineEntry[]>;

  /**
   * Inserts a catalog posting (no owner) or, when one with the same URL — or, without a URL, the same
   * company and title — exists, updates it. Returns the stored posting's id and whether it was new.
   */
  upsertCatalog(job: Job): Promise<{ id: string; created: boolean }>;
  findCatalog(id: string): Promise<Job | null>;
  /** A page of catalog postings, without their stored layouts as `search`. */
  searchCatalog(search: JobSearch): Promise<JobPage>;
}
