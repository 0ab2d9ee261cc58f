import {
  GENERATION_STATUSES,
  GENERATION_TYPES,
  Generation,
  GenerationErrors,
  type GenerationCounts,
  type GenerationPrimitives,
  type GenerationSearch,
  type IGenerationRepository,
  type Page,
} from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

interface Row {
  generation: GenerationPrimitives;
  deleted: boolean;
}

export class InMemoryGenerationRepository implements IGenerationRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<Row>('generations');
  }

  private live(ownerId: string): GenerationPrimitives[] {
    return [...this.rows.values()]
      .filter((r) => !r.deleted && r.generation.ownerId === ownerId)
      .map((r) => r.generation);
  }

  async add(generation: Generation): Promise<void> {
    const g = generation.toPrimitives();
    const key = g.idempotencyKey;
    if (
      key !== null &&
      [...this.rows.values()].some(
        (r) => r.generation.ownerId === g.ownerId && r.generation.idempotencyKey === key,
      )
    )
      throw GenerationErrors.duplicateIdempotencyKey();
    this.rows.set(g.id, { generation: g, deleted: false });
  }

  async save(generation: Generation): Promise<boolean> {
    const g = generation.toPrimitives();
    const row = this.rows.get(g.id);
    if (!row || row.deleted || row.generation.ownerId !== g.ownerId) return false;
    const stored = row.generation.status;
    if (['succeeded', 'failed', 'cancelled'].includes(stored) && stored !== g.status) return false;
    this.rows.set(g.id, { generation: g, deleted: false });
    return true;
  }

  async findById(ownerId: string, id: string): Promise<Generation | null> {
    const row = this.rows.get(id);
    return row && !row.deleted && row.generation.ownerId === ownerId
      ? Generation.fromPrimitives(row.generation)
      : null;
  }

  async findByIdempotencyKey(ownerId: string, key: string): Promise<Generation | null> {
    const g = this.live(ownerId).find((x) => x.idempotencyKey === key);
    return g ? Generation.fromPrimitives(g) : null;
  }

  async search(ownerId: string, search: GenerationSearch): Promise<Page<Generation>> {
    const { field, direction } = search.sort;
    const sign = direction === 'asc' ? 1 : -1;
    const matching = this.live(ownerId)
      .filter(
        (g) =>
          (!search.jobId || g.jobId === search.jobId) &&
          (!search.type || g.type === search.type) &&
          (!search.status || g.status === search.status),
      )
      .sort((a, b) => sign * (a[field].getTime() - b[field].getTime() || a.id.localeCompare(b.id)));
    const start = (search.page - 1) * search.size;
    return {
      items: matching.slice(start, start + search.size).map((g) => Generation.fromPrimitives(g)),
      total: matching.length,
    };
  }

  async countSince(ownerId: string, since: Date): Promise<GenerationCounts> {
    const counted = [...this.rows.values()]
      .map((r) => r.generation)
      .filter((g) => g.ownerId === ownerId && g.createdAt.getTime() >= since.getTime());
    const byStatus = Object.fromEntries(
      GENERATION_STATUSES.map((s) => [s, 0]),
    ) as GenerationCounts['byStatus'];
    const byType = Object.fromEntries(GENERATION_TYPES.map((t) => [t, 0])) as GenerationCounts['byType'];
    let oldest: Date | null = null;
    for (const g of counted) {
      byStatus[g.status] += 1;
      byType[g.type] += 1;
      if (oldest === null || g.createdAt < oldest) oldest = g.createdAt;
    }
    return { total: counted.length, oldest: oldest ? new Date(oldest) : null, byStatus, byType };
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.deleted || row.generation.ownerId !== ownerId) return false;
    // A tombstone, as in SQL: the content goes, the row stays for the limits.
    this.rows.set(id, {
      deleted: true,
      generation: { ...row.generation, result: null, feedback: [], error: null, idempotencyKey: null },
    });
    return true;
  }

  async listAllByOwner(ownerId: string): Promise<Generation[]> {
    return this.live(ownerId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((g) => Generation.fromPrimitives(g));
  }

  async deleteAllByOwner(ownerId: string): Promise<number> {
    let n = 0;
    for (const [id, row] of this.rows)
      if (row.generation.ownerId === ownerId) {
        this.rows.delete(id);
        n += 1;
      }
    return n;
  }
}
