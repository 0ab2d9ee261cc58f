import type { BackgroundTask } from '@tailor/domain';

/** Claims one queued task, of `id` only when given (see ITaskRepository.claim). */
export type ClaimTask = (id?: string) => Promise<BackgroundTask | null>;

/**
 * Where a worker finds its next task. The database row is always the source of truth; a source only decides
 * which row to try. Polling the table is the one mechanism: on PostgreSQL the claim's SKIP LOCKED and per-owner
 * lock already let several instances share the work, so a second delivery system (pg-boss, tried and removed)
 * only added a schema and a second set of failure modes.
 */
export interface TaskSource {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Tasks just stored as queued (or put back in the queue). */
  announce(taskIds: string[]): Promise<void>;
  /** The next task, already claimed for this worker; `null` when there is none right now. */
  next(claim: ClaimTask): Promise<BackgroundTask | null>;
}

/** Polls the table: the oldest queued task whose owner is under the cap. Needs nothing but the database. */
export class PollingTaskSource implements TaskSource {
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async announce(): Promise<void> {}
  next(claim: ClaimTask): Promise<BackgroundTask | null> {
    return claim();
  }
}
