import { UserMother } from '@tailor/application/testing';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

describeContract('IUserRepository', (context) => {
  const users = () => context().repositories.users;

  it('stores a user and finds it by id and by email with every field intact', async () => {
    const user = UserMother.create({ fullName: 'Łukasz Żółć 李雷' });
    await users().add(user);

    expect((await users().findById(user.id))?.toPrimitives()).toEqual(user.toPrimitives());
    expect((await users().findByEmail(user.email))?.toPrimitives()).toEqual(user.toPrimitives());
  });

  it('returns null for an unknown id or email', async () => {
    expect(await users().findById('missing')).toBeNull();
    expect(await users().findByEmail('nobody@example.org')).toBeNull();
  });

  it('refuses a second user with the same email', async () => {
    await users().add(UserMother.create({ email: 'same@example.org' }));
    await expect(users().add(UserMother.create({ email: 'same@example.org' }))).rejects.toMatchObject({
      code: 'AUTH.EMAIL_TAKEN',
    });
  });

  it('keeps a missing full name as null', async () => {
    const user = UserMother.create({ fullName: null });
    await users().add(user);
    expect((await users().findById(user.id))?.fullName).toBeNull();
  });

  it('updates a stored user', async () => {
    const user = UserMother.create();
    await users().add(user);
    user.changePasswordHash('new-hash', new Date('2026-04-01T00:00:00.001Z'));
    await users().update(user);
    const stored = await users().findById(user.id);
    expect(stored?.passwordHash).toBe('new-hash');
    expect(stored?.toPrimitives().updatedAt).toEqual(new Date('2026-04-01T00:00:00.001Z'));
  });

  it('deletes a user and says whether there was one', async () => {
    const user = UserMother.create();
    await users().add(user);
    expect(await users().delete(user.id)).toBe(true);
    expect(await users().findById(user.id)).toBeNull();
    expect(await users().delete(user.id)).toBe(false);
  });
});
