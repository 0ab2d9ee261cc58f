import type { BackgroundTask, TaskError } from './background-task.js';

/** How a running task ended, as its worker reports it. */
export type TaskOutcome =
  { status: 'succeeded'; result: unknown } | { status: 'failed'; error: TaskError } | { status: 'cancelled' };

/**
 * Background tasks as rows. Every state change is one atomic statement (or one transaction), so several
 * workers, in one process or several, never run the same task twice. Methods taking a `workerId` only
 * touch a task that worker holds, and report `false`/`null` when it does not (any more).
 */
export interface ITaskRepository {
  add(task: BackgroundTask): Promise<void>;
  /** The user's task; `null` when missing or another user's. */
  findById(userId: string, id: string): Promise<BackgroundTask | null>;
  /** Any task, for workers (which act for every user); `null` when missing. */
  get(id: string): Promise<BackgroundTask | null>;
  /**
   * Claims the oldest queued task (of `id` only, when given) whose owner runs fewer than `maxPerUser`
   * tasks: marks it running for `workerId`, counts the attempt and starts its heartbeat. `null` when there
   * is nothing to claim.
   */
  claim(input: {
    workerId: string;
    now: Date;
    maxPerUser: number;
    id?: string;
  }): Promise<BackgroundTask | null>;
  /**
   * Refreshes the heartbeat of a task the worker holds. Returns whether a cancel was requested, or `null`
   * when the worker no longer holds it (recovered by another, or finished).
   */
  heartbeat(id: string, workerId: string, now: Date): Promise<{ cancelRequested: boolean } | null>;
  /** Records stage and progress of a held task; `null` when not held. */
  reportProgress(
    id: string,
    workerId: string,
    progress: { stage: string; progress: number },
    now: Date,
  ): Promise<BackgroundTask | null>;
  /** Ends a held task; `null` when not held (it was recovered elsewhere: the result is dropped). */
  finish(id: string, workerId: string, outcome: TaskOutcome, now: Date): Promise<BackgroundTask | null>;
  /**
   * Gives a held task back to the queue without counting the attempt (its worker is shutting down; the task
   * did not fail). `null` when not held.
   */
  release(id: string, workerId: string, now: Date): Promise<BackgroundTask | null>;
  /**
   * Cancels the user's task: a queued one becomes `cancelled` at once, a running one gets `cancelRequested`
   * (its worker aborts it). A finished task is left as it is. `null` when missing or another user's.
   */
  requestCancel(userId: string, id: string, now: Date): Promise<BackgroundTask | null>;
  /**
   * Running tasks whose heartbeat is older than `staleBefore` lost their worker: each goes back to the
   * queue while attempts remain, else fails with `TASK.INTERRUPTED` (a cancel-requested one is cancelled).
   */
  recoverStale(staleBefore: Date, now: Date): Promise<{ requeued: string[]; failed: string[] }>;
  /** Ids of queued tasks, oldest first (to hand to an external queue after a restart). */
  listQueuedIds(limit: number): Promise<string[]>;
  listAllByUser(userId: string): Promise<BackgroundTask[]>;
  deleteAllByUser(userId: string): Promise<void>;
}
