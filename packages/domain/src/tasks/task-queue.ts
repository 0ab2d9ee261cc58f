import type { BackgroundTask, TaskError } from './background-task.js';

/** What a handler may do while it runs. */
export interface TaskContext {
  /**
   * Aborted when the work is cancelled (through its entity) or the worker lets go of it: stop soon and throw.
   * `signal.reason` is a `TaskAborted` saying which: only `cancelled` is the owner's wish; after `stopping` or
   * `lost` the task is handed to another worker, so the work must not be recorded as cancelled.
   */
  signal: AbortSignal;
  /**
   * Resolves once the requests waiting on this process have had their turn. Tasks run beside the HTTP server
   * in one event loop: long CPU-bound work calls this between its steps, so requests are served between them
   * instead of waiting for the whole task.
   */
  yieldToRequests(): Promise<void>;
}

export interface TaskSubmitOptions {
  maxAttempts?: number;
  /** The task's id; by default the subject's (one delivery per entity). */
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

/** How the work of one run ended, as its entity recorded it: for logs and metrics only. */
export type WorkOutcome = { status: 'succeeded' | 'cancelled' } | { status: 'failed'; error: TaskError };

/**
 * The work behind one kind of task. The handler records the work's state on its entity (the runner records
 * nothing but the delivery); what it throws counts as a failure, and the delivery ends either way.
 */
export interface ITaskHandler {
  readonly kind: string;
  run(task: BackgroundTask, context: TaskContext): Promise<WorkOutcome>;
  /** Whether the work was cancelled through its entity (asked at each heartbeat, so any instance's cancel lands). */
  isCancelled(task: BackgroundTask): Promise<boolean>;
  /** Records on the entity that the work could not be delivered (its workers kept dying: out of attempts). */
  giveUp(task: BackgroundTask, error: TaskError): Promise<void>;
}

/**
 * Durable delivery of background work: tasks survive restarts, run with bounded concurrency (overall and per
 * owner), and are handed to a worker again when the one holding them dies.
 */
export interface ITaskQueue {
  /**
   * Stores a pending delivery of `subjectId` without telling any worker, so that it joins the caller's unit of
   * work with the entity it delivers; after the unit commits, `dispatch` it. (One never dispatched is still
   * found by the workers' polling.) Raises `TASK.UNKNOWN_KIND`.
   */
  prepare(
    kind: string,
    userId: string,
    subjectId: string,
    options?: TaskSubmitOptions,
  ): Promise<BackgroundTask>;
  /** Wakes workers for committed tasks. */
  dispatch(tasks: readonly BackgroundTask[]): Promise<void>;
  /** The user's task; `null` when missing or another user's. */
  get(userId: string, id: string): Promise<BackgroundTask | null>;
  /**
   * Tells a handler running this task in this process that its work was cancelled, so it stops now rather
   * than at its next heartbeat (where a worker on another instance hears of it).
   */
  interrupt(taskId: string): void;
}

/** What observers hear: a lease taken, a delivery done (with how the work ended), a lease handed back. */
export type DeliveryEvent =
  | { task: BackgroundTask; phase: 'leased' }
  | { task: BackgroundTask; phase: 'released' }
  | { task: BackgroundTask; phase: 'delivered'; outcome: WorkOutcome };
