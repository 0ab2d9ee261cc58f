import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import type { DependencyContainer } from '../src/composition/container.js';
import { PASSWORD, clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

interface CreatedKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

async function createKey(app: FastifyInstance, accessToken: string, body: object = { name: 'script' }) {
  const response = await clientFor(app, accessToken)('POST', '/api/v1/api-keys', body);
  expect(response.statusCode).toBe(201);
  return response.json<CreatedKey>();
}

/** A key stored with an expiry already past (the API refuses to create one). */
async function storeExpiredKey(container: DependencyContainer, userId: string) {
  const { key, hash } = resolve(container, TOKENS.apiKeySecrets).generate();
  await resolve(container, TOKENS.repositories).apiKeys.add({
    id: '01JD3N8Q5X7W2V4T6R8P0M2K4H',
    userId,
    name: 'expired',
    prefix: key.slice(0, 12),
    keyHash: hash,
    createdAt: new Date('2026-01-01T00:00:00.000Z'),
    expiresAt: new Date('2026-01-02T00:00:00.000Z'),
    lastUsedAt: null,
  });
  return key;
}

const JOB = {
  title: 'Staff Accountant',
  company: 'Harbor Freight Partners',
  description: 'Close the books.',
};

describeEachDatabase('/api-keys', (context) => {
  it('creates a key shown once, lists it without the key, and the key acts as its owner', async () => {
    const { app } = context();
    const ada = await register(app);
    const created = await createKey(app, ada.accessToken, { name: 'backup script' });
    expect(created).toMatchObject({ name: 'backup script', expiresAt: null, lastUsedAt: null });
    expect(created.key).toMatch(/^tlr_[A-Za-z0-9_-]{43,}$/u);
    expect(created.prefix).toBe(created.key.slice(0, created.prefix.length));

    const asKey = clientFor(app, created.key);
    expect((await asKey('GET', '/api/v1/auth/me')).json()).toMatchObject({ id: ada.user.id });
    const job = await asKey('POST', '/api/v1/jobs', JOB);
    expect(job.statusCode).toBe(201);
    const asSession = clientFor(app, ada.accessToken);
    expect((await asSession('GET', `/api/v1/jobs/${job.json().id}`)).statusCode).toBe(200);

    const list = await asSession('GET', '/api/v1/api-keys');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.key);
    const [listed] = list.json().data as CreatedKey[];
    expect(listed).toEqual({ ...created, key: undefined, lastUsedAt: expect.any(String) });
    expect(listed).not.toHaveProperty('key');

    const exported = await asSession('GET', '/api/v1/auth/me/export');
    expect(exported.json().apiKeys).toEqual([
      expect.objectContaining({ id: created.id, prefix: created.prefix }),
    ]);
    expect(exported.body).not.toContain(created.key);
  });

  it('refuses account-level routes to an API key with 403 AUTH.API_KEY_FORBIDDEN', async () => {
    const { app } = context();
    const ada = await register(app);
    const created = await createKey(app, ada.accessToken);
    const asKey = clientFor(app, created.key);
    const forbidden = [
      await asKey('POST', '/api/v1/api-keys', { name: 'minted by a leaked key' }),
      await asKey('GET', '/api/v1/api-keys'),
      await asKey('DELETE', `/api/v1/api-keys/${created.id}`),
      await asKey('POST', '/api/v1/auth/change-password', {
        currentPassword: PASSWORD,
        newPassword: 'Another-horse-9',
      }),
      await asKey('DELETE', '/api/v1/auth/me', { password: PASSWORD }),
      await asKey('POST', '/api/v1/auth/logout'),
    ];
    for (const response of forbidden) expectError(response, 403, 'AUTH.API_KEY_FORBIDDEN');
    // Nothing happened: the account, its password and the key are intact.
    expect((await clientFor(app, ada.accessToken)('GET', '/api/v1/api-keys')).json().data).toHaveLength(1);
    expect((await asKey('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('keeps users apart: no deleting, listing or using through another user’s key', async () => {
    const { app } = context();
    const ada = await register(app);
    const bob = await register(app);
    const adaKey = await createKey(app, ada.accessToken);
    const bobKey = await createKey(app, bob.accessToken);
    const adaJob = (await clientFor(app, adaKey.key)('POST', '/api/v1/jobs', JOB)).json();

    const asBob = clientFor(app, bob.accessToken);
    expectError(await asBob('DELETE', `/api/v1/api-keys/${adaKey.id}`), 404, 'API_KEY.NOT_FOUND');
    expect((await asBob('GET', '/api/v1/api-keys')).json().data.map((k: CreatedKey) => k.id)).toEqual([
      bobKey.id,
    ]);
    const asBobKey = clientFor(app, bobKey.key);
    expectError(await asBobKey('GET', `/api/v1/jobs/${adaJob.id}`), 404, 'JOB.NOT_FOUND');
    expectError(await asBobKey('DELETE', `/api/v1/jobs/${adaJob.id}`), 404, 'JOB.NOT_FOUND');
    expect((await clientFor(app, adaKey.key)('GET', `/api/v1/jobs/${adaJob.id}`)).statusCode).toBe(200);
  });

  it('a deleted key is refused at once; an expired or unknown one is 401', async () => {
    const { app, container } = context();
    const ada = await register(app);
    const created = await createKey(app, ada.accessToken);
    const asKey = clientFor(app, created.key);
    expect((await asKey('GET', '/api/v1/profiles')).statusCode).toBe(200);
    const deleted = await clientFor(app, ada.accessToken)('DELETE', `/api/v1/api-keys/${created.id}`);
    expect(deleted.statusCode).toBe(204);
    expectError(await asKey('GET', '/api/v1/profiles'), 401, 'AUTH.INVALID_API_KEY');
    expectError(
      await clientFor(app, ada.accessToken)('DELETE', `/api/v1/api-keys/${created.id}`),
      404,
      'API_KEY.NOT_FOUND',
    );

    const expired = await storeExpiredKey(container, ada.user.id);
    expectError(await clientFor(app, expired)('GET', '/api/v1/profiles'), 401, 'AUTH.API_KEY_EXPIRED');
    expectError(
      await clientFor(app, `tlr_${'A'.repeat(43)}`)('GET', '/api/v1/profiles'),
      401,
      'AUTH.INVALID_API_KEY',
    );
  });

  it('validates the body: name bounds, expiry format and expiry in the past', async () => {
    const { app } = context();
    const ada = await register(app);
    const call = clientFor(app, ada.accessToken);
    expectError(await call('POST', '/api/v1/api-keys', {}), 400, 'VALIDATION.FAILED');
    expectError(await call('POST', '/api/v1/api-keys', { name: 'x'.repeat(101) }), 400, 'VALIDATION.FAILED');
    expectError(await call('POST', '/api/v1/api-keys', { name: '   ' }), 400, 'API_KEY.INVALID_NAME');
    expectError(
      await call('POST', '/api/v1/api-keys', { name: 'k', expiresAt: 'next tuesday' }),
      400,
      'VALIDATION.FAILED',
    );
    expectError(
      await call('POST', '/api/v1/api-keys', { name: 'k', expiresAt: '2020-01-01T00:00:00Z' }),
      422,
      'API_KEY.EXPIRY_IN_PAST',
    );
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await createKey(app, ada.accessToken, { name: 'k', expiresAt: future })).expiresAt).toBe(future);
    expectError(await call('DELETE', '/api/v1/api-keys/not-an-id'), 400, 'VALIDATION.FAILED');
  });

  it('deleting the account deletes its keys and they stop working', async () => {
    const { app } = context();
    const ada = await register(app);
    const created = await createKey(app, ada.accessToken);
    const gone = await clientFor(app, ada.accessToken)('DELETE', '/api/v1/auth/me', { password: PASSWORD });
    expect(gone.statusCode).toBe(204);
    expectError(await clientFor(app, created.key)('GET', '/api/v1/profiles'), 401, 'AUTH.INVALID_API_KEY');
  });
});

describeEachDatabase(
  '/api-keys rate limit',
  (context) => {
    it('counts each key on its own: beyond the limit 429 with Retry-After; sessions and other keys go on', async () => {
      const { app } = context();
      const ada = await register(app);
      const first = await createKey(app, ada.accessToken, { name: 'first' });
      const second = await createKey(app, ada.accessToken, { name: 'second' });
      const asFirst = clientFor(app, first.key);
      for (let i = 0; i < 3; i += 1) expect((await asFirst('GET', '/api/v1/profiles')).statusCode).toBe(200);
      const limited = await asFirst('GET', '/api/v1/profiles');
      expectError(limited, 429, 'RATE_LIMIT.EXCEEDED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await clientFor(app, second.key)('GET', '/api/v1/profiles')).statusCode).toBe(200);
      expect((await clientFor(app, ada.accessToken)('GET', '/api/v1/profiles')).statusCode).toBe(200);
    });
  },
  { API_KEY_RATE_LIMIT_MAX: '3' },
);
