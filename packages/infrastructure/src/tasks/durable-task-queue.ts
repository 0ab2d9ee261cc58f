import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import {
  TaskAborted,
  TaskErrors,
  isDomainError,
  type BackgroundTask,
  type DeliveryEvent,
  type IClock,
  type IIdGenerator,
  type ITaskHandler,
  type ITaskQueue,
  type ITaskRepository,
  type TaskSubmitOptions,
  type WorkOutcome,
} from '@tailor/domain';
import { PollingTaskSource, type TaskSource } from './task-source.js';

export interface TaskRunnerOptions {
  /** How many tasks this process runs at once (TASK_CONCURRENCY). */
  concurrency: number;
  /** How many tasks of one user run at once, across all workers (TASK_MAX_PER_USER). */
  maxPerUser: number;
  /** Unique per process; defaults to host, pid and a random suffix. */
  workerId?: string;
  heartbeatMs?: number;
  /** A running task whose heartbeat is older than this lost its worker and is recovered. */
  staleAfterMs?: number;
  /** How often a started runner looks for stale tasks. */
  sweepMs?: number;
  pollMs?: number;
  defaultMaxAttempts?: number;
  source?: TaskSource;
  onError?: (error: unknown, context: string) => void;
}

interface Running {
  task: BackgroundTask;
  controller: AbortController;
  heartbeat: NodeJS.Timeout | undefined;
  done: Promise<void>;
}

/**
 * Crash detection: a running task's heartbeat is written every TASK_HEARTBEAT_MS; one older than
 * TASK_STALE_AFTER_MS (three missed beats) lost its process; every TASK_SWEEP_MS each live runner looks for
 * such tasks. So a crash is noticed within STALE + SWEEP (20 s) and the task is handed out again at once:
 * well inside the 30 s the README promises for ending or resuming interrupted work.
 */
export const TASK_HEARTBEAT_MS = 5_000;
export const TASK_STALE_AFTER_MS = 15_000;
export const TASK_SWEEP_MS = 5_000;

const DEFAULTS = {
  heartbeatMs: TASK_HEARTBEAT_MS,
  staleAfterMs: TASK_STALE_AFTER_MS,
  sweepMs: TASK_SWEEP_MS,
  pollMs: 1_000,
  defaultMaxAttempts: 3,
};
/** After the grace period, how long aborted handlers get to unwind before the runner lets go of them. */
const UNWIND_MS = 1_000;

/**
 * A handler's pause between CPU-bound steps: the requests already waiting run first. Two turns of the check
 * phase, because a step that ran in the poll phase (after a database reply, say) would have its first
 * setImmediate run in that same loop iteration, before the sockets are read again; the second runs only after
 * the next poll.
 */
const yieldToRequests = async (): Promise<void> => {
  await setImmediate();
  await setImmediate();
};

/**
 * The in-process worker pool over durable delivery rows. Leases tasks atomically (see ITaskRepository.claim),
 * keeps a heartbeat on each leased one (asking its handler, at each beat, whether the work was cancelled
 * through its entity), recovers tasks left leased by a dead process (at start-up and then periodically), and
 * stops a handler through its AbortSignal. It records nothing about the work: its entity does.
 */

export class DurableTaskQueue implements ITaskQueue {
  private readonly handlers = new Map<string, ITaskHandler>();
  private readonly events = new EventEmitter();
  private readonly running = new Map<string, Running>();
  private readonly options: Required<Omit<TaskRunnerOptions, 'source' | 'onError' | 'workerId'>>;
  private readonly source: TaskSource;
  readonly workerId: string;
  private started = false;
  private pumping: Promise<void> | null = null;
  private pumpAgain = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private onError: (error: unknown, context: string) => void;

  constructor(
    private readonly tasks: ITaskRepository,
    handlers: readonly ITaskHandler[],
    private readonly clock: IClock,
    ids: IIdGenerator,
    options: TaskRunnerOptions,
  ) {
    for (const handler of handlers) this.handlers.set(handler.kind, handler);
    this.options = { ...DEFAULTS, ...stripUndefined(options) } as typeof this.options;
    this.source = options.source ?? new PollingTaskSource();
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${ids.next().slice(-6)}`;
    this.onError = options.onError ?? (() => {});
  }

  /** Where failures of claiming, heartbeats and bookkeeping go (the app's logger once it exists). */
  reportErrorsTo(report: (error: unknown, context: string) => void): void {
    this.onError = report;
  }

  /** Reports a failure of a collaborator (e.g. the task source) through the same channel. */
  reportError(error: unknown, context: string): void {
    this.onError(error, context);
  }

  /** Adds a handler after construction (features register theirs as they are wired). */
  register(handler: ITaskHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  async prepare(kind: string, userId: string, subjectId: string, options: TaskSubmitOptions = {}) {
    if (!this.handlers.has(kind)) throw TaskErrors.unknownKind(kind);
    const task: BackgroundTask = {
      id: options.id ?? subjectId,
      userId,
      kind,
      subjectId,
      delivery: 'pending',
      attempts: 0,
      maxAttempts: options.maxAttempts ?? this.options.defaultMaxAttempts,
      leasedBy: null,
      heartbeatAt: null,
      createdAt: this.clock.now(),
    };
    await this.tasks.add(task);
    return task;
  }

  async dispatch(tasks: readonly BackgroundTask[]) {
    await this.source.announce(tasks.map((task) => task.id));
    this.wake();
  }

  get(userId: string, id: string) {
    return this.tasks.findById(userId, id);
  }

  interrupt(taskId: string): void {
    // Elsewhere, that worker's next heartbeat asks the handler and hears of the cancel.
    this.running.get(taskId)?.controller.abort(new TaskAborted('cancelled'));
  }

  /** Whether this process is claiming tasks (between start and stop): what /ready reports as the queue. */
  get isRunning(): boolean {
    return this.started;
  }

  /** Recovers what a dead process left leased, then starts claiming. */
  async start(): Promise<void> {
    if (this.started) return;
    await this.recover();
    await this.source.start();
    this.started = true;
    this.pollTimer = setInterval(() => this.wake(), this.options.pollMs);
    this.sweepTimer = setInterval(
      () => void this.recover().catch((error: unknown) => this.onError(error, 'recover')),
      this.options.sweepMs,
    );
    this.pollTimer.unref();
    this.sweepTimer.unref();
    this.wake();
  }

  /**
   * Stops claiming and waits up to `graceMs` for running handlers. Those still running are then aborted and
   * handed back (without counting the attempt), so the next worker to start picks them up at once instead of
   * waiting for their heartbeat to go stale.
   */
  async stop(graceMs = 10_000): Promise<void> {
    if (!(await this.halt())) return;
    const all = Promise.allSettled([...this.running.values()].map((r) => r.done));
    if ((await within(all, graceMs)) === 'timeout') {
      const unfinished = [...this.running.values()];
      for (const entry of unfinished) {
        // Stop the heartbeat first: a handler that ignores its signal must not keep the row looking alive.
        clearInterval(entry.heartbeat);
        entry.controller.abort(new TaskAborted('stopping'));
      }
      await within(all, UNWIND_MS);
      const releasedIds: string[] = [];
      for (const { task } of unfinished) {
        try {
          if (await this.tasks.release(task.id, this.workerId)) {
            releasedIds.push(task.id);
            this.emit({ task, phase: 'released' });
          }
        } catch (error) {
          this.onError(error, 'release');
        }
      }
      await this.source.announce(releasedIds).catch((error: unknown) => this.onError(error, 'announce'));
    }
    await this.source.stop();
  }

  /**
   * Stops at once and writes nothing, as a crash would: handlers are abandoned (aborted, heartbeats stopped)
   * and their rows stay leased until recovery. For tests of crash recovery.
   */
  async abandon(): Promise<void> {
    if (!(await this.halt())) return;
    for (const entry of this.running.values()) {
      clearInterval(entry.heartbeat);
      entry.controller.abort(new TaskAborted('stopping'));
    }
    await this.source.stop();
  }

  /** Stops claiming; `false` when not started. */
  private async halt(): Promise<boolean> {
    if (!this.started) return false;
    this.started = false;
    clearInterval(this.pollTimer);
    clearInterval(this.sweepTimer);
    await this.pumping;
    return true;
  }

  /** How many tasks this process runs now. */
  get activeCount(): number {
    return this.running.size;
  }

  private async recover(): Promise<void> {
    const staleBefore = new Date(this.clock.now().getTime() - this.options.staleAfterMs);
    const requeued = await this.tasks.recoverStale(staleBefore);
    if (requeued.length > 0 && this.started) await this.source.announce(requeued);
  }

  private wake(): void {
    if (!this.started) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = this.pump()
      .catch((error: unknown) => this.onError(error, 'claim'))
      .finally(() => {
        this.pumping = null;
        if (this.pumpAgain) {
          this.pumpAgain = false;
          this.wake();
        }
      });
  }

  private async pump(): Promise<void> {
    while (this.started && this.running.size < this.options.concurrency) {
      const task = await this.source.next((id) =>
        this.tasks.claim({
          workerId: this.workerId,
          now: this.clock.now(),
          maxPerUser: this.options.maxPerUser,
          ...(id !== undefined ? { id } : {}),
        }),
      );
      if (!task) return;
      this.launch(task);
    }
  }

  private launch(task: BackgroundTask): void {
    const controller = new AbortController();
    const entry: Running = { task, controller, heartbeat: undefined, done: Promise.resolve() };
    this.running.set(task.id, entry);
    this.emit({ task, phase: 'leased' });
    entry.done = this.execute(entry).finally(() => {
      this.running.delete(task.id);
      this.wake();
    });
  }

  private async execute(entry: Running): Promise<void> {
    const { task, controller } = entry;
    const handler = this.handlers.get(task.kind);
    const heartbeat = setInterval(() => {
      void this.beat(task, handler, controller).catch((error: unknown) => this.onError(error, 'heartbeat'));
    }, this.options.heartbeatMs);
    heartbeat.unref();
    entry.heartbeat = heartbeat;

    let outcome: WorkOutcome;
    try {
      if (!handler) throw TaskErrors.unknownKind(task.kind);
      if (task.attempts > task.maxAttempts) {
        // Its workers kept dying: the work is given up on its entity, durably (the row stayed pending until now).
        const error = TaskErrors.interrupted();
        await handler.giveUp(task, error);
        outcome = { status: 'failed', error };
      } else outcome = await handler.run(task, { signal: controller.signal, yieldToRequests });
    } catch (error) {
      outcome = {
        status: 'failed',
        error: isDomainError(error)
          ? { code: error.code, message: error.message }
          : TaskErrors.failed(error instanceof Error ? error.message : String(error)),
      };
    } finally {
      clearInterval(heartbeat);
    }
    // Shutting down or no longer ours: leave the row alone (recovery hands it out again, or another has it).
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && !(reason instanceof TaskAborted && reason.why === 'cancelled')) return;
    try {
      if (await this.tasks.finish(task.id, this.workerId)) this.emit({ task, phase: 'delivered', outcome });
    } catch (error) {
      this.onError(error, 'finish');
    }
  }

  /** One heartbeat: the lease is kept alive (or found lost), and the entity is asked whether its work was cancelled. */
  private async beat(task: BackgroundTask, handler: ITaskHandler | undefined, controller: AbortController) {
    if (!(await this.tasks.heartbeat(task.id, this.workerId, this.clock.now()))) {
      controller.abort(new TaskAborted('lost'));
      return;
    }
    if (handler && !controller.signal.aborted && (await handler.isCancelled(task)))
      controller.abort(new TaskAborted('cancelled'));
  }

  /** Hears every delivery change in this process (logs and metrics); returns the unsubscribe function. */
  observe(listener: (event: DeliveryEvent) => void): () => void {
    this.events.on('delivery', listener);
    return () => this.events.off('delivery', listener);
  }

  private emit(event: DeliveryEvent): void {
    this.events.emit('delivery', event);
  }
}

async function within(work: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([work.then(() => 'done' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const stripUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
