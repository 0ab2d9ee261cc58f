import type { BackgroundTask } from './background-task.js';

/**
 * Deliveries as rows. Every change is one atomic statement (or one transaction), so several workers, in one
 * process or several, never hold the same task at once. Methods taking a `workerId` only touch a task that
 * worker leases, and report `false`/`null` when it does not (any more).
 */
export interface ITaskRepository {
  add(task: BackgroundTask): Promise<void>;
  /** The user's task; `null` when missing or another user's. */
  findById(userId: string, id: string): Promise<BackgroundTask | null>;
  /** Any task, for workers (which act for every user); `null` when missing. */
  get(id: string): Promise<BackgroundTask | null>;
  /**
   * Leases the oldest pending task (of `id` only, when given) whose owner holds fewer than `maxPerUser`
   * leases: marks it leased by `workerId`, counts the attempt and starts its heartbeat. `null` when there is
   * nothing to lease.
   */
  claim(input: {
    workerId: string;
    now: Date;
    maxPerUser: number;
    id?: string;
  }): Promise<BackgroundTask | null>;
  /** Refreshes the heartbeat of a task the worker leases; `false` when it no longer does. */
  heartbeat(id: string, workerId: string, now: Date): Promise<boolean>;
  /** Marks a leased task delivered; `false` when the worker no longer leases it. */
  finish(id: string, workerId: string): Promise<boolean>;
  /**
   * Gives a leased task back (pending) without counting the attempt (its worker is shutting down; the work
   * did not fail). `false` when not leased by the worker.
   */
  release(id: string, workerId: string): Promise<boolean>;
  /**
   * Leased tasks whose heartbeat is older than `staleBefore` lost their worker: each goes back to pending (its
   * attempts are checked when it is leased again: one out of attempts is given up there, durably).
   */
  recoverStale(staleBefore: Date): Promise<string[]>;
  listAllByUser(userId: string): Promise<BackgroundTask[]>;
  deleteAllByUser(userId: string): Promise<void>;
}
