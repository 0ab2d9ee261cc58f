import { expect, it } from 'vitest';
import { resolve } from '../../src/composition/container.js';
import { TOKENS } from '../../src/composition/tokens.js';
import { clientFor, register } from '../http-helpers.js';
import { buildTestApp, describeEachDatabase } from '../test-app.js';

describeEachDatabase('edges: CORS, caching, framework errors', (ctx) => {
  it('the CORS preflight allows every method and header the API uses', async () => {
    const { app } = ctx();
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/profiles/01JD3N8Q5X7W2V4T6R8P0M2K4H',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, if-match, idempotency-key',
      },
    });
    expect(response.statusCode).toBeLessThan(300);
    const methods = String(response.headers['access-control-allow-methods']);
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect(methods).toContain(method);
    const headers = String(response.headers['access-control-allow-headers']).toLowerCase();
    for (const header of ['authorization', 'if-match', 'idempotency-key']) expect(headers).toContain(header);
  });

  it('personal and token responses are Cache-Control: no-store', async () => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'Correct-horse-9' },
    });
    expect(login.headers['cache-control']).toBe('no-store');
    expect((await call('GET', '/api/v1/auth/me')).headers['cache-control']).toBe('no-store');
    expect((await call('GET', '/api/v1/profiles')).headers['cache-control']).toBe('no-store');
    expect((await call('GET', '/api/v1/nope')).headers['cache-control']).toBe('no-store');
  });

  it('an unknown route with a huge path stays a small envelope with the request id', async () => {
    const { app } = ctx();
    const response = await app.inject({ method: 'GET', url: `/nope/${'x'.repeat(60_000)}` });
    expect(response.statusCode).toBe(404);
    expect(response.body.length).toBeLessThan(16 * 1024);
    expect(response.json().error.code).toBe('HTTP.NOT_FOUND');
    expect(response.headers['x-request-id']).toBeTruthy();
  });
});

it.each(['sqlite', 'postgres'] as const)(
  'a database that cannot be reached → 503 SERVICE.UNAVAILABLE with Retry-After [%s]',
  async (database) => {
    const { createScratchPostgres, postgresIsAvailable } = await import('@tailor/infrastructure/testing');
    if (database === 'postgres' && !(await postgresIsAvailable())) return;
    const scratch = database === 'postgres' ? await createScratchPostgres('unavailable') : undefined;
    const { app, container } = await buildTestApp(scratch ? { DATABASE_URL: scratch.url } : {});
    await app.ready();
    try {
      const user = await register(app);
      await resolve(container, TOKENS.database).close();
      const response = await clientFor(app, user.accessToken)('GET', '/api/v1/profiles');
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('SERVICE.UNAVAILABLE');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'Correct-horse-9' },
      });
      expect(login.statusCode).toBe(503);
    } finally {
      await app.close().catch(() => undefined);
      await scratch?.drop();
    }
  },
);
