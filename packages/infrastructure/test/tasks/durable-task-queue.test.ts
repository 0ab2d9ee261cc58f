import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserMother } from '@tailor/application/testing';
import {
  LlmErrors,
  isCancelledByOwner,
  type BackgroundTask,
  type DeliveryEvent,
  type ITaskHandler,
  type TaskContext,
  type TaskError,
  type TaskSubmitOptions,
  type WorkOutcome,
} from '@tailor/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDatabase } from '../../src/persistence/postgres-database.js';
import type { SqlDatabase } from '../../src/persistence/sql-database.js';
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../../src/persistence/sqlite-database.js';
import { SystemClock } from '../../src/system/system-clock.js';
import { UlidIdGenerator } from '../../src/system/ulid-id-generator.js';
import {
  DurableTaskQueue,
  TASK_HEARTBEAT_MS,
  TASK_STALE_AFTER_MS,
  TASK_SWEEP_MS,
  type TaskRunnerOptions,
} from '../../src/tasks/durable-task-queue.js';
import { createScratchPostgres, postgresIsAvailable, type ScratchPostgres } from '../../src/testing/index.js';

const postgresAvailable = await postgresIsAvailable();
// Short, but with a stale window many heartbeats long: a loaded CI machine must not mistake a live task for a dead one.
const FAST = { heartbeatMs: 50, staleAfterMs: 1_000, sweepMs: 100, pollMs: 20 } as const;

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

async function waitFor<T>(probe: () => Promise<T> | T, timeoutMs = 5_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The entities the test tasks deliver: the state of each one's work, as a Generation or an Enhancement would
 * record it. The queue never writes here; handlers do.
 */
interface Work {
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  error: TaskError | null;
  result: unknown;
  runs: number;
}
const board = new Map<string, Work>();
const ids = new UlidIdGenerator();
const newWork = (): string => {
  const id = ids.next();
  board.set(id, { status: 'queued', error: null, result: null, runs: 0 });
  return id;
};
const work = (task: BackgroundTask): Work => board.get(task.subjectId)!;
const cancelWork = (task: BackgroundTask) => {
  const w = work(task);
  if (w.status === 'queued' || w.status === 'running') w.status = 'cancelled';
};

/** The parts of a handler every test kind shares: the board answers whether the work was cancelled, and records a give-up. */
abstract class BoardHandler implements ITaskHandler {
  abstract readonly kind: string;
  abstract run(task: BackgroundTask, context: { signal: AbortSignal }): Promise<WorkOutcome>;

  async isCancelled(task: BackgroundTask): Promise<boolean> {
    return work(task).status === 'cancelled';
  }

  async giveUp(task: BackgroundTask, error: TaskError): Promise<void> {
    Object.assign(work(task), { status: 'failed', error });
  }
}

/** A handler whose runs the test releases one by one, and which counts how many run at once. */
class GatedHandler extends BoardHandler {
  readonly kind = 'gated';
  active = 0;
  maxActive = 0;
  maxActiveByUser = new Map<string, number>();
  private activeByUser = new Map<string, number>();
  private gates = new Map<string, () => void>();
  readonly started: string[] = [];
  aborted: string[] = [];

  async run(task: BackgroundTask, { signal }: { signal: AbortSignal }): Promise<WorkOutcome> {
    const w = work(task);
    if (w.status === 'cancelled') return { status: 'cancelled' };
    w.status = 'running';
    w.runs += 1;
    this.active += 1;
    this.maxActive = Math.max(this.maxActive, this.active);
    const mine = (this.activeByUser.get(task.userId) ?? 0) + 1;
    this.activeByUser.set(task.userId, mine);
    this.maxActiveByUser.set(task.userId, Math.max(this.maxActiveByUser.get(task.userId) ?? 0, mine));
    this.started.push(task.id);
    try {
      await new Promise<void>((resolve, reject) => {
        this.gates.set(task.id, resolve);
        signal.addEventListener('abort', () => {
          this.aborted.push(task.id);
          reject(new Error('aborted'));
        });
      });
      Object.assign(w, { status: 'succeeded', result: { echo: task.subjectId } });
      return { status: 'succeeded' };
    } catch (error) {
      if (!isCancelledByOwner(signal)) throw error;
      return { status: 'cancelled' };
    } finally {
      this.active -= 1;
      this.activeByUser.set(task.userId, (this.activeByUser.get(task.userId) ?? 1) - 1);
    }
  }

  release(id: string) {
    this.gates.get(id)?.();
  }
  /** Started and now waiting at its gate (a task is listed as started a moment before its gate exists). */
  isWaiting(id: string) {
    return this.gates.has(id);
  }
  releaseAll() {
    for (const release of this.gates.values()) release();
  }
}

/** Never finishes and ignores its signal: the process "dies" while it runs. */
class HangingHandler extends BoardHandler {
  readonly kind = 'slow';
  run(task: BackgroundTask): Promise<WorkOutcome> {
    work(task).status = 'running';
    return new Promise(() => {});
  }
}
class QuickHandler extends BoardHandler {
  readonly kind = 'slow';
  async run(task: BackgroundTask): Promise<WorkOutcome> {
    Object.assign(work(task), {
      status: 'succeeded',
      result: { finishedBy: 'second runner', attempt: task.attempts },
    });
    return { status: 'succeeded' };
  }
}
class FailingHandler extends BoardHandler {
  readonly kind = 'failing';
  async run(): Promise<WorkOutcome> {
    throw LlmErrors.timeout('fake', 1000);
  }
}

/** Stores the delivery of a new piece of work and wakes the workers. */
async function submit(queue: DurableTaskQueue, kind: string, userId: string, options?: TaskSubmitOptions) {
  const task = await queue.prepare(kind, userId, newWork(), options);
  await queue.dispatch([task]);
  return task;
}
const delivered = (queue: DurableTaskQueue, task: BackgroundTask) =>
  waitFor(async () => {
    const stored = await queue.get(task.userId, task.id);
    return stored?.delivery === 'delivered' && stored;
  });

function runnerOn(database: SqlDatabase, handlers: ITaskHandler[], options: Partial<TaskRunnerOptions> = {}) {
  const repositories = createSqlRepositories(database);
  const queue = new DurableTaskQueue(repositories.tasks, handlers, new SystemClock(), new UlidIdGenerator(), {
    concurrency: 2,
    maxPerUser: 2,
    ...FAST,
    ...options,
  });
  return { queue, repositories };
}

async function addUser(database: SqlDatabase): Promise<string> {
  const user = UserMother.create({ id: new UlidIdGenerator().next() });
  await createSqlRepositories(database).users.add(user);
  return user.id;
}

describe('DurableTaskQueue on SQLite', () => {
  let database: SqliteDatabase;
  let queue: DurableTaskQueue;
  let handler: GatedHandler;
  const setUp = async (options: Partial<TaskRunnerOptions> = {}) => {
    database = SqliteDatabase.open(':memory:');
    await database.migrate();
    handler = new GatedHandler();
    queue = runnerOn(database, [handler, new FailingHandler()], options).queue;
    await queue.start();
  };
  afterEach(async () => {
    handler.releaseAll();
    await queue.stop(1_000);
    await database.close();
  });

  it('delivers a task once: leased, run, delivered; the work is recorded by its handler only', async () => {
    await setUp();
    const userId = await addUser(database);
    const events: DeliveryEvent[] = [];
    const stopObserving = queue.observe((event) => events.push(event));
    const task = await submit(queue, 'gated', userId);
    expect(task).toMatchObject({ id: task.subjectId, delivery: 'pending', attempts: 0 });
    await waitFor(() => handler.started.includes(task.id));
    expect(await queue.get(userId, task.id)).toMatchObject({ delivery: 'leased', attempts: 1 });
    handler.release(task.id);
    const done = await delivered(queue, task);
    stopObserving();
    expect(done).toMatchObject({ attempts: 1, leasedBy: null, heartbeatAt: null });
    expect(board.get(task.subjectId)).toMatchObject({
      status: 'succeeded',
      result: { echo: task.subjectId },
    });
    expect(events.map((e) => (e.phase === 'delivered' ? `${e.phase}:${e.outcome.status}` : e.phase))).toEqual(
      ['leased', 'delivered:succeeded'],
    );
    expect(await queue.get('someone-else', task.id)).toBeNull();
  });

  it('a task that yields lets the requests waiting on the process run before it goes on', async () => {
    await setUp();
    const log: string[] = [];
    const server = createServer((socket) => socket.on('data', () => log.push('request served')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => client.once('connect', resolve));
    class YieldingHandler extends BoardHandler {
      readonly kind = 'yielding';
      async run(task: BackgroundTask, context: TaskContext): Promise<WorkOutcome> {
        // A request arrives while the task holds the event loop with a CPU-bound step.
        client.write('GET /health');
        const until = Date.now() + 50;
        while (Date.now() < until);
        log.push('step done');
        await context.yieldToRequests();
        log.push('next step');
        work(task).status = 'succeeded';
        return { status: 'succeeded' };
      }
    }
    await queue.stop(1_000);
    queue = runnerOn(database, [new YieldingHandler()]).queue;
    await queue.start();
    try {
      await delivered(queue, await submit(queue, 'yielding', await addUser(database)));
      expect(log).toEqual(['step done', 'request served', 'next step']);
    } finally {
      client.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports a handler’s domain error as the run’s outcome, and refuses an unknown kind', async () => {
    await setUp();
    const userId = await addUser(database);
    const outcomes: DeliveryEvent[] = [];
    const stopObserving = queue.observe((event) => outcomes.push(event));
    const task = await submit(queue, 'failing', userId);
    await delivered(queue, task);
    stopObserving();
    expect(outcomes.at(-1)).toMatchObject({
      phase: 'delivered',
      outcome: {
        status: 'failed',
        error: { code: 'LLM.TIMEOUT', message: 'The fake provider did not answer within 1000 ms.' },
      },
    });
    await expect(queue.prepare('nope', userId, newWork())).rejects.toMatchObject({
      code: 'TASK.UNKNOWN_KIND',
    });
  });

  it('pins the crash-detection timing: heartbeat 5 s, stale after 15 s, swept every 5 s (≤ 30 s in all)', async () => {
    await setUp();
    expect({ TASK_HEARTBEAT_MS, TASK_STALE_AFTER_MS, TASK_SWEEP_MS }).toEqual({
      TASK_HEARTBEAT_MS: 5_000,
      TASK_STALE_AFTER_MS: 15_000,
      TASK_SWEEP_MS: 5_000,
    });
    // Three missed heartbeats before a task counts as lost, and a crash is noticed well within 30 s.
    expect(TASK_STALE_AFTER_MS / TASK_HEARTBEAT_MS).toBeGreaterThanOrEqual(3);
    expect(TASK_STALE_AFTER_MS + TASK_SWEEP_MS).toBeLessThanOrEqual(20_000);
  });

  it('work cancelled while its task is pending never runs: the delivery just ends', async () => {
    await setUp({ concurrency: 1 });
    const userId = await addUser(database);
    const first = await submit(queue, 'gated', userId);
    const second = await submit(queue, 'gated', userId);
    await waitFor(() => handler.started.includes(first.id));
    cancelWork(second);
    handler.release(first.id);
    await delivered(queue, second);
    expect(handler.started).toEqual([first.id]);
    expect(board.get(second.subjectId)?.status).toBe('cancelled');
  });

  it('cancel reaches running work: at once through interrupt here, at the next heartbeat from anywhere else', async () => {
    await setUp();
    const userId = await addUser(database);
    const here = await submit(queue, 'gated', userId);
    const elsewhere = await submit(queue, 'gated', userId);
    await waitFor(() => handler.isWaiting(here.id) && handler.isWaiting(elsewhere.id));
    cancelWork(here);
    queue.interrupt(here.id);
    expect(handler.aborted).toEqual([here.id]);
    // Cancelled through the entity only (as another instance would): the heartbeat asks the handler.
    cancelWork(elsewhere);
    await waitFor(() => handler.aborted.includes(elsewhere.id));
    for (const task of [here, elsewhere]) {
      expect(await delivered(queue, task)).toMatchObject({ leasedBy: null });
      expect(board.get(task.subjectId)?.status).toBe('cancelled');
    }
  });

  it('runs at most TASK_CONCURRENCY tasks at once', async () => {
    await setUp({ concurrency: 2, maxPerUser: 10 });
    const users = await Promise.all([1, 2, 3, 4, 5].map(() => addUser(database)));
    const tasks = await Promise.all(users.map((userId) => submit(queue, 'gated', userId)));
    await waitFor(() => handler.started.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handler.started).toHaveLength(2);
    for (let released = 0; released < tasks.length; released += 1) {
      await waitFor(() => handler.started.length > released);
      handler.release(handler.started[released]!);
    }
    for (const task of tasks) await delivered(queue, task);
    expect(handler.maxActive).toBe(2);
  });

  it('keeps a user’s extra tasks pending beyond TASK_MAX_PER_USER while others run', async () => {
    await setUp({ concurrency: 4, maxPerUser: 2 });
    const busy = await addUser(database);
    const other = await addUser(database);
    const mine: BackgroundTask[] = [];
    for (let i = 0; i < 3; i += 1) mine.push(await submit(queue, 'gated', busy));
    const theirs = await submit(queue, 'gated', other);
    await waitFor(() => handler.started.includes(theirs.id));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handler.started.sort()).toEqual([mine[0]!.id, mine[1]!.id, theirs.id].sort());
    expect((await queue.get(busy, mine[2]!.id))?.delivery).toBe('pending');
    handler.release(mine[0]!.id);
    await waitFor(() => handler.started.includes(mine[2]!.id));
    handler.releaseAll();
    await delivered(queue, mine[2]!);
    expect(handler.maxActiveByUser.get(busy)).toBe(2);
  });
});

/** A runner dies mid-task (its handler never completes, its heartbeat stops); a new one takes over. */
function crashSuite(open: () => Promise<{ first: SqlDatabase; second: SqlDatabase }>) {
  it('a task interrupted by a crash is leased again and finished by the next runner', async () => {
    const { first, second } = await open();
    const userId = await addUser(first);
    const dying = runnerOn(first, [new HangingHandler()]).queue;
    await dying.start();
    const task = await submit(dying, 'slow', userId, { maxAttempts: 2 });
    await waitFor(async () => (await dying.get(userId, task.id))?.delivery === 'leased');
    await dying.abandon(); // the "crash": the handler is abandoned and nothing is written for it

    expect((await dying.get(userId, task.id))?.delivery).toBe('leased');
    const next = runnerOn(second, [new QuickHandler()]).queue;
    await new Promise((resolve) => setTimeout(resolve, FAST.staleAfterMs + 50));
    await next.start();
    expect(await delivered(next, task)).toMatchObject({ attempts: 2 });
    expect(board.get(task.subjectId)).toMatchObject({
      status: 'succeeded',
      result: { finishedBy: 'second runner', attempt: 2 },
    });
    await next.stop();
  });

  it('a graceful stop hands unfinished tasks back at once, without using up an attempt', async () => {
    const { first, second } = await open();
    const userId = await addUser(first);
    const stopping = runnerOn(first, [new HangingHandler()], { staleAfterMs: 60_000 }).queue;
    await stopping.start();
    const task = await submit(stopping, 'slow', userId, { maxAttempts: 1 });
    await waitFor(async () => (await stopping.get(userId, task.id))?.delivery === 'leased');
    await stopping.stop(50);
    expect(await stopping.get(userId, task.id)).toMatchObject({ delivery: 'pending', attempts: 0 });

    // No stale heartbeat to wait for: the next runner takes it right away.
    const next = runnerOn(second, [new QuickHandler()], { staleAfterMs: 60_000 }).queue;
    await next.start();
    const done = await waitFor(async () => {
      const stored = await next.get(userId, task.id);
      return stored?.delivery === 'delivered' && stored;
    }, 2_000);
    expect(done.attempts).toBe(1);
    expect(board.get(task.subjectId)?.status).toBe('succeeded');
    await next.stop();
  });

  it('work out of attempts is given up on its entity with TASK.INTERRUPTED, even if the restart comes early', async () => {
    const { first, second } = await open();
    const userId = await addUser(first);
    const dying = runnerOn(first, [new HangingHandler()]).queue;
    await dying.start();
    const task = await submit(dying, 'slow', userId, { maxAttempts: 1 });
    await waitFor(async () => (await dying.get(userId, task.id))?.delivery === 'leased');
    await dying.abandon();

    // Restarted before the heartbeat went stale: the periodic sweep still catches it.
    const next = runnerOn(second, [new QuickHandler()]).queue;
    await next.start();
    const done = await delivered(next, task);
    expect(done.leasedBy).toBeNull();
    expect(board.get(task.subjectId)).toMatchObject({
      status: 'failed',
      error: { code: 'TASK.INTERRUPTED' },
    });
    await next.stop();
  });
}

describe('crash recovery on a SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailor-tasks-'));
  const opened: SqlDatabase[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  crashSuite(async () => {
    n += 1;
    const file = join(dir, `tasks-${n}.db`);
    const first = SqliteDatabase.open(file);
    await first.migrate();
    const second = SqliteDatabase.open(file);
    opened.push(first, second);
    return { first, second };
  });
});

describe.skipIf(!postgresAvailable)('on PostgreSQL', () => {
  let scratch: ScratchPostgres;
  const opened: SqlDatabase[] = [];
  beforeAll(async () => {
    scratch = await createScratchPostgres('tasks');
    const db = PostgresDatabase.open(scratch.url, { maxConnections: 2 });
    await db.migrate();
    await db.close();
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
  });
  afterAll(async () => {
    await scratch?.drop();
  });
  const open = async () => {
    const first = PostgresDatabase.open(scratch.url, { maxConnections: 4 });
    const second = PostgresDatabase.open(scratch.url, { maxConnections: 4 });
    opened.push(first, second);
    return { first, second };
  };

  describe('crash recovery', () => crashSuite(open));

  it('two instances polling one tasks table share the work, each task runs once, the per-user cap holds across them', async () => {
    const { first, second } = await open();
    const handler = new GatedHandler();
    const instances = [first, second].map(
      (database) => runnerOn(database, [handler], { concurrency: 3, maxPerUser: 2 }).queue,
    );
    for (const instance of instances) await instance.start();
    const users = [await addUser(first), await addUser(first), await addUser(first)];
    const submitted: BackgroundTask[] = [];
    for (let i = 0; i < 9; i += 1) submitted.push(await submit(instances[i % 2]!, 'gated', users[i % 3]!));

    const released = new Set<string>();
    const results = await waitFor(async () => {
      for (const id of handler.started) {
        if (!released.has(id) && handler.isWaiting(id)) {
          released.add(id);
          setTimeout(() => handler.release(id), 30);
        }
      }
      const rows = await Promise.all(submitted.map((t) => instances[0]!.get(t.userId, t.id)));
      return rows.every((row) => row?.delivery === 'delivered') && rows;
    }, 20_000);
    expect(new Set(handler.started).size).toBe(9);
    expect(handler.started).toHaveLength(9);
    expect(new Set(results.map((row) => row!.attempts))).toEqual(new Set([1]));
    for (const max of handler.maxActiveByUser.values()) expect(max).toBeLessThanOrEqual(2);
    expect(new Set(results.map((row) => row!.leasedBy))).toEqual(new Set([null]));
    for (const task of submitted)
      expect(board.get(task.subjectId)).toMatchObject({ status: 'succeeded', runs: 1 });
    for (const instance of instances) await instance.stop();
  }, 30_000);
});
