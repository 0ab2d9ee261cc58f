import { ProfileMother, SequentialIds, UserMother } from '@tailor/application/testing';
import type { Profile } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

describeContract('IProfileRepository', (context) => {
  const profiles = () => context().repositories.profiles;
  const ids = new SequentialIds('it');
  const at = (iso: string) => new Date(iso);

  // Profiles reference users (on delete cascade), so every owner exists first.
  const owner = async (): Promise<string> => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  const stored = async (profile: Profile) =>
    (await profiles().findById(profile.ownerId, profile.id))?.toPrimitives() ?? null;

  it('stores a complete profile and reads it back with every field intact', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);
    expect(await stored(profile)).toEqual(profile.toPrimitives());
    expect((await profiles().findDefault(ownerId))?.toPrimitives()).toEqual(profile.toPrimitives());
  });

  it('keeps unicode text exactly (Polish, Chinese, emoji) in columns and nested JSON', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({
      ownerId,
      content: {
        ...ProfileMother.completeContent(),
        fullName: 'Łukasz Żółć',
        summary: '软件工程师，十年经验。Zażółć gęślą jaźń 🚀',
        experiences: [{ title: '高级工程师', company: '阿里巴巴', bullets: ['提高了 40% 的性能 — ✓'] }],
        customFields: { 备注: 'ünïcödé', nested: { list: ['ä', '字'] } },
      },
    });
    await profiles().add(profile);
    expect(await stored(profile)).toEqual(profile.toPrimitives());
  });

  it('never shows one owner another owner’s profile', async () => {
    const alice = await owner();
    const bob = await owner();
    const profile = ProfileMother.complete({ ownerId: alice });
    await profiles().add(profile);

    expect(await profiles().findById(bob, profile.id)).toBeNull();
    expect(await profiles().findDefault(bob)).toBeNull();
    expect(await profiles().listByOwner(bob)).toEqual([]);
    expect(await profiles().countByOwner(bob)).toBe(0);
    expect(await profiles().delete(bob, profile.id)).toBe(false);
    expect(await profiles().deleteAllByOwner(bob)).toBe(0);

    const loaded = (await profiles().findById(alice, profile.id)) as Profile;
    const hijacked = ProfileMother.minimal({ id: profile.id, ownerId: bob });
    await expect(profiles().save(hijacked, loaded.version)).rejects.toMatchObject({
      code: 'PROFILE.NOT_FOUND',
    });
    expect(await stored(profile)).toEqual(profile.toPrimitives());
  });

  it('saves a change when the expected version matches', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);
    const loaded = (await profiles().findById(ownerId, profile.id)) as Profile;
    loaded.patch({ headline: 'Staff Engineer' }, ids, at('2026-04-01T00:00:00.000Z'));
    await profiles().save(loaded, 1);

    const after = await stored(profile);
    expect(after?.headline).toBe('Staff Engineer');
    expect(after?.version).toBe(2);
    expect(after?.updatedAt).toEqual(at('2026-04-01T00:00:00.000Z'));
    expect(after?.createdAt).toEqual(profile.createdAt);
  });

  it('reports the id and version of the owner’s default profile, moving with every save, and nobody else’s', async () => {
    const ownerId = await owner();
    const other = await owner();
    expect(await profiles().findDefaultVersion(ownerId)).toBeNull();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);
    await profiles().add(ProfileMother.minimal({ ownerId, isDefault: false }));
    expect(await profiles().findDefaultVersion(ownerId)).toEqual({ id: profile.id, version: 1 });
    expect(await profiles().findDefaultVersion(other)).toBeNull();

    const loaded = (await profiles().findById(ownerId, profile.id)) as Profile;
    loaded.patch({ headline: 'Staff Engineer' }, ids, at('2026-04-01T00:00:00.000Z'));
    await profiles().save(loaded, 1);
    expect(await profiles().findDefaultVersion(ownerId)).toEqual({ id: profile.id, version: 2 });

    await profiles().delete(ownerId, profile.id);
    expect(await profiles().findDefaultVersion(ownerId)).toBeNull();
  });

  it('refuses a stale version and leaves the stored profile unchanged', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);

    const first = (await profiles().findById(ownerId, profile.id)) as Profile;
    const second = (await profiles().findById(ownerId, profile.id)) as Profile;
    first.patch({ headline: 'First writer' }, ids, at('2026-04-01T00:00:00.000Z'));
    await profiles().save(first, 1);
    const afterFirst = await stored(profile);

    second.patch({ headline: 'Second writer', summary: null }, ids, at('2026-04-02T00:00:00.000Z'));
    await expect(profiles().save(second, 1)).rejects.toMatchObject({
      code: 'PROFILE.VERSION_CONFLICT',
      details: { expectedVersion: 1, actualVersion: 2 },
    });
    expect(await stored(profile)).toEqual(afterFirst);
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);
    const writers = await Promise.all([
      profiles().findById(ownerId, profile.id),
      profiles().findById(ownerId, profile.id),
    ]);
    writers.forEach((writer, index) =>
      writer?.patch({ headline: `writer ${index}` }, ids, at('2026-04-01T00:00:00Z')),
    );
    const outcomes = await Promise.allSettled(writers.map((writer) => profiles().save(writer as Profile, 1)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
      reason: { code: 'PROFILE.VERSION_CONFLICT' },
    });
    expect((await stored(profile))?.version).toBe(2);
  });

  it('goes when its owner is deleted (SQL: on delete cascade)', async () => {
    // The in-memory fake has no foreign keys; account deletion calls deleteAllByOwner explicitly anyway.
    if (context().store === 'memory') return;
    const ownerId = await owner();
    await profiles().add(ProfileMother.complete({ ownerId }));
    await context().repositories.users.delete(ownerId);
    expect(await profiles().countByOwner(ownerId)).toBe(0);
  });

  it('reports a save of a profile that no longer exists as not found', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await expect(profiles().save(profile, 1)).rejects.toMatchObject({ code: 'PROFILE.NOT_FOUND' });
  });

  it('allows only one default profile per owner, on add and on save', async () => {
    const ownerId = await owner();
    const other = await owner();
    await profiles().add(ProfileMother.minimal({ ownerId, isDefault: true }));
    await expect(profiles().add(ProfileMother.minimal({ ownerId, isDefault: true }))).rejects.toMatchObject({
      code: 'PROFILE.CONFLICT',
    });
    // Another owner has their own default.
    await profiles().add(ProfileMother.minimal({ ownerId: other, isDefault: true }));

    const second = ProfileMother.minimal({ ownerId, isDefault: false });
    await profiles().add(second);
    const loaded = (await profiles().findById(ownerId, second.id)) as Profile;
    loaded.markDefault(at('2026-04-01T00:00:00.000Z'));
    await expect(profiles().save(loaded, 1)).rejects.toMatchObject({ code: 'PROFILE.CONFLICT' });
    expect((await stored(second))?.isDefault).toBe(false);
  });

  it('lists an owner’s profiles oldest first, ties broken by id, and counts them', async () => {
    const ownerId = await owner();
    const late = ProfileMother.minimal({
      id: 'p-a',
      ownerId,
      isDefault: false,
      now: at('2026-05-01T00:00:00Z'),
    });
    const earlyB = ProfileMother.minimal({
      id: 'p-c',
      ownerId,
      isDefault: true,
      now: at('2026-01-01T00:00:00Z'),
    });
    const earlyA = ProfileMother.minimal({
      id: 'p-b',
      ownerId,
      isDefault: false,
      now: at('2026-01-01T00:00:00Z'),
    });
    for (const profile of [late, earlyB, earlyA]) await profiles().add(profile);

    expect((await profiles().listByOwner(ownerId)).map((p) => p.id)).toEqual(['p-b', 'p-c', 'p-a']);
    expect(await profiles().countByOwner(ownerId)).toBe(3);
  });

  it('keeps item order and item ids as written', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);
    const loaded = (await profiles().findById(ownerId, profile.id)) as Profile;
    const reversed = loaded.content.experiences.map((item) => item.id).reverse();
    loaded.patch({ order: { experiences: reversed } }, ids, at('2026-04-01T00:00:00Z'));
    await profiles().save(loaded, 1);
    expect((await stored(profile))?.experiences.map((item) => item.id)).toEqual(reversed);
  });

  it('deletes one profile, or all of an owner’s, and says how many', async () => {
    const ownerId = await owner();
    const other = await owner();
    const a = ProfileMother.minimal({ ownerId, isDefault: true });
    const b = ProfileMother.minimal({ ownerId, isDefault: false });
    const c = ProfileMother.minimal({ ownerId: other, isDefault: true });
    for (const profile of [a, b, c]) await profiles().add(profile);

    expect(await profiles().delete(ownerId, a.id)).toBe(true);
    expect(await profiles().delete(ownerId, a.id)).toBe(false);
    expect(await profiles().deleteAllByOwner(ownerId)).toBe(1);
    expect(await profiles().listByOwner(ownerId)).toEqual([]);
    expect(await profiles().countByOwner(other)).toBe(1);
  });

  it('rolls a failed unit of work back', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.minimal({ ownerId });
    await expect(
      context().repositories.unitOfWork.run(async () => {
        await profiles().add(profile);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await profiles().findById(ownerId, profile.id)).toBeNull();
  });

  it('reads inside a unit of work see its own writes (the prepared reads join the transaction)', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.minimal({ ownerId });
    const seen = await context().repositories.unitOfWork.run(async () => {
      await profiles().add(profile);
      return {
        byId: (await profiles().findById(ownerId, profile.id))?.id,
        byDefault: (await profiles().findDefault(ownerId))?.id,
      };
    });
    expect(seen).toEqual({ byId: profile.id, byDefault: profile.id });
  });

  it('hands out a profile whose changes do not reach the next read', async () => {
    const ownerId = await owner();
    const profile = ProfileMother.complete({ ownerId });
    await profiles().add(profile);
    const first = (await profiles().findDefault(ownerId)) as Profile;
    first.removeItem('experiences', first.content.experiences[0]!.id, at('2030-01-01T00:00:00Z'));
    expect((await profiles().findDefault(ownerId))?.toPrimitives()).toEqual(profile.toPrimitives());
  });
});
