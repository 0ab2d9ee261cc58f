import {
  Enhancements,
  TaskAborted,
  type BackgroundTask,
  type ILLMService,
  type LlmRunRequest,
  type LlmTaskName,
} from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import {
  FixedClock,
  ProfileMother,
  SequentialIds,
  createInMemoryRepositories,
} from '../../src/testing/index.js';
import { createProfile } from '../../src/profiles/create-profile.js';
import { enhancementEventLog } from '../../src/enhancement/enhancement-events.js';
import { EnhanceProfileHandler } from '../../src/enhancement/enhance-profile-handler.js';

/** A model that embellishes: one honest rewrite, one with a made-up number, one with a tool never used. */
const embellishingLlm = {
  run: async (request: LlmRunRequest<LlmTaskName>) => {
    if (request.task === 'write_summary')
      return { value: { summary: 'Engineer who led 40 engineers at Google.' } };
    const { bullets } = request.variables as { bullets: string[] };
    return {
      value: {
        bullets: bullets.map((bullet, index) =>
          index === 0
            ? bullet.replace(/^\w+/u, 'Delivered')
            : `${bullet}, cutting costs by 97% with Kubernetes`,
        ),
      },
    };
  },
} as unknown as ILLMService;

async function setUp(llm: ILLMService = embellishingLlm) {
  const repositories = createInMemoryRepositories();
  const clock = new FixedClock();
  const deps = {
    profiles: repositories.profiles,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids: new SequentialIds('ulid'),
  };
  const profile = await createProfile(deps, 'u1', ProfileMother.completeContent(), false);
  const enhancement = Enhancements.create({
    id: 'e1',
    userId: 'u1',
    profileId: profile.id,
    now: clock.now(),
  });
  await repositories.enhancements.add(enhancement);
  const events = enhancementEventLog(clock);
  const handler = new EnhanceProfileHandler({ ...repositories, llm, clock, events });
  const task = { id: 'e1', userId: 'u1', subjectId: 'e1', attempts: 1 } as BackgroundTask;
  return { repositories, profile, handler, task, events };
}

const context = (signal = new AbortController().signal) => ({ signal, yieldToRequests: async () => {} });

describe('EnhanceProfileHandler', () => {
  it('stores on the enhancement only rewrites the profile supports, and the others with reasons', async () => {
    const { repositories, profile, handler, task, events } = await setUp();
    expect(await handler.run(task, context())).toEqual({ status: 'succeeded' });
    const result = (await repositories.enhancements.findById('u1', 'e1'))!;
    expect(result).toMatchObject({ status: 'succeeded', progress: 100, profileVersion: profile.version });
    expect(result.styleFrom).toBeNull();
    const droppedIds = result.dropped.map((d) => d.itemId);
    expect(droppedIds).toContain('summary');
    expect(result.proposals.length).toBeGreaterThan(0);
    expect(result.dropped.filter((d) => d.kind === 'bullet').length).toBeGreaterThan(0);
    for (const dropped of result.dropped) expect(dropped.reasons.length).toBeGreaterThan(0);
    for (const proposal of result.proposals) {
      expect(proposal.proposed).not.toMatch(/97%|Kubernetes|Google/u);
      expect(proposal.proposed.startsWith('Delivered')).toBe(true);
    }
    // Every change reached the enhancement's followers, in order, ending with the stored outcome.
    const progress = events.history('e1').map((e) => e.progress);
    expect(progress.at(-2)).toBe(95);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(events.history('e1').at(-1)).toMatchObject({ status: 'succeeded', progress: 100 });
  });

  it('fails the enhancement with PROFILE.NOT_FOUND when the profile is gone', async () => {
    const { repositories, profile, handler, task } = await setUp();
    await repositories.profiles.delete('u1', profile.id);
    expect(await handler.run(task, context())).toMatchObject({
      status: 'failed',
      error: { code: 'PROFILE.NOT_FOUND' },
    });
    expect(await repositories.enhancements.findById('u1', 'e1')).toMatchObject({
      status: 'failed',
      error: { code: 'PROFILE.NOT_FOUND' },
    });
  });

  it('ends cancelled when its owner cancels, but stays running when the worker only hands it back', async () => {
    for (const [why, status] of [
      ['cancelled', 'cancelled'],
      ['stopping', 'running'],
    ] as const) {
      const controller = new AbortController();
      const abortingLlm = {
        run: async () => {
          controller.abort(new TaskAborted(why));
          throw controller.signal.reason;
        },
      } as unknown as ILLMService;
      const { repositories, handler, task } = await setUp(abortingLlm);
      const run = handler.run(task, context(controller.signal));
      if (why === 'cancelled') expect(await run).toEqual({ status: 'cancelled' });
      else await expect(run).rejects.toBeInstanceOf(TaskAborted);
      expect((await repositories.enhancements.findById('u1', 'e1'))!.status).toBe(status);
    }
  });

  it('tells its runner when the enhancement was cancelled, and gives up one out of attempts', async () => {
    const { repositories, handler, task } = await setUp();
    expect(await handler.isCancelled(task)).toBe(false);
    await handler.giveUp(task, { code: 'TASK.INTERRUPTED', message: 'workers kept dying' });
    expect(await repositories.enhancements.findById('u1', 'e1')).toMatchObject({
      status: 'failed',
      error: { code: 'TASK.INTERRUPTED' },
    });
    expect(await handler.isCancelled({ ...task, subjectId: 'gone' })).toBe(true);
  });
});
