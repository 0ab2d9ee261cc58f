import type { ApiKey, IApiKeyRepository } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

export class InMemoryApiKeyRepository implements IApiKeyRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<ApiKey>('api_keys');
  }

  private ofUser(userId: string): ApiKey[] {
    return [...this.rows.values()]
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  async add(key: ApiKey): Promise<void> {
    // The digest is unique (an index in SQL).
    for (const row of this.rows.values())
      if (row.keyHash === key.keyHash || row.id === key.id) throw new Error('duplicate api key');
    this.rows.set(key.id, structuredClone(key));
  }

  async findByHash(keyHash: string) {
    for (const row of this.rows.values()) if (row.keyHash === keyHash) return structuredClone(row);
    return null;
  }

  async listByUser(userId: string) {
    return this.ofUser(userId).map((row) => structuredClone(row));
  }

  async countByUser(userId: string) {
    return this.ofUser(userId).length;
  }

  async delete(userId: string, id: string) {
    const row = this.rows.get(id);
    if (!row || row.userId !== userId) return false;
    this.rows.delete(id);
    return true;
  }

  async touch(id: string, at: Date, notBefore: Date) {
    const row = this.rows.get(id);
    if (row && (row.lastUsedAt === null || row.lastUsedAt <= notBefore)) row.lastUsedAt = at;
  }

  async deleteAllByUser(userId: string) {
    const ids = this.ofUser(userId).map((row) => row.id);
    for (const id of ids) this.rows.delete(id);
    return ids;
  }
}
