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
import type { InMemoryStore } from './in-memory-store.js';

// The same word semantics as the SQL full-text search: runs of letters and digits, case-folded, each query
// word a prefix of some word in the title, company or description.
const words = (text: string): string[] => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const matchesText = (job: JobPrimitives, q: string): boolean => {
  const haystack = words(`${job.title} ${job.company ?? ''} ${job.description}`);
  return words(q).every((term) => haystack.some((word) => word.startsWith(term)));
};

type SortKey = { value: Date | string | null; id: string };

const sortKey = (row: JobPrimitives, search: JobSearch): SortKey => ({
  value: row[search.sort.field],
  id: row.id,
});

const compare = (a: SortKey, b: SortKey, search: JobSearch): number => {
  const sign = search.sort.direction === 'asc' ? 1 : -1;
  const left = a.value;
  const right = b.value;
  // Nulls (no company, no follow-up) sort last in both directions, as in SQL with NULLS LAST.
  if (left === null && right !== null) return 1;
  if (right === null && left !== null) return -1;
  const order =
    left instanceof Date && right instanceof Date
      ? left.getTime() - right.getTime()
      : String(left ?? '').localeCompare(String(right ?? ''));
  return order !== 0 ? sign * order : sign * a.id.localeCompare(b.id);
};

export class InMemoryJobRepository implements IJobRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<JobPrimitives>('jobs');
  }
  private get entries() {
    return this.store.table<TimelineEntry>('job_timeline');
  }

  async add(job: Job): Promise<void> {
    this.rows.set(job.id, job.toPrimitives());
  }

  async save(job: Job): Promise<boolean> {
    const current = this.rows.get(job.id);
    if (!current || current.ownerId !== job.ownerId) return false;
    const { applicationStatus, furthestStage } = current;
    this.rows.set(job.id, { ...job.toPrimitives(), applicationStatus, furthestStage });
    return true;
  }

  async moveApplication(job: Job, from: ApplicationStatus): Promise<boolean> {
    const current = this.rows.get(job.id);
    if (!current || current.ownerId !== job.ownerId || current.applicationStatus !== from) return false;
    const { applicationStatus, furthestStage, updatedAt } = job.toPrimitives();
    this.rows.set(job.id, { ...current, applicationStatus, furthestStage, updatedAt });
    return true;
  }

  async findById(ownerId: string, id: string): Promise<Job | null> {
    const row = this.rows.get(id);
    return row && row.ownerId === ownerId ? Job.fromPrimitives(structuredClone(row)) : null;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    if (this.rows.get(id)?.ownerId !== ownerId) return false;
    this.rows.delete(id);
    for (const [key, entry] of this.entries) if (entry.jobId === id) this.entries.delete(key);
    return true;
  }

  async search(ownerId: string, search: JobSearch): Promise<JobPage> {
    return this.page((row) => row.ownerId === ownerId, search);
  }

  async stats(ownerId: string): Promise<JobStageCounts> {
    const mine = [...this.rows.values()].filter((row) => row.ownerId === ownerId);
    const byStatus = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<
      ApplicationStatus,
      number
    >;
    const reachedStage = [0, 0, 0, 0, 0];
    for (const row of mine) {
      byStatus[row.applicationStatus] += 1;
      for (let stage = 0; stage <= row.furthestStage; stage += 1) reachedStage[stage]! += 1;
    }
    return { byStatus, reachedStage };
  }

  async listAllByOwner(ownerId: string): Promise<Job[]> {
    return [...this.rows.values()]
      .filter((row) => row.ownerId === ownerId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((row) => Job.fromPrimitives(structuredClone(row)));
  }

  async deleteAllByOwner(ownerId: string): Promise<void> {
    for (const job of await this.listAllByOwner(ownerId)) await this.delete(ownerId, job.id);
  }

  async appendTimeline(entry: TimelineEntry): Promise<void> {
    this.entries.set(entry.id, structuredClone(entry));
  }

  async timeline(ownerId: string, jobId: string): Promise<TimelineEntry[]> {
    if (this.rows.get(jobId)?.ownerId !== ownerId) return [];
    return this.sortedEntries((entry) => entry.jobId === jobId);
  }

  async timelinesByOwner(ownerId: string): Promise<TimelineEntry[]> {
    return this.sortedEntries((entry) => this.rows.get(entry.jobId)?.ownerId === ownerId);
  }

  async upsertCatalog(job: Job): Promise<{ id: string; created: boolean }> {
    const incoming = job.toPrimitives();
    const same = [...this.rows.values()].find(
      (row) =>
        row.ownerId === null &&
        (incoming.url !== null
          ? row.url === incoming.url
          : row.url === null &&
            row.title.toLowerCase() === incoming.title.toLowerCase() &&
            (row.company ?? '').toLowerCase() === (incoming.company ?? '').toLowerCase()),
    );
    if (!same) {
      this.rows.set(incoming.id, incoming);
      return { id: incoming.id, created: true };
    }
    this.rows.set(same.id, { ...incoming, id: same.id, createdAt: same.createdAt });
    return { id: same.id, created: false };
  }

  async findCatalog(id: string): Promise<Job | null> {
    const row = this.rows.get(id);
    return row && row.ownerId === null ? Job.fromPrimitives(structuredClone(row)) : null;
  }

  async searchCatalog(search: JobSearch): Promise<JobPage> {
    return this.page((row) => row.ownerId === null, search);
  }

  private page(belongs: (row: JobPrimitives) => boolean, search: JobSearch): JobPage {
    const matching = [...this.rows.values()].filter(
      (row) =>
        belongs(row) &&
        (!search.q || matchesText(row, search.q)) &&
        (!search.applicationStatus || row.applicationStatus === search.applicationStatus) &&
        (!search.status || row.status === search.status) &&
        (!search.company || (row.company ?? '').toLowerCase() === search.company.toLowerCase()) &&
        (!search.remote || row.remote === search.remote) &&
        (!search.followUpBefore || (row.followUpAt !== null && row.followUpAt < search.followUpBefore)),
    );
    matching.sort((a, b) => compare(sortKey(a, search), sortKey(b, search), search));
    const { after } = search;
    const start = after
      ? matching.filter((row) => compare(sortKey(row, search), after, search) <= 0).length
      : (search.page - 1) * search.size;
    const items = matching
      .slice(start, start + search.size)
      .map((row) => Job.fromPrimitives({ ...structuredClone(row), layout: null, knockouts: null }));
    const limit = search.countLimit ?? JOB_COUNT_LIMIT;
    const last = items.at(-1);
    return {
      items,
      total: Math.min(matching.length, limit),
      totalExact: matching.length <= limit,
      next: last && matching.length > start + search.size ? cursorAfter(last, search.sort.field) : null,
    };
  }

  private sortedEntries(keep: (entry: TimelineEntry) => boolean): TimelineEntry[] {
    return [...this.entries.values()]
      .filter(keep)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id))
      .map((entry) => structuredClone(entry));
  }
}
