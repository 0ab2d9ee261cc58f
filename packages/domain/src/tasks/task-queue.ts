import type { BackgroundTask, TaskEvent } from './background-task.js';

/** What a handler may do while it runs. */
export interface TaskContext {
  /** Records and publishes progress (0–100, clamped) and the current stage. */
  reportProgress(stage: string, progress: number): Promise<void>;
  /**
   * Aborted when the task is cancelled or the worker shuts down: stop soon and throw. `signal.reason` is a
   * `TaskAborted` saying which: only `cancelled` is the owner's wish; after `stopping` or `lost` the task is
   * handed to another worker, so the work must not be recorded as cancelled.
   */
  signal: AbortSignal;
}

export interface TaskSubmitOptions {
  maxAttempts?: number;
  /** The task's id; by default a new one. A generation's task takes the generation's id. */
  id?: string;
}

/** The reason a task's signal carries when the runner aborts it. */
export class TaskAborted extends Error {
  override readonly name = 'TaskAborted';

  constructor(readonly why: 'cancelled' | 'stopping' | 'lost') {
    super(`task aborted: ${why}`);
  }
}

/** Whether an aborted signal means the owner cancelled (rather than a shutdown or a lost lease). */
export const isCancelledByOwner = (signal: AbortSignal): boolean =>
  signal.aborted && !(signal.reason instanceof TaskAborted && signal.reason.why !== 'cancelled');

/** The work behind one kind of task. Its result must be JSON-safe; a thrown DomainError becomes the task's error. */
export interface ITaskHandler {
  readonly kind: string;
  run(task: BackgroundTask, context: TaskContext): Promise<unknown>;
}

/**
 * Durable background work: tasks survive restarts, run with bounded concurrency (overall and per user),
 * and can be followed and cancelled by their owner.
 */
export interface ITaskQueue {
  /** Stores a queued task and wakes a worker. Raises `TASK.UNKNOWN_KIND` for a kind without a handler. */
  submit(kind: string, userId: string, input: unknown, options?: TaskSubmitOptions): Promise<BackgroundTask>;
  /**
   * Stores a queued task without telling any worker, so that it can join the caller's unit of work with the
   * entity it serves; after the unit commits, `dispatch` it. (A task never dispatched is still found by the
   * workers' polling.) Raises `TASK.UNKNOWN_KIND`.
   */
  prepare(kind: string, userId: string, input: unknown, options?: TaskSubmitOptions): Promise<BackgroundTask>;
  /** Wakes workers (here, and on other instances where the queue has a broker) for committed tasks. */
  dispatch(tasks: readonly BackgroundTask[]): Promise<void>;
  /** The user's task; `null` when missing or another user's. */
  get(userId: string, id: string): Promise<BackgroundTask | null>;
  /** See ITaskRepository.requestCancel; also aborts the handler when it runs in this process. */
  cancel(userId: string, id: string): Promise<BackgroundTask | null>;
  /** Listens to one task's changes in this process; returns the unsubscribe function. */
  subscribe(taskId: string, listener: (event: TaskEvent) => void): () => void;
}
