import { createSigner } from 'fast-jwt';
import type { FastifyInstance } from 'fastify';
import { REFRESH_REUSE_GRACE_SECONDS } from '@tailor/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { PASSWORD, expectError, register, uniqueEmail } from './http-helpers.js';
import { buildTestApp, describeEachDatabase } from './test-app.js';

const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const me = (app: FastifyInstance, token: string) =>
  app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

describeEachDatabase(
  'auth routes',
  (context) => {
    const app = () => context().app;

    it('register → 201 with the user and a token pair; the email is normalised', async () => {
      const email = uniqueEmail('Ada').toUpperCase();
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email: ` ${email} `, password: PASSWORD, fullName: 'Ada Lovelace' },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        user: { email: email.toLowerCase(), fullName: 'Ada Lovelace', createdAt: expect.any(String) },
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
      });
      expect(body.user.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(JSON.stringify(body)).not.toContain('passwordHash');
    });

    it('register: a taken email → 409 AUTH.EMAIL_TAKEN', async () => {
      const { email } = await register(app());
      const again = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email: email.toUpperCase(), password: PASSWORD },
      });
      expectError(again, 409, 'AUTH.EMAIL_TAKEN');
    });

    it.each([
      ['short1A', 'at least 8'],
      ['nouppercase1', 'upper-case'],
      ['NOLOWERCASE1', 'lower-case'],
      ['NoDigitsAtAll', 'digit'],
    ])(
      'register: weak password %s → 400 AUTH.WEAK_PASSWORD saying which rule (%s)',
      async (password, says) => {
        const response = await app().inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: { email: uniqueEmail('weak'), password },
        });
        expectError(response, 400, 'AUTH.WEAK_PASSWORD');
        expect(response.json().error.message).toContain(says);
      },
    );

    it('register: bad input → 400 VALIDATION.FAILED with field paths', async () => {
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { password: 1 },
      });
      expectError(response, 400, 'VALIDATION.FAILED');
      const paths = response.json().error.details.issues.map((issue: { path: string }) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
    });

    it('login: malformed JSON → 400 VALIDATION.FAILED', async () => {
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"email":',
      });
      expectError(response, 400, 'VALIDATION.FAILED');
    });

    it('login: right password → 200; wrong password and unknown email → the same 401', async () => {
      const { email } = await register(app());
      const ok = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      });
      expect(ok.statusCode).toBe(200);
      expect((await me(app(), ok.json().accessToken)).json().email).toBe(email);

      const wrong = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'Wrong-pass-1' },
      });
      const unknown = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: uniqueEmail('nobody'), password: 'Wrong-pass-1' },
      });
      expectError(wrong, 401, 'AUTH.INVALID_CREDENTIALS');
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
    });

    it('login: 5 failures lock the email (423 with Retry-After), even for the right password', async () => {
      const { email } = await register(app());
      for (let i = 0; i < 5; i += 1) {
        const failed = await app().inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email, password: 'Wrong-pass-1' },
        });
        expectError(failed, 401, 'AUTH.INVALID_CREDENTIALS');
      }
      const locked = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      });
      expectError(locked, 423, 'AUTH.LOCKED');
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(800);
      expect(retryAfter).toBeLessThanOrEqual(900);
    });

    it('the whole flow: register → me → refresh → the old refresh is refused and revokes → login → logout', async () => {
      const first = await register(app());
      expect((await me(app(), first.accessToken)).statusCode).toBe(200);

      const refreshed = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: first.refreshToken },
      });
      expect(refreshed.statusCode).toBe(200);
      const second = refreshed.json();
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await me(app(), second.accessToken)).statusCode).toBe(200);

      // Within the grace window the same token is a concurrent caller: the same pair, nothing revoked.
      const retry = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: first.refreshToken },
      });
      expect(retry.statusCode).toBe(200);
      expect(retry.json()).toEqual(second);

      // After it, a replay: the whole session is revoked. (Only Date is faked: the app's clock moves on.)
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      vi.setSystemTime(Date.now() + (REFRESH_REUSE_GRACE_SECONDS + 1) * 1000);
      const replay = await app()
        .inject({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          payload: { refreshToken: first.refreshToken },
        })
        .finally(() => vi.useRealTimers());
      expectError(replay, 401, 'AUTH.REFRESH_TOKEN_REUSED');
      expectError(await me(app(), second.accessToken), 401, 'AUTH.SESSION_REVOKED');
      expectError(
        await app().inject({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          payload: { refreshToken: second.refreshToken },
        }),
        401,
        'AUTH.SESSION_REVOKED',
      );

      const login = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: first.email, password: PASSWORD },
      });
      const third = login.json();
      const logout = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { authorization: `Bearer ${third.accessToken}` },
      });
      expect(logout.statusCode).toBe(204);
      expectError(await me(app(), third.accessToken), 401, 'AUTH.SESSION_REVOKED');
      expectError(
        await app().inject({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          payload: { refreshToken: third.refreshToken },
        }),
        401,
        'AUTH.SESSION_REVOKED',
      );
    });

    describe('forged and misused tokens are all 401 AUTH.*', () => {
      const now = () => Math.floor(Date.now() / 1000);

      it('no token', async () => {
        expectError(
          await app().inject({ method: 'GET', url: '/api/v1/auth/me' }),
          401,
          'AUTH.UNAUTHENTICATED',
        );
      });

      it('alg: none', async () => {
        const { user } = await register(app());
        const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: user.id, sid: 'x', jti: 'j', typ: 'access', iat: now(), exp: now() + 600 })}.`;
        expectError(await me(app(), token), 401, 'AUTH.INVALID_TOKEN');
      });

      it('a wrong signature', async () => {
        const { user } = await register(app());
        const sign = createSigner({
          key: 'another-secret-another-secret-another-secret',
          algorithm: 'HS256',
        });
        const token = sign({ sub: user.id, sid: 'x', jti: 'j', typ: 'access', exp: now() + 600 });
        expectError(await me(app(), token), 401, 'AUTH.INVALID_TOKEN');
      });

      it('a wrong typ, signed with the real secret', async () => {
        const { user } = await register(app());
        const sign = createSigner({ key: TEST_SECRET, algorithm: 'HS256' });
        expectError(
          await me(app(), sign({ sub: user.id, sid: 'x', jti: 'j', typ: 'refresh', exp: now() + 600 })),
          401,
          'AUTH.INVALID_TOKEN',
        );
      });

      it('an expired token, signed with the real secret', async () => {
        const { user } = await register(app());
        const sign = createSigner({ key: TEST_SECRET, algorithm: 'HS256', noTimestamp: true });
        const token = sign({
          sub: user.id,
          sid: 'x',
          jti: 'j',
          typ: 'access',
          iat: now() - 1000,
          exp: now() - 100,
        });
        expectError(await me(app(), token), 401, 'AUTH.TOKEN_EXPIRED');
      });

      it('a refresh token used as an access token, and an access token used as a refresh token', async () => {
        const { accessToken, refreshToken } = await register(app());
        expectError(await me(app(), refreshToken), 401, 'AUTH.INVALID_TOKEN');
        expectError(
          await app().inject({
            method: 'POST',
            url: '/api/v1/auth/refresh',
            payload: { refreshToken: accessToken },
          }),
          401,
          'AUTH.INVALID_REFRESH_TOKEN',
        );
      });
    });

    it('change-password needs the current password and ends every other session', async () => {
      const mine = await register(app());
      const other = (
        await app().inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: mine.email, password: PASSWORD },
        })
      ).json();
      const change = (currentPassword: string, newPassword: string) =>
        app().inject({
          method: 'POST',
          url: '/api/v1/auth/change-password',
          headers: { authorization: `Bearer ${mine.accessToken}` },
          payload: { currentPassword, newPassword },
        });
      expectError(await change('Wrong-pass-1', 'Another-pass-2'), 401, 'AUTH.INVALID_CREDENTIALS');
      expectError(await change(PASSWORD, 'weak'), 400, 'AUTH.WEAK_PASSWORD');
      expect((await change(PASSWORD, 'Another-pass-2')).statusCode).toBe(204);
      expect((await me(app(), mine.accessToken)).statusCode).toBe(200);
      expectError(await me(app(), other.accessToken), 401, 'AUTH.SESSION_REVOKED');
      expectError(
        await app().inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: mine.email, password: PASSWORD },
        }),
        401,
        'AUTH.INVALID_CREDENTIALS',
      );
    });

    it('export: the caller’s account and sessions, no secrets', async () => {
      const ada = await register(app());
      await register(app());
      const response = await app().inject({
        method: 'GET',
        url: '/api/v1/auth/me/export',
        headers: { authorization: `Bearer ${ada.accessToken}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('attachment');
      const document = response.json();
      expect(document).toMatchObject({
        format: 'tailor-account-export',
        account: { user: { id: ada.user.id, email: ada.email }, sessions: [{ revokedAt: null }] },
      });
      expect(response.body).not.toMatch(/argon2|tokenHash|refreshToken/);
    });

    it('the model-usage ledger is exported and erased with the account', async () => {
      const ada = await register(app());
      const { llmUsage } = resolve(context().container, TOKENS.repositories);
      await llmUsage.record({
        id: `usage-${ada.user.id}`,
        userId: ada.user.id,
        task: 'write_summary',
        provider: 'openai',
        model: 'gpt-4o-mini',
        promptId: 'write_summary',
        promptVersion: 1,
        inputTokens: 1200,
        outputTokens: 300,
        latencyMs: 850,
        costMicroUsd: 360,
        outcome: 'ok',
        redacted: true,
        createdAt: new Date(),
      });
      const exported = await app().inject({
        method: 'GET',
        url: '/api/v1/auth/me/export',
        headers: { authorization: `Bearer ${ada.accessToken}` },
      });
      expect(exported.json().llmUsage).toEqual([
        expect.objectContaining({ task: 'write_summary', inputTokens: 1200 }),
      ]);
      const removed = await app().inject({
        method: 'DELETE',
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${ada.accessToken}` },
        payload: { password: PASSWORD },
      });
      expect(removed.statusCode).toBe(204);
      expect(await llmUsage.listByUser(ada.user.id)).toEqual([]);
    });

    it('delete: needs the password, removes the account, and another user is untouched', async () => {
      const ada = await register(app());
      const bob = await register(app());
      const remove = (token: string, password: string) =>
        app().inject({
          method: 'DELETE',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${token}` },
          payload: { password },
        });
      expectError(await remove(ada.accessToken, 'Wrong-pass-1'), 401, 'AUTH.INVALID_CREDENTIALS');
      expect((await me(app(), ada.accessToken)).statusCode).toBe(200);

      expect((await remove(ada.accessToken, PASSWORD)).statusCode).toBe(204);
      expectError(await me(app(), ada.accessToken), 401, 'AUTH.SESSION_REVOKED');
      expectError(
        await app().inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: ada.email, password: PASSWORD },
        }),
        401,
        'AUTH.INVALID_CREDENTIALS',
      );
      expect((await me(app(), bob.accessToken)).json().id).toBe(bob.user.id);
      // The address is free again.
      await register(app(), ada.email);
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000' },
);

describe('credential routes have a stricter per-IP rate limit', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = (await buildTestApp({ AUTH_RATE_LIMIT_MAX: '3' })).app;
    await app.ready();
  });
  afterAll(() => app.close());

  it('the 4th login in the window → 429 RATE_LIMIT.EXCEEDED with Retry-After; other routes go on', async () => {
    const { accessToken, email } = await register(app);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i += 1) {
      last = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'Wrong-pass-1' },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last?.headers['retry-after']).toBeDefined();
    expectError(last!, 429, 'RATE_LIMIT.EXCEEDED');
    expect((await me(app, accessToken)).statusCode).toBe(200);
  });
});
