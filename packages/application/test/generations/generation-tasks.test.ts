import { Generation, type BackgroundTask } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { FixedClock, createInMemoryRepositories } from '../../src/testing/index.js';
import { GenerationEventLog } from '../../src/generations/generation-events.js';
import { GenerationTaskHandler } from '../../src/generations/generation-tasks.js';
import type { RunGenerationPipeline } from '../../src/generations/run-generation-pipeline.js';

const task = (attempts: number, generationId: string): BackgroundTask => ({
  id: generationId,
  userId: 'user-1',
  kind: 'generation',
  subjectId: generationId,
  delivery: 'leased',
  attempts,
  maxAttempts: 3,
  leasedBy: 'worker',
  heartbeatAt: null,
  createdAt: new Date(),
});

const context = { signal: new AbortController().signal, yieldToRequests: async () => {} };

/** A queued generation of user-1. */
const queuedGeneration = (id: string, clock: FixedClock) =>
  Generation.create({
    id,
    ownerId: 'user-1',
    type: 'resume',
    jobId: 'job-1',
    profileId: 'profile-1',
    options: { tone: 'professional', maxPages: 2, sections: ['summary', 'experiences'], instructions: null },
    now: clock.now(),
  });

describe('GenerationTaskHandler', () => {
  it('ends a generation left running by a stopped or crashed worker as GENERATION.INTERRUPTED', async () => {
    const repos = createInMemoryRepositories();
    const clock = new FixedClock();
    const events = new GenerationEventLog(clock);
    const generation = queuedGeneration('gen-1', clock);
    generation.start(clock.now());
    await repos.generations.add(generation);
    const pipeline = {
      execute: async () => {
        throw new Error('the pipeline must not run again');
      },
    } as unknown as RunGenerationPipeline;

    // The first attempt again: a task handed back at shutdown does not count the attempt.
    await expect(
      new GenerationTaskHandler(pipeline, repos.generations, clock, events).run(task(1, 'gen-1'), context),
    ).resolves.toMatchObject({ status: 'failed', error: { code: 'GENERATION.INTERRUPTED' } });

    const stored = (await repos.generations.findById('user-1', 'gen-1'))!.toPrimitives();
    expect(stored.status).toBe('failed');
    expect(stored.error?.code).toBe('GENERATION.INTERRUPTED');
    expect(events.history('gen-1').at(-1)).toMatchObject({ status: 'failed' });
  });

  it('reports how the run ended as the generation recorded it', async () => {
    const repos = createInMemoryRepositories();
    const clock = new FixedClock();
    const ended = (status: 'failed' | 'cancelled' | 'succeeded') =>
      ({
        execute: async () => ({
          id: 'gen-1',
          status,
          stage: 'writing',
          progress: 25,
          error: status === 'failed' ? { code: 'LLM.UNAVAILABLE', message: 'down' } : null,
        }),
      }) as unknown as RunGenerationPipeline;
    const run = (status: 'failed' | 'cancelled' | 'succeeded') =>
      new GenerationTaskHandler(ended(status), repos.generations, clock).run(task(1, 'gen-1'), context);
    await expect(run('failed')).resolves.toEqual({
      status: 'failed',
      error: { code: 'LLM.UNAVAILABLE', message: 'down' },
    });
    await expect(run('cancelled')).resolves.toEqual({ status: 'cancelled' });
    await expect(run('succeeded')).resolves.toEqual({ status: 'succeeded' });
  });

  it('tells its runner when the generation was cancelled or deleted, and gives up a generation out of attempts', async () => {
    const repos = createInMemoryRepositories();
    const clock = new FixedClock();
    const events = new GenerationEventLog(clock);
    const generation = queuedGeneration('gen-2', clock);
    await repos.generations.add(generation);
    const handler = new GenerationTaskHandler({} as RunGenerationPipeline, repos.generations, clock, events);
    expect(await handler.isCancelled(task(1, 'gen-2'))).toBe(false);
    expect(await handler.isCancelled(task(1, 'missing'))).toBe(true);
    await handler.giveUp(task(4, 'gen-2'), { code: 'TASK.INTERRUPTED', message: 'workers kept dying' });
    const stored = (await repos.generations.findById('user-1', 'gen-2'))!.toPrimitives();
    expect(stored).toMatchObject({
      status: 'failed',
      error: { code: 'GENERATION.INTERRUPTED', message: 'workers kept dying' },
    });
    expect(events.history('gen-2').at(-1)).toMatchObject({ status: 'failed' });
    const cancelled = queuedGeneration('gen-3', clock);
    cancelled.cancel(clock.now());
    await repos.generations.add(cancelled);
    expect(await handler.isCancelled(task(1, 'gen-3'))).toBe(true);
  });
});
