import type { IJobSourceRepository, JobPrimitives, JobSourceSnapshot } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

export class InMemoryJobSourceRepository implements IJobSourceRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<JobSourceSnapshot>('job_sources');
  }

  // A snapshot lives only as long as its job (a cascading foreign key in SQL).
  private live(row: JobSourceSnapshot): boolean {
    return this.store.table<JobPrimitives>('jobs').has(row.jobId);
  }

  async save(snapshot: JobSourceSnapshot): Promise<void> {
    const existing = this.rows.get(snapshot.jobId);
    if (existing && existing.ownerId !== snapshot.ownerId) return;
    this.rows.set(snapshot.jobId, structuredClone(snapshot));
  }

  async find(ownerId: string, jobId: string): Promise<JobSourceSnapshot | null> {
    const row = this.rows.get(jobId);
    return row && row.ownerId === ownerId && this.live(row) ? structuredClone(row) : null;
  }

  async listByOwner(ownerId: string): Promise<JobSourceSnapshot[]> {
    return [...this.rows.values()]
      .filter((row) => row.ownerId === ownerId && this.live(row))
      .sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime() || a.jobId.localeCompare(b.jobId))
      .map((row) => structuredClone(row));
  }

  async deleteAllByOwner(ownerId: string): Promise<void> {
    for (const [id, row] of this.rows) if (row.ownerId === ownerId) this.rows.delete(id);
  }
}
