import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server-process.js';

// The account journey of issue 3 against a real server process started with no configuration.
describe('accounts, end to end', () => {
  let server: RunningServer;
  const call = async (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : null };
  };

  beforeAll(async () => {
    server = await startServer({ cwd: mkdtempSync(join(tmpdir(), 'tailor-e2e-')) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('register → me → refresh → the old refresh is refused and revokes → login → logout → refused', async () => {
    const email = 'grace.hopper@example.org';
    const password = 'Cobol-1959-rocks';
    const registered = await call('POST', '/auth/register', {
      body: { email, password, fullName: 'Grace Hopper' },
    });
    expect(registered.status).toBe(201);

    const me = await call('GET', '/auth/me', { token: registered.body!.accessToken });
    expect(me.body).toMatchObject({ email, fullName: 'Grace Hopper' });

    const refreshed = await call('POST', '/auth/refresh', {
      body: { refreshToken: registered.body!.refreshToken },
    });
    expect(refreshed.status).toBe(200);

    // A second caller with the same token within seconds (another tab, a retry) gets the same pair.
    const retried = await call('POST', '/auth/refresh', {
      body: { refreshToken: registered.body!.refreshToken },
    });
    expect([retried.status, retried.body]).toEqual([200, refreshed.body]);
    expect((await call('GET', '/auth/me', { token: refreshed.body!.accessToken })).status).toBe(200);

    const login = await call('POST', '/auth/login', { body: { email, password } });
    expect(login.status).toBe(200);
    expect((await call('POST', '/auth/logout', { token: login.body!.accessToken })).status).toBe(204);
    const after = await call('GET', '/auth/me', { token: login.body!.accessToken });
    expect([after.status, after.body!.error.code]).toEqual([401, 'AUTH.SESSION_REVOKED']);

    const again = await call('POST', '/auth/login', { body: { email, password } });
    const exported = await call('GET', '/auth/me/export', { token: again.body!.accessToken });
    expect(exported.body!.account.user.email).toBe(email);
    expect(
      (await call('DELETE', '/auth/me', { token: again.body!.accessToken, body: { password } })).status,
    ).toBe(204);
    expect((await call('POST', '/auth/login', { body: { email, password } })).status).toBe(401);
  });
});
