import type { BackgroundTask, ILLMService, LlmRunRequest, LlmTaskName } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { FixedClock, ProfileMother, SequentialIds, createInMemoryRepositories } from '../testing/index.js';
import { createProfile } from '../profiles/create-profile.js';
import { EnhanceProfileHandler } from './enhance-profile-handler.js';

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

describe('EnhanceProfileHandler', () => {
  it('offers only rewrites the profile supports and reports the others with reasons', async () => {
    const repositories = createInMemoryRepositories();
    const deps = {
      profiles: repositories.profiles,
      unitOfWork: repositories.unitOfWork,
      clock: new FixedClock(),
      ids: new SequentialIds('ulid'),
    };
    const content = ProfileMother.completeContent();
    const profile = await createProfile(deps, 'u1', content, false);
    const handler = new EnhanceProfileHandler(repositories.profiles, repositories.samples, embellishingLlm);
    const progress: number[] = [];
    const result = await handler.run({ userId: 'u1', input: { profileId: profile.id } } as BackgroundTask, {
      signal: new AbortController().signal,
      reportProgress: async (_stage, value) => {
        progress.push(value);
      },
    });
    expect(result.profileVersion).toBe(profile.version);
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

  it('fails with PROFILE.NOT_FOUND when the profile is gone', async () => {
    const repositories = createInMemoryRepositories();
    const handler = new EnhanceProfileHandler(repositories.profiles, repositories.samples, embellishingLlm);
    await expect(
      handler.run({ userId: 'u1', input: { profileId: 'missing' } } as BackgroundTask, {
        signal: new AbortController().signal,
        reportProgress: async () => {},
      }),
    ).rejects.toMatchObject({ code: 'PROFILE.NOT_FOUND' });
  });
});
