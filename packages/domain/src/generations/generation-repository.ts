import type { Page, PageRequest } from '../shared/paging.js';
import type { Generation, GenerationStatus, GenerationType } from './generation.js';

export const GENERATION_SORT_FIELDS = ['createdAt', 'updatedAt'] as const;
export type GenerationSortField = (typeof GENERATION_SORT_FIELDS)[number];

export interface GenerationSearch extends PageRequest<GenerationSortField> {
  jobId?: string;
  type?: GenerationType;
  status?: GenerationStatus;
}

/** Generations a user started since an instant, deleted ones included (limits must not be reset by deleting). */
export interface GenerationCounts {
  total: number;
  /** Creation time of the oldest one counted (for `Retry-After` of a sliding window); null when none. */
  oldest: Date | null;
  byStatus: Record<GenerationStatus, number>;
  byType: Record<GenerationType, number>;
}

/**
 * Storage of generations, scoped by owner. Deleting a generation leaves a tombstone (no options, result or
 * feedback) that only `countSince` still sees, so the hourly and monthly limits cannot be reset by deleting.
 */
export interface IGenerationRepository {
  /** Stores a new generation. Raises `GENERATION.DUPLICATE_KEY` when the owner already used its idempotency key. */
  add(generation: Generation): Promise<void>;
  /**
   * Persists changes; `false` when the generation is gone (deleted, or not the owner's), or when the stored
   * one already finished with another status: a finished generation never changes status again, so a
   * writer that loaded it before a concurrent cancel (or end) cannot bring it back to life.
   */
  save(generation: Generation): Promise<boolean>;
  /** The owner's generation, or `null` (also when deleted or someone else's). */
  findById(ownerId: string, id: string): Promise<Generation | null>;
  /** The owner's generation created with this key, or `null`. Deleted ones are not returned. */
  findByIdempotencyKey(ownerId: string, key: string): Promise<Generation | null>;
  search(ownerId: string, search: GenerationSearch): Promise<Page<Generation>>;
  /** How many generations the owner created at or after `since`. */
  countSince(ownerId: string, since: Date): Promise<GenerationCounts>;
  /** Deletes (tombstones) the owner's generation; `false` when there was none. */
  delete(ownerId: string, id: string): Promise<boolean>;
  /** Every live generation of the owner, oldest first (for export). */
  listAllByOwner(ownerId: string): Promise<Generation[]>;
  /** Removes every row of the owner, tombstones included (account deletion); returns how many. */
  deleteAllByOwner(ownerId: string): Promise<number>;
}
