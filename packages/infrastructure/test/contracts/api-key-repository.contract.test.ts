import { UserMother } from '@tailor/application/testing';
import type { ApiKey } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

let sequence = 0;
const apiKey = (userId: string, overrides: Partial<ApiKey> = {}): ApiKey => {
  sequence += 1;
  return {
    id: `key-${String(sequence).padStart(6, '0')}`,
    userId,
    name: `script ${sequence}`,
    prefix: 'tlr_AbCd1234',
    keyHash: `hash-${sequence}`,
    createdAt: new Date(Date.UTC(2026, 3, 1, 0, 0, sequence)),
    expiresAt: null,
    lastUsedAt: null,
    ...overrides,
  };
};

describeContract('IApiKeyRepository', (context) => {
  const keys = () => context().repositories.apiKeys;
  const addUser = async () => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  it('stores keys with every field intact; lists and counts by owner, oldest first', async () => {
    const userId = await addUser();
    const other = await addUser();
    const first = apiKey(userId, { expiresAt: new Date('2027-01-01T00:00:00.000Z') });
    const second = apiKey(userId, { lastUsedAt: new Date('2026-04-02T10:00:00.000Z') });
    const theirs = apiKey(other);
    await keys().add(second);
    await keys().add(first);
    await keys().add(theirs);
    expect(await keys().listByUser(userId)).toEqual([first, second]);
    expect(await keys().countByUser(userId)).toBe(2);
    expect(await keys().listByUser(other)).toEqual([theirs]);
    expect(await keys().countByUser(await addUser())).toBe(0);
  });

  it('finds a key by its digest, whoever owns it, and nothing for an unknown digest', async () => {
    const userId = await addUser();
    const key = apiKey(userId);
    await keys().add(key);
    expect(await keys().findByHash(key.keyHash)).toEqual(key);
    expect(await keys().findByHash('no-such-hash')).toBeNull();
  });

  it('refuses two keys with one digest', async () => {
    const userId = await addUser();
    await keys().add(apiKey(userId, { keyHash: 'same' }));
    await expect(keys().add(apiKey(userId, { keyHash: 'same' }))).rejects.toThrow();
  });

  it('deletes a key only for its owner', async () => {
    const userId = await addUser();
    const other = await addUser();
    const key = apiKey(userId);
    await keys().add(key);
    expect(await keys().delete(other, key.id)).toBe(false);
    expect(await keys().findByHash(key.keyHash)).toEqual(key);
    expect(await keys().delete(userId, key.id)).toBe(true);
    expect(await keys().delete(userId, key.id)).toBe(false);
    expect(await keys().findByHash(key.keyHash)).toBeNull();
  });

  it('records a use only when none is recorded after notBefore', async () => {
    const userId = await addUser();
    const key = apiKey(userId);
    await keys().add(key);
    const t0 = new Date('2026-05-01T10:00:00.000Z');
    await keys().touch(key.id, t0, new Date(t0.getTime() - 60_000));
    expect((await keys().findByHash(key.keyHash))?.lastUsedAt).toEqual(t0);
    // 30 s later, within the minute: not written.
    const t1 = new Date(t0.getTime() + 30_000);
    await keys().touch(key.id, t1, new Date(t1.getTime() - 60_000));
    expect((await keys().findByHash(key.keyHash))?.lastUsedAt).toEqual(t0);
    const t2 = new Date(t0.getTime() + 60_000);
    await keys().touch(key.id, t2, new Date(t2.getTime() - 60_000));
    expect((await keys().findByHash(key.keyHash))?.lastUsedAt).toEqual(t2);
  });

  it('deletes all of a user’s keys and returns their ids, leaving others’ alone', async () => {
    const userId = await addUser();
    const other = await addUser();
    const a = apiKey(userId);
    const b = apiKey(userId);
    const theirs = apiKey(other);
    for (const key of [a, b, theirs]) await keys().add(key);
    expect((await keys().deleteAllByUser(userId)).sort()).toEqual([a.id, b.id].sort());
    expect(await keys().listByUser(userId)).toEqual([]);
    expect(await keys().listByUser(other)).toEqual([theirs]);
  });
});
