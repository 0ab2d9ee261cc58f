import type { BackgroundTask, ITaskQueue } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import {
  FixedClock,
  ProfileMother,
  SequentialIds,
  createInMemoryRepositories,
} from '../../src/testing/index.js';
import { createProfile } from '../../src/profiles/create-profile.js';
import { ENHANCEMENT_TASK } from '../../src/enhancement/enhancement.js';
import { GetEnhancement, RestoreEnhancement } from '../../src/enhancement/manage-enhancements.js';

// Databases written before enhancements had a table: the outcome is in the task's result and the undo history
// in the profile's custom fields. Both must still be readable and restorable.
describe('enhancements from before their table', () => {
  async function setUp() {
    const repositories = createInMemoryRepositories();
    const clock = new FixedClock();
    const base = { profiles: repositories.profiles, unitOfWork: repositories.unitOfWork, clock };
    const content = ProfileMother.completeContent();
    const experience = content.experiences![0]!;
    const original = experience.bullets![0]!;
    const rewritten = `Delivered: ${original}`;
    experience.bullets![0] = rewritten;
    const legacyEntry = {
      enhancementId: 'old-1',
      appliedAt: '2026-01-01T00:00:00.000Z',
      items: [{ itemId: 'ignored:0', previous: original, applied: rewritten }],
    };
    const profile = await createProfile(
      { ...base, ids: new SequentialIds('ulid') },
      'u1',
      { ...content, customFields: { ...content.customFields, enhancementHistory: [legacyEntry] } },
      false,
    );
    const experienceId = profile.experiences[0]!.id;
    legacyEntry.items[0]!.itemId = `${experienceId}:0`;
    // Rewrite the stored history with the real experience id (ids are assigned on create).
    await repositories.unitOfWork.run(async () => {
      const stored = (await repositories.profiles.findById('u1', profile.id))!;
      stored.patch(
        { customFields: { ...content.customFields, enhancementHistory: [legacyEntry] } },
        new SequentialIds('x'),
        clock.now(),
      );
      await repositories.profiles.save(stored, profile.version);
    });
    const task = {
      id: 'old-1',
      userId: 'u1',
      kind: ENHANCEMENT_TASK,
      status: 'succeeded',
      stage: 'done',
      progress: 100,
      error: null,
      input: { profileId: profile.id },
      result: {
        profileId: profile.id,
        profileVersion: 1,
        styleFrom: null,
        proposals: [
          {
            itemId: `${experienceId}:0`,
            kind: 'bullet',
            experienceId,
            bulletIndex: 0,
            original,
            proposed: rewritten,
          },
        ],
        dropped: [],
      },
      createdAt: clock.now(),
      updatedAt: clock.now(),
    } as unknown as BackgroundTask;
    const queue = {
      get: async (userId: string, id: string) => (userId === 'u1' && id === task.id ? task : null),
    };
    const deps = {
      ...base,
      ids: new SequentialIds('ulid'),
      enhancements: repositories.enhancements,
      queue: queue as unknown as ITaskQueue,
    };
    return { repositories, deps, profile, original, rewritten };
  }

  it('adopts an old task as the enhancement record, with its proposals', async () => {
    const { repositories, deps, profile, rewritten } = await setUp();
    const view = await new GetEnhancement(deps).execute({
      userId: 'u1',
      profileId: profile.id,
      enhancementId: 'old-1',
    });
    expect(view).toMatchObject({ id: 'old-1', status: 'succeeded', applied: null });
    expect(view.proposals.map((p) => p.proposed)).toEqual([rewritten]);
    expect(await repositories.enhancements.findById('u1', 'old-1')).toMatchObject({ status: 'succeeded' });
  });

  it('restores from the old history in the custom fields, and removes that history', async () => {
    const { deps, profile, original } = await setUp();
    const restored = await new RestoreEnhancement(deps).execute({
      userId: 'u1',
      profileId: profile.id,
      enhancementId: 'old-1',
    });
    expect(restored.experiences[0]!.bullets[0]).toBe(original);
    expect(restored.customFields).not.toHaveProperty('enhancementHistory');
    await expect(
      new RestoreEnhancement(deps).execute({ userId: 'u1', profileId: profile.id, enhancementId: 'old-1' }),
    ).rejects.toMatchObject({ code: 'ENHANCEMENT.NOT_APPLIED' });
  });
});
