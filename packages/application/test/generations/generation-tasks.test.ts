import { Generation, type BackgroundTask } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { FixedClock, createInMemoryRepositories } from '../../src/testing/index.js';
import { GenerationEventLog } from '../../src/generations/generation-events.js';
import { GenerationTaskHandler } from '../../src/generations/generation-tasks.js';
import type { RunGenerationPipeline } from '../../src/generations/run-generation-pipeline.js';

const task = (attempts: number, generationId: string): BackgroundTask => ({
  id: 'task-1',
  userId: 'user-1',
  kind: 'generation',
  status: 'running',
  stage: null,
  progress: 0,
  attempts,
  maxAttempts: 3,
  error: null,
  input: { generationId },
  result: null,
  cancelRequested: false,
  lockedBy: 'worker',
  heartbeatAt: null,
  createdAt: new Date(),
  startedAt: new Date(),
  finishedAt: null,
  updatedAt: new Date(),
});

const context = { reportProgress: async () => {}, signal: new AbortController().signal };

describe('GenerationTaskHandler', () => {
  it('ends a generation left running by a stopped or crashed worker as GENERATION.INTERRUPTED, failing its task too', async () => {
    const repos = createInMemoryRepositories();
    const clock = new FixedClock();
    const events = new GenerationEventLog(clock);
    const generation = Generation.create({
      id: 'gen-1',
      ownerId: 'user-1',
      type: 'resume',
      jobId: 'job-1',
      profileId: 'profile-1',
      options: {
        tone: 'professional',
        maxPages: 2,
        sections: ['summary', 'experiences'],
        instructions: null,
      },
      now: clock.now(),
    });
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
    ).rejects.toMatchObject({ code: 'GENERATION.INTERRUPTED' });

    const stored = (await repos.generations.findById('user-1', 'gen-1'))!.toPrimitives();
    expect(stored.status).toBe('failed');
    expect(stored.error?.code).toBe('GENERATION.INTERRUPTED');
    expect(events.history('gen-1').at(-1)).toMatchObject({ status: 'failed' });
  });

  it('never leaves a task succeeded beside a failed or cancelled generation', async () => {
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
    await expect(run('failed')).rejects.toMatchObject({ code: 'LLM.UNAVAILABLE' });
    await expect(run('cancelled')).rejects.toMatchObject({ code: 'TASK.CANCELLED' });
    await expect(run('succeeded')).resolves.toEqual({ generationId: 'gen-1', status: 'succeeded' });
  });
});
