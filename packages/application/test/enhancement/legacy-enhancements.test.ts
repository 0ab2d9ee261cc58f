import { Enhancements, type ITaskQueue } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import {
  FixedClock,
  ProfileMother,
  SequentialIds,
  createInMemoryRepositories,
} from '../../src/testing/index.js';
import { createProfile } from '../../src/profiles/create-profile.js';
import { enhancementEventLog } from '../../src/enhancement/enhancement-events.js';
import { RestoreEnhancement } from '../../src/enhancement/manage-enhancements.js';

// Profiles written before enhancements had a table keep the undo history in their custom fields: it must still
// be restorable (the old tasks' outcomes are moved into the table by a migration, tested with the migrations).
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
    // What the migration made of its old task: an enhancement record with the task's outcome.
    await repositories.enhancements.add({
      ...Enhancements.create({ id: 'old-1', userId: 'u1', profileId: profile.id, now: clock.now() }),
      status: 'succeeded',
      stage: 'done',
      progress: 100,
      profileVersion: 1,
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
    });
    const queue = { get: async () => null };
    const deps = {
      ...base,
      ids: new SequentialIds('ulid'),
      enhancements: repositories.enhancements,
      queue: queue as unknown as ITaskQueue,
      events: enhancementEventLog(clock),
    };
    return { repositories, deps, profile, original, rewritten };
  }

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
