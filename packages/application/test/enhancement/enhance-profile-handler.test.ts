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
  const handler = new EnhanceProfileHandler({ ...repositories, llm, clock });
  const task = { id: 'e1', userId: 'u1', input: { profileId: profile.id } } as BackgroundTask;
  return { repositories, profile, handler, task };
}

const context = (signal = new AbortController().signal, progress: number[] = []) => ({
  signal,
  reportProgress: async (_stage: string, value: number) => {
    progress.push(value);
  },
});

describe('EnhanceProfileHandler', () => {
  it('stores on the enhancement only rewrites the profile supports, and the others with reasons', async () => {
    const { repositories, profile, handler, task } = await setUp();
    const progress: number[] = [];
    const taskResult = await handler.run(task, context(undefined, progress));
    expect(taskResult).toEqual({ enhancementId: 'e1', status: 'succeeded' });
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
    expect(progress.at(-1)).toBe(95);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('fails the enhancement with PROFILE.NOT_FOUND when the profile is gone', async () => {
    const { repositories, profile, handler, task } = await setUp();
    await repositories.profiles.delete('u1', profile.id);
    await expect(handler.run(task, context())).rejects.toMatchObject({ code: 'PROFILE.NOT_FOUND' });
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
      await expect(handler.run(task, context(controller.signal))).rejects.toBeInstanceOf(TaskAborted);
      expect((await repositories.enhancements.findById('u1', 'e1'))!.status).toBe(status);
    }
  });
});
