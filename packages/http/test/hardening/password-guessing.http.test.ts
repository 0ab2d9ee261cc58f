import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { clientFor, expectError, PASSWORD, register } from '../http-helpers.js';
import { buildTestApp, describeEachDatabase } from '../test-app.js';

const WRONG = 'Wrong-password-1';

describeEachDatabase(
  'every password check shares the login lockout',
  (ctx) => {
    it.each([
      [
        'POST /auth/change-password',
        'POST',
        '/api/v1/auth/change-password',
        (password: string) => ({ currentPassword: password, newPassword: 'Another-pass-42' }),
      ],
      ['DELETE /auth/me', 'DELETE', '/api/v1/auth/me', (password: string) => ({ password })],
    ] as const)(
      '%s: five wrong passwords lock the account, for login too',
      async (_label, method, url, body) => {
        const { app } = ctx();
        const user = await register(app);
        const call = clientFor(app, user.accessToken);
        for (let attempt = 0; attempt < 5; attempt += 1)
          expectError(await call(method, url, body(WRONG)), 401, 'AUTH.INVALID_CREDENTIALS');
        // Locked: even the right password is refused, here and at login (one counter per email).
        const locked = await call(method, url, body(PASSWORD));
        expectError(locked, 423, 'AUTH.LOCKED');
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
        expectError(
          await app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: user.email, password: PASSWORD },
          }),
          423,
          'AUTH.LOCKED',
        );
        // Nothing changed: the account still exists and the password is the old one.
        expect((await call('GET', '/api/v1/auth/me')).statusCode).toBe(200);
      },
    );

    it('failed logins count against change-password', async () => {
      const { app } = ctx();
      const user = await register(app);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: user.email, password: WRONG },
        });
      }
      const call = clientFor(app, user.accessToken);
      expectError(
        await call('POST', '/api/v1/auth/change-password', {
          currentPassword: PASSWORD,
          newPassword: 'Another-pass-42',
        }),
        423,
        'AUTH.LOCKED',
      );
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000' },
);

describe('the strict per-address limiter covers every password check', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = (await buildTestApp({ AUTH_RATE_LIMIT_MAX: '3' })).app;
    await app.ready();
  });
  afterAll(() => app.close());

  it.each([
    ['POST', '/api/v1/auth/change-password', { currentPassword: WRONG, newPassword: 'Another-pass-42' }],
    ['DELETE', '/api/v1/auth/me', { password: WRONG }],
  ] as const)('%s %s: the 4th attempt in the window → 429 with Retry-After', async (method, url, payload) => {
    // Each registration here comes from another address so that registering does not use up the limit.
    const user = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      remoteAddress: `10.1.${method.length}.1`,
      payload: { email: `limit-${method}-${Date.now()}@example.org`, password: PASSWORD },
    });
    const token = (user.json() as { accessToken: string }).accessToken;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await app.inject({
        method,
        url,
        remoteAddress: `10.2.${method.length}.1`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
