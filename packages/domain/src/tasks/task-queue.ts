import type { BackgroundTask, TaskEvent } from './background-task.js';

/** What a handler may do while it runs. */
export interface TaskContext {
  /** Records and publishes progress (0–100, clamped) and the current stage. */
  reportProgress(stage: string, progress: number): Promise<void>;
  /** Aborted when the task is cancelled or the worker shuts down: stop soon and throw. */
  signal: AbortSignal;
}

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
  submit(
    kind: string,
    userId: string,
    input: unknown,
    options?: { maxAttempts?: number },
  ): Promise<BackgroundTask>;
  /** The user's task; `null` when missing or another user's. */
  get(userId: string, id: string): Promise<BackgroundTask | null>;
  /** See ITaskRepository.requestCancel; also aborts the handler when it runs in this process. */
  cancel(userId: string, id: string): Promise<BackgroundTask | null>;
  /** Listens to one task's changes in this process; returns the unsubscribe function. */
  subscribe(taskId: string, listener: (event: TaskEvent) => void): () => void;
}
