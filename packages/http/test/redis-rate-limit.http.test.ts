import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedis } from '@tailor/infrastructure';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { register } from './http-helpers.js';
import { buildTestApp, type TestApp } from './test-app.js';

// A database of its own on the local Redis, emptied before each test: counters never leak between runs.
const REDIS_URL = 'redis://127.0.0.1:6379/5';
const probe = openRedis(REDIS_URL);
const redisAnswers = await probe.ping().then(
  () => true,
  () => false,
);
probe.disconnect();

describe.skipIf(!redisAnswers && process.env.CI !== 'true')(
  'rate limits shared through Redis (REDIS_URL)',
  () => {
    const admin = openRedis(REDIS_URL);
    const apps: TestApp[] = [];
    const start = async (overrides: Record<string, string>) => {
      const testApp = await buildTestApp(overrides);
      await testApp.app.ready();
      apps.push(testApp);
      return testApp.app;
    };

    beforeAll(async () => {
      await admin.flushdb();
    });
    afterEach(async () => {
      await Promise.all(apps.splice(0).map(({ app }) => app.close()));
      await admin.flushdb();
    });
    afterAll(() => admin.disconnect());

    it('a limit of N holds across two instances, not N per instance', async () => {
      // Two instances on one database (a shared SQLite file) and one Redis, as in a scaled-out deployment.
      const database = `file:${join(mkdtempSync(join(tmpdir(), 'tailor-redis-')), 'tailor.db')}`;
      const options = { REDIS_URL, RATE_LIMIT_MAX: '6', DATABASE_URL: database };
      const [a, b] = [await start(options), await start(options)];
      const headers = { authorization: `Bearer ${(await register(a)).accessToken}` };
      const statuses: number[] = [];
      for (let index = 0; index < 8; index += 1) {
        const app = index % 2 === 0 ? a : b;
        statuses.push((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode);
      }
      // The registration was the address's first request of the six.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    });

    it('requests failing authentication and one user over many addresses are counted across instances', async () => {
      const database = `file:${join(mkdtempSync(join(tmpdir(), 'tailor-redis-')), 'tailor.db')}`;
      const options = { REDIS_URL, RATE_LIMIT_MAX: '3', DATABASE_URL: database };
      const [a, b] = [await start(options), await start(options)];
      const me = (index: number, remoteAddress: string, token: string) =>
        (index % 2 === 0 ? a : b).inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          remoteAddress,
          headers: { authorization: `Bearer ${token}` },
        });
      const badTokens: number[] = [];
      for (let index = 0; index < 4; index += 1)
        badTokens.push((await me(index, '203.0.113.1', 'forged')).statusCode);
      expect(badTokens).toEqual([401, 401, 401, 429]);

      const { accessToken } = await register(a);
      const oneUser: number[] = [];
      for (let index = 0; index < 4; index += 1)
        oneUser.push((await me(index, `203.0.113.${10 + index}`, accessToken)).statusCode);
      expect(oneUser).toEqual([200, 200, 200, 429]);
    });

    it('/ready reports Redis', async () => {
      const app = await start({ REDIS_URL });
      const ready = await app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ checks: { database: 'ok', redis: 'ok' } });
    });

    it('an unreachable Redis: /ready is 503 with redis down, and the API still answers', async () => {
      const app = await start({ REDIS_URL: 'redis://127.0.0.1:1/0' });
      const ready = await app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ checks: { database: 'ok', redis: 'down' } });
      const started = Date.now();
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  },
);
