import { SampleErrors, type ISampleRepository, type SampleType, type WritingSample } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

export class InMemorySampleRepository implements ISampleRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<WritingSample>('writing_samples');
  }

  async save(sample: WritingSample): Promise<void> {
    const existing = this.rows.get(sample.id);
    if (!existing) {
      // One current sample per type and user (a unique index in SQL).
      for (const row of this.rows.values())
        if (row.userId === sample.userId && row.type === sample.type) throw SampleErrors.conflict();
    } else if (existing.userId !== sample.userId) return; // never another user's row (as in SQL)
    this.rows.set(sample.id, structuredClone(sample));
  }

  async findById(userId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.userId === userId ? structuredClone(row) : null;
  }

  async findByType(userId: string, type: SampleType) {
    for (const row of this.rows.values())
      if (row.userId === userId && row.type === type) return structuredClone(row);
    return null;
  }

  async listByUser(userId: string) {
    return [...this.rows.values()]
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((row) => structuredClone(row));
  }

  async delete(userId: string, id: string) {
    const row = this.rows.get(id);
    if (!row || row.userId !== userId) return false;
    this.rows.delete(id);
    return true;
  }

  async deleteAllByUser(userId: string) {
    for (const [id, row] of this.rows) if (row.userId === userId) this.rows.delete(id);
  }
}
