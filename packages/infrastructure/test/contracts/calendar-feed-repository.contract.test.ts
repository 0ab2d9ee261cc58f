import { UserMother } from '@tailor/application/testing';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

describeContract('ICalendarFeedRepository', (context) => {
  const feeds = () => context().repositories.calendarFeeds;
  const addUser = async () => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  it('keeps one feed per user, found by token digest; a new token replaces the old one', async () => {
    const userId = await addUser();
    const other = await addUser();
    const first = { userId, tokenHash: 'digest-1', createdAt: new Date('2026-04-01T00:00:00.000Z') };
    await feeds().put(first);
    await feeds().put({ userId: other, tokenHash: 'digest-other', createdAt: first.createdAt });
    expect(await feeds().findByTokenHash('digest-1')).toEqual(first);
    expect(await feeds().findByUser(userId)).toEqual(first);

    const rotated = { userId, tokenHash: 'digest-2', createdAt: new Date('2026-04-02T00:00:00.000Z') };
    await feeds().put(rotated);
    expect(await feeds().findByTokenHash('digest-1')).toBeNull();
    expect(await feeds().findByTokenHash('digest-2')).toEqual(rotated);
    expect(await feeds().findByUser(other)).toMatchObject({ tokenHash: 'digest-other' });
  });

  it('deletes a user’s feed and says whether there was one', async () => {
    const userId = await addUser();
    await feeds().put({ userId, tokenHash: 'digest-x', createdAt: new Date('2026-04-01T00:00:00.000Z') });
    expect(await feeds().delete(userId)).toBe(true);
    expect(await feeds().delete(userId)).toBe(false);
    expect(await feeds().findByTokenHash('digest-x')).toBeNull();
    expect(await feeds().findByUser(userId)).toBeNull();
  });
});
