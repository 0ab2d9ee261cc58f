import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { expectError, register } from '../http-helpers.js';
import { describeEachDatabase } from '../test-app.js';

const LIMIT = 3;
let nextAddress = 1;
/** A client address of its own per use, so the tests of one app never share an address counter. */
const freshAddress = () => `198.51.100.${(nextAddress += 1)}`;

const me = (app: FastifyInstance, remoteAddress: string, token: string) =>
  app.inject({
    method: 'GET',
    url: '/api/v1/auth/me',
    remoteAddress,
    headers: { authorization: `Bearer ${token}` },
  });

describeEachDatabase(
  'the global rate limit counts every request',
  (ctx) => {
    it('requests that fail authentication are counted per address (and then refused as limited)', async () => {
      const { app } = ctx();
      const address = freshAddress();
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= LIMIT; attempt += 1)
        statuses.push((await me(app, address, 'not-a-token')).statusCode);
      // Before: authentication ran first and threw, so these were never counted (401 forever).
      expect(statuses).toEqual([401, 401, 401, 429]);
      // The address is spent for everyone behind it, valid tokens included.
      const user = await register(app);
      const limited = await me(app, address, user.accessToken);
      expectError(limited, 429, 'RATE_LIMIT.EXCEEDED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['x-request-id']).toBeDefined();
    });

    it("every answer reports the address's remaining budget, and a refusal says when to retry", async () => {
      const { app } = ctx();
      const address = freshAddress();
      const budgets = [];
      for (let attempt = 0; attempt <= LIMIT; attempt += 1) {
        const { headers } = await me(app, address, 'not-a-token');
        budgets.push([headers['x-ratelimit-limit'], headers['x-ratelimit-remaining']]);
        expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(0);
      }
      expect(budgets).toEqual([
        ['3', '2'],
        ['3', '1'],
        ['3', '0'],
        ['3', '0'],
      ]);
      const limited = await me(app, address, 'not-a-token');
      expect(Number(limited.headers['retry-after'])).toBe(Number(limited.headers['x-ratelimit-reset']));
      expect(limited.json().error.details).toEqual({
        limit: LIMIT,
        retryAfterSeconds: Number(limited.headers['retry-after']),
      });
    });

    it('one account spread over many addresses is limited per user', async () => {
      const { app } = ctx();
      const user = await register(app);
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= LIMIT; attempt += 1)
        statuses.push((await me(app, freshAddress(), user.accessToken)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Another user on those addresses is not affected by the first one's budget.
      const other = await register(app);
      expect((await me(app, freshAddress(), other.accessToken)).statusCode).toBe(200);
    });

    it('credential routes count towards the address limit as well as their stricter one', async () => {
      const { app } = ctx();
      const address = freshAddress();
      const login = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: address,
          payload: { email: 'nobody@example.org', password: 'Wrong-pass-1' },
        });
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= LIMIT; attempt += 1) statuses.push((await login()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
    });

    it('probes are never limited', async () => {
      const { app } = ctx();
      const address = freshAddress();
      for (let attempt = 0; attempt <= LIMIT * 2; attempt += 1)
        expect((await app.inject({ method: 'GET', url: '/health', remoteAddress: address })).statusCode).toBe(
          200,
        );
    });
  },
  { RATE_LIMIT_MAX: String(LIMIT), AUTH_RATE_LIMIT_MAX: '1000' },
);
