import type { Enhancement, IEnhancementRepository } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

export class InMemoryEnhancementRepository implements IEnhancementRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<Enhancement>('enhancements');
  }

  async add(enhancement: Enhancement): Promise<void> {
    this.rows.set(enhancement.id, structuredClone(enhancement));
  }

  async save(enhancement: Enhancement): Promise<void> {
    const stored = this.rows.get(enhancement.id);
    // Never another user's row (as in SQL), and never one that does not exist.
    if (stored?.userId === enhancement.userId)
      this.rows.set(enhancement.id, { ...structuredClone(enhancement), createdAt: stored.createdAt });
  }

  async findById(userId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.userId === userId ? structuredClone(row) : null;
  }

  async listByUser(userId: string) {
    return [...this.rows.values()]
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((row) => structuredClone(row));
  }

  async deleteAllByUser(userId: string) {
    for (const [id, row] of this.rows) if (row.userId === userId) this.rows.delete(id);
  }
}
