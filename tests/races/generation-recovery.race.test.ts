import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CancelGeneration,
  GENERATION_TASK,
  GenerationTaskHandler,
  StartGeneration,
  SubmitGeneration,
  type RunGenerationPipeline,
} from '@tailor/application';
import { JobMother, ProfileMother, UserMother } from '@tailor/application/testing';
import { Generation, type IGenerationRepository } from '@tailor/domain';
import {
  DurableTaskQueue,
  PostgresDatabase,
  SqliteDatabase,
  SystemClock,
  UlidIdGenerator,
  createSqlRepositories,
  type SqlDatabase,
  type TaskRunnerOptions,
} from '@tailor/infrastructure';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { afterAll, describe, expect, it } from 'vitest';

const postgresAvailable = await postgresIsAvailable();
const ids = new UlidIdGenerator();
const clock = new SystemClock();

/**
 * The pipeline as a worker that dies mid-stage sees it: the generation is started (25 %, writing) and the
 * model call never returns, whatever the signal says — the worst case for shutdown and crash recovery.
 */
const hangingPipeline = (generations: IGenerationRepository, honoursSignal = false) =>
  ({
    execute: async (generationId: string, userId: string, control: { signal: AbortSignal }) => {
      const generation = (await generations.findById(userId, generationId))!;
      generation.start(clock.now());
      generation.advance('analyzing', clock.now());
      generation.advance('ranking', clock.now());
      generation.advance('writing', clock.now());
      await generations.save(generation);
      return new Promise((_, reject) => {
        if (honoursSignal) control.signal.addEventListener('abort', () => reject(new Error('aborted')));
      });
    },
  }) as unknown as RunGenerationPipeline;

/** One app instance's background runner over its own connection to the shared database. */
function instance(
  database: SqlDatabase,
  pipeline: 'hanging' | 'stoppable' | 'never',
  options: Partial<TaskRunnerOptions> = {},
) {
  const repos = createSqlRepositories(database);
  const never = {
    execute: async () => {
      throw new Error('an interrupted generation must not run again');
    },
  } as unknown as RunGenerationPipeline;
  const handler = new GenerationTaskHandler(
    pipeline === 'never' ? never : hangingPipeline(repos.generations, pipeline === 'stoppable'),
    repos.generations,
    clock,
  );
  const queue = new DurableTaskQueue(repos.tasks, [handler], clock, ids, {
    concurrency: 2,
    maxPerUser: 2,
    pollMs: 50,
    ...options,
  });
  return { queue, repos };
}

async function startGeneration(database: SqlDatabase, queue: DurableTaskQueue) {
  const repos = createSqlRepositories(database);
  const user = UserMother.create({ id: ids.next() });
  await repos.users.add(user);
  const generation = Generation.create({
    id: ids.next(),
    ownerId: user.id,
    type: 'resume',
    jobId: ids.next(),
    profileId: ids.next(),
    options: { tone: 'professional', maxPages: 2, sections: ['summary', 'experiences'], instructions: null },
    now: clock.now(),
  });
  await repos.generations.add(generation);
  await queue.dispatch([await queue.prepare(GENERATION_TASK, user.id, generation.id)]);
  return { userId: user.id, generationId: generation.id, repos };
}

async function waitFor<T>(probe: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const opened: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of opened.reverse()) await close();
});

async function twoConnections(kind: 'sqlite' | 'postgres'): Promise<[SqlDatabase, SqlDatabase]> {
  if (kind === 'sqlite') {
    const file = join(mkdtempSync(join(tmpdir(), 'tailor-recovery-')), 'tailor.db');
    const [a, b] = [SqliteDatabase.open(file), SqliteDatabase.open(file)];
    await a.migrate();
    opened.push(
      () => a.close(),
      () => b.close(),
    );
    return [a, b];
  }
  const scratch = await createScratchPostgres('recovery');
  const [a, b] = [PostgresDatabase.open(scratch.url), PostgresDatabase.open(scratch.url)];
  await a.migrate();
  opened.push(
    () => scratch.drop(),
    () => a.close(),
    () => b.close(),
  );
  return [a, b];
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !postgresAvailable)(
    `generation shutdown and crash [${kind}]`,
    () => {
      it('shutdown hands a running generation back: the next instance ends it at once, never left running', async () => {
        const [first, second] = await twoConnections(kind);
        const dying = instance(first, 'hanging');
        await dying.queue.start();
        const { userId, generationId, repos } = await startGeneration(first, dying.queue);
        await waitFor(
          async () => (await repos.generations.findById(userId, generationId))?.progress === 25,
          5_000,
        );

        await dying.queue.stop(100);
        const next = instance(second, 'never');
        const restartedAt = Date.now();
        await next.queue.start();
        const ended = await waitFor(async () => {
          const g = await repos.generations.findById(userId, generationId);
          return g?.status === 'failed' && g.toPrimitives();
        }, 30_000);
        const tookMs = Date.now() - restartedAt;
        console.log(`race [${kind}] shutdown hand-back: generation ended ${tookMs} ms after the next start`);
        expect(ended.error?.code).toBe('GENERATION.INTERRUPTED');
        expect(tookMs).toBeLessThan(30_000);
        // Its delivery ends with it: nothing is left leased or pending.
        const task = await waitFor(async () => {
          const t = await repos.tasks.findById(userId, generationId);
          return t?.delivery === 'delivered' && t;
        }, 5_000);
        expect(task).toMatchObject({ leasedBy: null });
        await next.queue.stop(100);
      });

      it('a crash is detected by the heartbeat sweep and the generation ends as interrupted', async () => {
        const [first, second] = await twoConnections(kind);
        // The production rule at a smaller scale (heartbeat : stale : sweep = 5 s : 15 s : 5 s, pinned elsewhere).
        const timing = { heartbeatMs: 100, staleAfterMs: 300, sweepMs: 100 };
        const dying = instance(first, 'hanging', timing);
        await dying.queue.start();
        const { userId, generationId, repos } = await startGeneration(first, dying.queue);
        await waitFor(
          async () => (await repos.generations.findById(userId, generationId))?.progress === 25,
          5_000,
        );

        const survivor = instance(second, 'never', timing);
        await survivor.queue.start();
        const crashedAt = Date.now();
        await dying.queue.abandon();
        const ended = await waitFor(async () => {
          const g = await repos.generations.findById(userId, generationId);
          return g?.status === 'failed' && g.toPrimitives();
        }, 10_000);
        const tookMs = Date.now() - crashedAt;
        console.log(
          `race [${kind}] crash: generation ended ${tookMs} ms after the crash (stale after 300 ms)`,
        );
        expect(ended.error?.code).toBe('GENERATION.INTERRUPTED');
        await survivor.queue.stop(100);
      });

      it('cancelling a running generation stops its run and ends its delivery; it is never left succeeded or running', async () => {
        const [first] = await twoConnections(kind);
        const runner = instance(first, 'stoppable');
        await runner.queue.start();
        const { userId, generationId, repos } = await startGeneration(first, runner.queue);
        await waitFor(
          async () => (await repos.generations.findById(userId, generationId))?.progress === 25,
          5_000,
        );
        const cancelled = await new CancelGeneration(repos.generations, clock, runner.queue).execute({
          userId,
          generationId,
        });
        expect(cancelled.status).toBe('cancelled');
        await waitFor(
          async () => (await repos.tasks.findById(userId, generationId))?.delivery === 'delivered',
          5_000,
        );
        expect((await repos.generations.findById(userId, generationId))?.status).toBe('cancelled');
        await runner.queue.stop(100);
      });

      it('a generation cancelled on another instance stops its run at the next heartbeat there', async () => {
        const [first, second] = await twoConnections(kind);
        const runner = instance(first, 'stoppable', { heartbeatMs: 100, staleAfterMs: 2_000, sweepMs: 500 });
        await runner.queue.start();
        const { userId, generationId, repos } = await startGeneration(first, runner.queue);
        await waitFor(
          async () => (await repos.generations.findById(userId, generationId))?.progress === 25,
          5_000,
        );
        // The other instance only writes the generation: no task row, no message to the runner.
        const elsewhere = createSqlRepositories(second);
        const cancelledAt = Date.now();
        await new CancelGeneration(elsewhere.generations, clock).execute({ userId, generationId });
        await waitFor(
          async () => (await repos.tasks.findById(userId, generationId))?.delivery === 'delivered',
          5_000,
        );
        console.log(
          `race [${kind}] remote cancel: run stopped ${Date.now() - cancelledAt} ms after (heartbeat 100 ms)`,
        );
        expect((await repos.generations.findById(userId, generationId))?.status).toBe('cancelled');
        await runner.queue.stop(100);
      });

      it('submit stores the generation and its task in one unit of work: no task, no generation', async () => {
        const [first] = await twoConnections(kind);
        const repos = createSqlRepositories(first);
        // A runner without the generation handler refuses the task (TASK.UNKNOWN_KIND) after the generation
        // row was written in the same unit: as if the process died between the two writes.
        const queue = new DurableTaskQueue(repos.tasks, [], clock, ids, { concurrency: 1, maxPerUser: 1 });
        const user = UserMother.create({ id: ids.next() });
        await repos.users.add(user);
        const job = JobMother.create({ id: ids.next(), ownerId: user.id });
        await repos.jobs.add(job);
        await repos.profiles.add(
          ProfileMother.complete({ id: ids.next(), ownerId: user.id, isDefault: true }),
        );
        const submit = new SubmitGeneration(new StartGeneration({ ...repos, ids, clock }), queue);
        await expect(
          submit.execute({ userId: user.id, type: 'resume', jobId: job.id }),
        ).rejects.toMatchObject({
          code: 'TASK.UNKNOWN_KIND',
        });
        const stored = await repos.generations.search(user.id, {
          page: 1,
          size: 10,
          sort: { field: 'createdAt', direction: 'desc' },
        });
        expect(stored.total).toBe(0);
      });
    },
  );
}
