import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserMother } from '@tailor/application/testing';
import {
  LlmErrors,
  TaskErrors,
  type BackgroundTask,
  type ITaskHandler,
  type TaskEvent,
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

/** A handler whose runs the test releases one by one, and which counts how many run at once. */
class GatedHandler implements ITaskHandler {
  readonly kind = 'gated';
  active = 0;
  maxActive = 0;
  maxActiveByUser = new Map<string, number>();
  private activeByUser = new Map<string, number>();
  private gates = new Map<string, () => void>();
  readonly started: string[] = [];
  aborted: string[] = [];

  async run(task: BackgroundTask, { signal, reportProgress }: Parameters<ITaskHandler['run']>[1]) {
    this.active += 1;
    this.maxActive = Math.max(this.maxActive, this.active);
    const mine = (this.activeByUser.get(task.userId) ?? 0) + 1;
    this.activeByUser.set(task.userId, mine);
    this.maxActiveByUser.set(task.userId, Math.max(this.maxActiveByUser.get(task.userId) ?? 0, mine));
    this.started.push(task.id);
    try {
      await reportProgress('waiting', 10);
      await new Promise<void>((resolve, reject) => {
        this.gates.set(task.id, resolve);
        signal.addEventListener('abort', () => {
          this.aborted.push(task.id);
          reject(new Error('aborted'));
        });
      });
      await reportProgress('done', 90);
      return { echo: task.input };
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
const hangingHandler: ITaskHandler = {
  kind: 'slow',
  run: () => new Promise(() => {}),
};
const quickHandler: ITaskHandler = {
  kind: 'slow',
  run: async (task, { reportProgress }) => {
    await reportProgress('finishing', 50);
    return { finishedBy: 'second runner', attempt: task.attempts };
  },
};

const failingHandler: ITaskHandler = {
  kind: 'failing',
  run: async (task) => {
    if ((task.input as { cancelled?: boolean }).cancelled) throw TaskErrors.cancelled();
    throw LlmErrors.timeout('fake', 1000);
  },
};

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
    queue = runnerOn(database, [handler, failingHandler], options).queue;
    await queue.start();
  };
  afterEach(async () => {
    handler.releaseAll();
    await queue.stop(1_000);
    await database.close();
  });

  it('runs a task to success, storing its result and publishing every change', async () => {
    await setUp();
    const userId = await addUser(database);
    const events: TaskEvent[] = [];
    const task = await queue.submit('gated', userId, { word: 'hello' });
    const unsubscribe = queue.subscribe(task.id, (event) => events.push(event));
    await waitFor(() => handler.started.includes(task.id));
    handler.release(task.id);
    const done = await waitFor(async () => {
      const stored = await queue.get(userId, task.id);
      return stored?.status === 'succeeded' && stored;
    });
    unsubscribe();
    expect(done).toMatchObject({
      progress: 100,
      result: { echo: { word: 'hello' } },
      attempts: 1,
      lockedBy: null,
    });
    expect(events.map((e) => `${e.status}:${e.progress}`)).toEqual([
      'running:0',
      'running:10',
      'running:90',
      'succeeded:100',
    ]);
    expect(await queue.get('someone-else', task.id)).toBeNull();
  });

  it('records a handler’s domain error as the task’s error, and refuses an unknown kind', async () => {
    await setUp();
    const userId = await addUser(database);
    const task = await queue.submit('failing', userId, {});
    const failed = await waitFor(async () => {
      const stored = await queue.get(userId, task.id);
      return stored?.status === 'failed' && stored;
    });
    expect(failed.error).toEqual({
      code: 'LLM.TIMEOUT',
      message: 'The fake provider did not answer within 1000 ms.',
    });
    await expect(queue.submit('nope', userId, {})).rejects.toMatchObject({ code: 'TASK.UNKNOWN_KIND' });
  });

  it('ends a task cancelled when its handler says its work was cancelled (TASK.CANCELLED)', async () => {
    await setUp();
    const userId = await addUser(database);
    const task = await queue.submit('failing', userId, { cancelled: true });
    const cancelled = await waitFor(async () => {
      const stored = await queue.get(userId, task.id);
      return stored?.status === 'cancelled' && stored;
    });
    expect(cancelled.error).toBeNull();
  });

  it('pins the crash-detection timing: heartbeat 5 s, stale after 15 s, swept every 5 s (≤ 30 s in all)', () => {
    expect({ TASK_HEARTBEAT_MS, TASK_STALE_AFTER_MS, TASK_SWEEP_MS }).toEqual({
      TASK_HEARTBEAT_MS: 5_000,
      TASK_STALE_AFTER_MS: 15_000,
      TASK_SWEEP_MS: 5_000,
    });
    // Three missed heartbeats before a task counts as lost, and a crash is noticed well within 30 s.
    expect(TASK_STALE_AFTER_MS / TASK_HEARTBEAT_MS).toBeGreaterThanOrEqual(3);
    expect(TASK_STALE_AFTER_MS + TASK_SWEEP_MS).toBeLessThanOrEqual(20_000);
  });

  it('cancels a queued task at once: it never runs', async () => {
    await setUp({ concurrency: 1 });
    const userId = await addUser(database);
    const first = await queue.submit('gated', userId, {});
    const second = await queue.submit('gated', userId, {});
    await waitFor(() => handler.started.includes(first.id));
    expect(await queue.cancel(userId, second.id)).toMatchObject({ status: 'cancelled' });
    handler.release(first.id);
    await waitFor(async () => (await queue.get(userId, first.id))?.status === 'succeeded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handler.started).toEqual([first.id]);
    expect(await queue.cancel('someone-else', first.id)).toBeNull();
  });

  it('cancels a running task through its AbortSignal', async () => {
    await setUp();
    const userId = await addUser(database);
    const task = await queue.submit('gated', userId, {});
    await waitFor(() => handler.started.includes(task.id));
    expect(await queue.cancel(userId, task.id)).toMatchObject({ status: 'running', cancelRequested: true });
    const cancelled = await waitFor(async () => {
      const stored = await queue.get(userId, task.id);
      return stored?.status === 'cancelled' && stored;
    });
    expect(handler.aborted).toEqual([task.id]);
    expect(cancelled.finishedAt).toBeInstanceOf(Date);
  });

  it('runs at most TASK_CONCURRENCY tasks at once', async () => {
    await setUp({ concurrency: 2, maxPerUser: 10 });
    const users = await Promise.all([1, 2, 3, 4, 5].map(() => addUser(database)));
    const tasks = await Promise.all(users.map((userId) => queue.submit('gated', userId, {})));
    await waitFor(() => handler.started.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handler.started).toHaveLength(2);
    for (let released = 0; released < tasks.length; released += 1) {
      await waitFor(() => handler.started.length > released);
      handler.release(handler.started[released]!);
    }
    for (const task of tasks)
      await waitFor(async () => (await queue.get(task.userId, task.id))?.status === 'succeeded');
    expect(handler.maxActive).toBe(2);
  });

  it('keeps a user’s extra tasks queued beyond TASK_MAX_PER_USER while others run', async () => {
    await setUp({ concurrency: 4, maxPerUser: 2 });
    const busy = await addUser(database);
    const other = await addUser(database);
    const mine: BackgroundTask[] = [];
    for (let i = 0; i < 3; i += 1) mine.push(await queue.submit('gated', busy, { i }));
    const theirs = await queue.submit('gated', other, {});
    await waitFor(() => handler.started.includes(theirs.id));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handler.started.sort()).toEqual([mine[0]!.id, mine[1]!.id, theirs.id].sort());
    expect((await queue.get(busy, mine[2]!.id))?.status).toBe('queued');
    handler.release(mine[0]!.id);
    await waitFor(() => handler.started.includes(mine[2]!.id));
    handler.releaseAll();
    await waitFor(async () => (await queue.get(busy, mine[2]!.id))?.status === 'succeeded');
    expect(handler.maxActiveByUser.get(busy)).toBe(2);
  });
});

/** A runner dies mid-task (its handler never completes, its heartbeat stops); a new one takes over. */
function crashSuite(open: () => Promise<{ first: SqlDatabase; second: SqlDatabase }>) {
  it('a task interrupted by a crash is requeued and finished by the next runner', async () => {
    const { first, second } = await open();
    const userId = await addUser(first);
    const dying = runnerOn(first, [hangingHandler]).queue;
    await dying.start();
    const task = await dying.submit('slow', userId, { big: true }, { maxAttempts: 2 });
    await waitFor(async () => (await dying.get(userId, task.id))?.status === 'running');
    await dying.abandon(); // the "crash": the handler is abandoned and nothing is written for it

    expect((await dying.get(userId, task.id))?.status).toBe('running');
    const next = runnerOn(second, [quickHandler]).queue;
    await new Promise((resolve) => setTimeout(resolve, FAST.staleAfterMs + 50));
    await next.start();
    const done = await waitFor(async () => {
      const stored = await next.get(userId, task.id);
      return stored?.status === 'succeeded' && stored;
    });
    expect(done).toMatchObject({ attempts: 2, result: { finishedBy: 'second runner', attempt: 2 } });
    await next.stop();
  });

  it('a graceful stop hands unfinished tasks back at once, without using up an attempt', async () => {
    const { first, second } = await open();
    const userId = await addUser(first);
    const stopping = runnerOn(first, [hangingHandler], { staleAfterMs: 60_000 }).queue;
    await stopping.start();
    const task = await stopping.submit('slow', userId, {}, { maxAttempts: 1 });
    await waitFor(async () => (await stopping.get(userId, task.id))?.status === 'running');
    await stopping.stop(50);
    expect(await stopping.get(userId, task.id)).toMatchObject({ status: 'queued', attempts: 0 });

    // No stale heartbeat to wait for: the next runner takes it right away.
    const next = runnerOn(second, [quickHandler], { staleAfterMs: 60_000 }).queue;
    await next.start();
    const done = await waitFor(async () => {
      const stored = await next.get(userId, task.id);
      return stored?.status === 'succeeded' && stored;
    }, 2_000);
    expect(done.attempts).toBe(1);
    await next.stop();
  });

  it('a task out of attempts fails cleanly with TASK.INTERRUPTED, even if the restart comes early', async () => {
    const { first, second } = await open();
    const userId = await addUser(first);
    const dying = runnerOn(first, [hangingHandler]).queue;
    await dying.start();
    const task = await dying.submit('slow', userId, {}, { maxAttempts: 1 });
    await waitFor(async () => (await dying.get(userId, task.id))?.status === 'running');
    await dying.abandon();

    // Restarted before the heartbeat went stale: the periodic sweep still catches it.
    const next = runnerOn(second, [quickHandler]).queue;
    await next.start();
    const failed = await waitFor(async () => {
      const stored = await next.get(userId, task.id);
      return stored?.status === 'failed' && stored;
    });
    expect(failed.error).toMatchObject({ code: 'TASK.INTERRUPTED' });
    expect(failed.lockedBy).toBeNull();
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
    for (let i = 0; i < 9; i += 1)
      submitted.push(await instances[i % 2]!.submit('gated', users[i % 3]!, { i }));

    const released = new Set<string>();
    const results = await waitFor(async () => {
      for (const id of handler.started) {
        if (!released.has(id) && handler.isWaiting(id)) {
          released.add(id);
          setTimeout(() => handler.release(id), 30);
        }
      }
      const rows = await Promise.all(submitted.map((t) => instances[0]!.get(t.userId, t.id)));
      return rows.every((row) => row?.status === 'succeeded') && rows;
    }, 20_000);
    expect(new Set(handler.started).size).toBe(9);
    expect(handler.started).toHaveLength(9);
    expect(new Set(results.map((row) => row!.attempts))).toEqual(new Set([1]));
    for (const max of handler.maxActiveByUser.values()) expect(max).toBeLessThanOrEqual(2);
    expect(new Set(results.map((row) => row!.lockedBy))).toEqual(new Set([null]));
    for (const instance of instances) await instance.stop();
  }, 30_000);
});
