import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, authFixture } from '../../src/auth/auth.fixture.js';
import { RevocationList } from '../../src/auth/revocation-list.js';
import { FakeApiKeySecrets } from '../../src/testing/index.js';
import { AuthenticateApiKey } from '../../src/api-keys/authenticate-api-key.js';

const bearer = (token: string) => `Bearer ${token}`;

async function withKey(expiresAt: Date | null = null) {
  const f = authFixture();
  const { user } = await f.register.execute({ email: 'ada@example.org', password: GOOD_PASSWORD });
  const created = await f.createApiKey.execute({ userId: user.id, name: '  deploy script ', expiresAt });
  return { f, user, created };
}

/** A second instance over the same database: its own cache and its own revocation list. */
function otherInstance(f: ReturnType<typeof authFixture>) {
  const revocations = new RevocationList(f.repos.sessions, f.clock);
  // The same digest function as the first instance (FakeApiKeySecrets.hash is deterministic).
  return new AuthenticateApiKey(f.repos.apiKeys, new FakeApiKeySecrets(), revocations, f.clock);
}

describe('CreateApiKey / ListApiKeys', () => {
  it('returns the key once, stores only its digest and a display prefix, and lists without the key', async () => {
    const { f, user, created } = await withKey();
    expect(created.key).toMatch(/^tlr_/u);
    expect(created).toMatchObject({
      name: 'deploy script',
      prefix: created.key.slice(0, 12),
      lastUsedAt: null,
    });
    const [stored] = await f.repos.apiKeys.listByUser(user.id);
    expect(stored).not.toHaveProperty('key');
    const listed = await f.listApiKeys.execute({ userId: user.id });
    expect(listed).toEqual([{ ...created, key: undefined }].map(({ key: _key, ...view }) => view));
    expect(JSON.stringify(listed)).not.toContain(created.key);
  });

  it('refuses a blank name, an expiry in the past, and more than 25 keys', async () => {
    const { f, user } = await withKey();
    await expect(
      f.createApiKey.execute({ userId: user.id, name: '   ', expiresAt: null }),
    ).rejects.toMatchObject({ code: 'API_KEY.INVALID_NAME' });
    await expect(
      f.createApiKey.execute({ userId: user.id, name: 'old', expiresAt: f.clock.now() }),
    ).rejects.toMatchObject({ code: 'API_KEY.EXPIRY_IN_PAST' });
    for (let i = 1; i < 25; i += 1)
      await f.createApiKey.execute({ userId: user.id, name: `k${i}`, expiresAt: null });
    await expect(
      f.createApiKey.execute({ userId: user.id, name: 'one too many', expiresAt: null }),
    ).rejects.toMatchObject({ code: 'API_KEY.LIMIT_REACHED' });
  });
});

describe('Authenticate with an API key', () => {
  it('authenticates as the owner, and refuses unknown or malformed keys', async () => {
    const { f, user, created } = await withKey();
    expect(await f.authenticate.execute(bearer(created.key))).toEqual({
      via: 'apiKey',
      userId: user.id,
      apiKeyId: created.id,
    });
    for (const key of [`${created.key}x`, 'tlr_short', `tlr_${'!'.repeat(43)}`]) {
      await expect(f.authenticate.execute(bearer(key))).rejects.toMatchObject({
        code: 'AUTH.INVALID_API_KEY',
      });
    }
  });

  it('refuses a deleted key at once on this instance and within a second on another that cached it', async () => {
    const { f, user, created } = await withKey();
    const other = otherInstance(f);
    await f.authenticate.execute(bearer(created.key));
    await other.execute(created.key); // now cached there
    await f.deleteApiKey.execute({ userId: user.id, apiKeyId: created.id });
    await expect(f.authenticate.execute(bearer(created.key))).rejects.toMatchObject({
      code: 'AUTH.INVALID_API_KEY',
    });
    f.clock.advance(1_000);
    await expect(other.execute(created.key)).rejects.toMatchObject({ code: 'AUTH.INVALID_API_KEY' });
  });

  it('refuses an expired key from the moment it expires, cached or not', async () => {
    const f0 = await withKey(new Date('2026-01-15T10:00:00.000Z'));
    const { f, created } = f0;
    await f.authenticate.execute(bearer(created.key));
    f.clock.advance(60 * 60 * 1000 - 1);
    await expect(f.authenticate.execute(bearer(created.key))).resolves.toMatchObject({ via: 'apiKey' });
    f.clock.advance(1);
    await expect(f.authenticate.execute(bearer(created.key))).rejects.toMatchObject({
      code: 'AUTH.API_KEY_EXPIRED',
    });
  });

  it('records lastUsedAt at most once a minute', async () => {
    const { f, user, created } = await withKey();
    const lastUsed = async () => (await f.repos.apiKeys.listByUser(user.id))[0]?.lastUsedAt;
    const start = f.clock.now();
    await f.authenticate.execute(bearer(created.key));
    expect(await lastUsed()).toEqual(start);
    f.clock.advance(59_000);
    await f.authenticate.execute(bearer(created.key));
    expect(await lastUsed()).toEqual(start);
    f.clock.advance(1_000);
    await f.authenticate.execute(bearer(created.key));
    expect(await lastUsed()).toEqual(f.clock.now());
  });

  it('account deletion revokes the keys on every instance and removes them; export lists their metadata', async () => {
    const { f, user, created } = await withKey();
    const other = otherInstance(f);
    await other.execute(created.key);
    const exported = await f.exportData.execute({ userId: user.id });
    expect(exported.apiKeys).toEqual([
      expect.objectContaining({ id: created.id, name: 'deploy script', prefix: created.prefix }),
    ]);
    expect(JSON.stringify(exported)).not.toContain(created.key);
    await f.deleteAccount.execute({ userId: user.id, password: GOOD_PASSWORD });
    await expect(f.authenticate.execute(bearer(created.key))).rejects.toMatchObject({
      code: 'AUTH.INVALID_API_KEY',
    });
    f.clock.advance(1_000);
    await expect(other.execute(created.key)).rejects.toMatchObject({ code: 'AUTH.INVALID_API_KEY' });
    expect(await f.repos.apiKeys.listByUser(user.id)).toEqual([]);
  });

  it('another user cannot delete my key', async () => {
    const { f, user, created } = await withKey();
    const { user: bob } = await f.register.execute({ email: 'bob@example.org', password: GOOD_PASSWORD });
    await expect(f.deleteApiKey.execute({ userId: bob.id, apiKeyId: created.id })).rejects.toMatchObject({
      code: 'API_KEY.NOT_FOUND',
    });
    expect(await f.listApiKeys.execute({ userId: user.id })).toHaveLength(1);
  });
});
