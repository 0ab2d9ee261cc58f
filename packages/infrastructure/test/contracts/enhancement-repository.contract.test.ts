import { UserMother } from '@tailor/application/testing';
import { Enhancements, type Enhancement } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

let sequence = 0;
const at = (second: number) => new Date(Date.UTC(2026, 3, 1, 0, 0, second));

const finished = (userId: string): Enhancement => {
  sequence += 1;
  const created = Enhancements.create({
    id: `enh-${String(sequence).padStart(6, '0')}`,
    userId,
    profileId: 'profile-1',
    now: at(sequence),
  });
  const running = Enhancements.progress(
    Enhancements.start(created, at(sequence)),
    'rewriting',
    40,
    at(sequence),
  );
  return Enhancements.succeed(
    running,
    {
      profileVersion: 3,
      styleFrom: 'resume',
      proposals: [
        {
          itemId: 'summary',
          kind: 'summary',
          experienceId: null,
          bulletIndex: null,
          original: 'Engineer.',
          proposed: 'Engineer who ships — „quoted“ ✓',
        },
      ],
      dropped: [
        {
          itemId: 'x:0',
          kind: 'bullet',
          experienceId: 'x',
          bulletIndex: 0,
          original: 'Led a team',
          proposed: 'Led 40 people',
          reasons: ['number "40": not in the profile'],
        },
      ],
    },
    at(sequence + 1),
  );
};

describeContract('IEnhancementRepository', (context) => {
  const enhancements = () => context().repositories.enhancements;
  const addUser = async () => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  it('stores an enhancement with every field intact, scoped by owner', async () => {
    const userId = await addUser();
    const other = await addUser();
    const queued = Enhancements.create({ id: 'enh-queued-1', userId, profileId: 'p', now: at(1) });
    await enhancements().add(queued);
    expect(await enhancements().findById(userId, queued.id)).toEqual(queued);
    expect(await enhancements().findById(other, queued.id)).toBeNull();

    const done = finished(userId);
    await enhancements().add(Enhancements.create({ ...done, now: done.createdAt }));
    await enhancements().save(done);
    expect(await enhancements().findById(userId, done.id)).toEqual(done);
  });

  it('keeps what an apply replaced until it is restored', async () => {
    const userId = await addUser();
    const done = finished(userId);
    await enhancements().add(done);
    const applied = Enhancements.apply(done, [{ itemId: 'summary', previous: 'a', applied: 'b' }], at(90));
    await enhancements().save(applied);
    expect(await enhancements().findById(userId, done.id)).toEqual(applied);
    const restored = Enhancements.restore(applied, at(91));
    await enhancements().save(restored);
    expect(await enhancements().findById(userId, done.id)).toMatchObject({ applied: null, appliedAt: null });
  });

  it('never changes another user’s enhancement through save', async () => {
    const owner = await addUser();
    const intruder = await addUser();
    const done = finished(owner);
    await enhancements().add(done);
    await enhancements().save({ ...done, userId: intruder, proposals: [] });
    expect(await enhancements().findById(owner, done.id)).toEqual(done);
    expect(await enhancements().findById(intruder, done.id)).toBeNull();
  });

  it('lists a user’s enhancements oldest first and deletes them all with the account', async () => {
    const userId = await addUser();
    const other = await addUser();
    const first = finished(userId);
    const second = finished(userId);
    const theirs = finished(other);
    for (const e of [second, theirs, first]) await enhancements().add(e);
    expect((await enhancements().listByUser(userId)).map((e) => e.id)).toEqual([first.id, second.id]);
    await enhancements().deleteAllByUser(userId);
    expect(await enhancements().listByUser(userId)).toEqual([]);
    expect(await enhancements().findById(other, theirs.id)).toEqual(theirs);
  });
});
