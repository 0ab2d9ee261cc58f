import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import {
  TaskAborted,
  TaskErrors,
  isDomainError,
  toTaskEvent,
  type BackgroundTask,
  type IClock,
  type IEventRelay,
  type IIdGenerator,
  type ITaskHandler,
  type ITaskQueue,
  type ITaskRepository,
  type TaskEvent,
  type TaskOutcome,
  type TaskSubmitOptions,
} from '@tailor/domain';
import { InProcessEventRelay } from '../events/in-process-event-relay.js';
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
  /** Carries each task's changes to followers on every instance; in-process by default. */
  relay?: IEventRelay;
  onError?: (error: unknown, context: string) => void;
}

/** The relay topic of task changes. */
export const TASK_EVENTS_TOPIC = 'tasks';
/** Error messages travel cut to this length: a relay message stays far under its size limit. */
const MAX_RELAYED_ERROR_CHARS = 1_000;

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
 * The in-process worker pool over durable task rows. Claims tasks atomically (see ITaskRepository.claim),
 * keeps a heartbeat on each running one, recovers tasks left running by a dead process (at start-up and
 * then periodically), honours cancellation through an AbortSignal, and publishes every change on an
 * in-process EventEmitter so an SSE route can stream it.
 */
/** The events channel of observe(): a symbol, so no task id can collide with it. */
const EVERY_TASK = Symbol('every task');

export class DurableTaskQueue implements ITaskQueue {
  private readonly handlers = new Map<string, ITaskHandler>();
  private readonly events = new EventEmitter();
  private readonly running = new Map<string, Running>();
  private readonly options: Required<Omit<TaskRunnerOptions, 'source' | 'onError' | 'workerId' | 'relay'>>;
  private readonly relay: IEventRelay;
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
    private readonly ids: IIdGenerator,
    options: TaskRunnerOptions,
  ) {
    for (const handler of handlers) this.handlers.set(handler.kind, handler);
    this.options = { ...DEFAULTS, ...stripUndefined(options) } as typeof this.options;
    this.source = options.source ?? new PollingTaskSource();
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${ids.next().slice(-6)}`;
    this.onError = options.onError ?? (() => {});
    // Many SSE clients may follow one task.
    this.events.setMaxListeners(0);
    // Followers hear a task's changes through the relay, whichever instance runs it.
    this.relay = options.relay ?? new InProcessEventRelay();
    this.relay.subscribe(TASK_EVENTS_TOPIC, (message) => {
      const event = message as TaskEvent;
      this.events.emit(event.taskId, event);
    });
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

  async submit(kind: string, userId: string, input: unknown, options: TaskSubmitOptions = {}) {
    const task = await this.prepare(kind, userId, input, options);
    await this.dispatch([task]);
    return task;
  }

  async prepare(kind: string, userId: string, input: unknown, options: TaskSubmitOptions = {}) {
    if (!this.handlers.has(kind)) throw TaskErrors.unknownKind(kind);
    const now = this.clock.now();
    const task: BackgroundTask = {
      id: options.id ?? this.ids.next(),
      userId,
      kind,
      status: 'queued',
      stage: null,
      progress: 0,
      attempts: 0,
      maxAttempts: options.maxAttempts ?? this.options.defaultMaxAttempts,
      error: null,
      input: input ?? null,
      result: null,
      cancelRequested: false,
      lockedBy: null,
      heartbeatAt: null,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      updatedAt: now,
    };
    await this.tasks.add(task);
    return task;
  }

  async dispatch(tasks: readonly BackgroundTask[]) {
    for (const task of tasks) this.publish(task);
    await this.source.announce(tasks.map((task) => task.id));
    this.wake();
  }

  get(userId: string, id: string) {
    return this.tasks.findById(userId, id);
  }

  async cancel(userId: string, id: string) {
    const task = await this.tasks.requestCancel(userId, id, this.clock.now());
    if (!task) return null;
    if (task.status === 'cancelled') this.publish(task);
    // Running here: abort now rather than at the next heartbeat. Elsewhere: that worker's heartbeat sees it.
    this.running.get(id)?.controller.abort(new TaskAborted('cancelled'));
    return task;
  }

  subscribe(taskId: string, listener: (event: TaskEvent) => void): () => void {
    this.events.on(taskId, listener);
    return () => this.events.off(taskId, listener);
  }

  /** Whether this process is claiming tasks (between start and stop): what /ready reports as the queue. */
  get isRunning(): boolean {
    return this.started;
  }

  /** Recovers what a dead process left running, then starts claiming. */
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
   * handed back to the queue (without counting the attempt), so the next worker to start picks them up at
   * once instead of waiting for their heartbeat to go stale.
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
          const released = await this.tasks.release(task.id, this.workerId, this.clock.now());
          if (released) {
            releasedIds.push(released.id);
            this.publish(released);
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
   * and their rows stay `running` until recovery. For tests of crash recovery.
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
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - this.options.staleAfterMs);
    const { requeued, failed } = await this.tasks.recoverStale(staleBefore, now);
    for (const id of [...requeued, ...failed]) {
      const task = await this.tasks.get(id);
      if (task) this.publish(task);
    }
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
    this.publish(task);
    entry.done = this.execute(entry).finally(() => {
      this.running.delete(task.id);
      this.wake();
    });
  }

  private async execute(entry: Running): Promise<void> {
    const { task, controller } = entry;
    const heartbeat = setInterval(() => {
      void this.tasks
        .heartbeat(task.id, this.workerId, this.clock.now())
        .then((state) => {
          if (state === null) controller.abort(new TaskAborted('lost'));
          else if (state.cancelRequested) controller.abort(new TaskAborted('cancelled'));
        })
        .catch((error: unknown) => this.onError(error, 'heartbeat'));
    }, this.options.heartbeatMs);
    heartbeat.unref();
    entry.heartbeat = heartbeat;

    let outcome: TaskOutcome | null;
    try {
      const handler = this.handlers.get(task.kind);
      if (!handler) throw TaskErrors.unknownKind(task.kind);
      const result = await handler.run(task, {
        signal: controller.signal,
        reportProgress: async (stage, progress) => {
          const value = Math.max(0, Math.min(100, Math.round(progress)));
          const updated = await this.tasks.reportProgress(
            task.id,
            this.workerId,
            { stage, progress: value },
            this.clock.now(),
          );
          if (updated) this.publish(updated);
          else controller.abort(new TaskAborted('lost'));
        },
      });
      outcome = controller.signal.aborted ? this.abortedOutcome(controller) : { status: 'succeeded', result };
    } catch (error) {
      outcome = controller.signal.aborted
        ? this.abortedOutcome(controller)
        : isDomainError(error) && error.code === 'TASK.CANCELLED'
          ? { status: 'cancelled' }
          : {
              status: 'failed',
              error: isDomainError(error)
                ? { code: error.code, message: error.message }
                : TaskErrors.failed(error instanceof Error ? error.message : String(error)),
            };
    } finally {
      clearInterval(heartbeat);
    }
    // Shutting down or no longer ours: leave the row alone (recovery requeues it, or another worker has it).
    if (outcome === null) return;
    try {
      const finished = await this.tasks.finish(task.id, this.workerId, outcome, this.clock.now());
      if (finished) this.publish(finished);
    } catch (error) {
      this.onError(error, 'finish');
    }
  }

  /** Cancelled by its owner → `cancelled`; stopped or lost to another worker → no write at all. */
  private abortedOutcome(controller: AbortController): TaskOutcome | null {
    const reason: unknown = controller.signal.reason;
    return reason instanceof TaskAborted && reason.why === 'cancelled' ? { status: 'cancelled' } : null;
  }

  /** Hears every task change in this process (logs and metrics); returns the unsubscribe function. */
  observe(listener: (task: BackgroundTask) => void): () => void {
    this.events.on(EVERY_TASK, listener);
    return () => this.events.off(EVERY_TASK, listener);
  }

  private publish(task: BackgroundTask): void {
    this.events.emit(EVERY_TASK, task);
    this.relay
      .publish(TASK_EVENTS_TOPIC, relayedEvent(task))
      .catch((error: unknown) => this.onError(error, 'publish'));
  }
}

/** The task's change as followers get it, its error message cut short enough for any relay. */
function relayedEvent(task: BackgroundTask): TaskEvent {
  const event = toTaskEvent(task);
  if (event.error && event.error.message.length > MAX_RELAYED_ERROR_CHARS)
    event.error = { ...event.error, message: `${event.error.message.slice(0, MAX_RELAYED_ERROR_CHARS)}…` };
  return event;
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
