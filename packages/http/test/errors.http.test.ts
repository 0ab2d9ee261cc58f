import { DomainError, ProfileErrors, StorageErrors, type ErrorStatus } from '@tailor/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './test-app.js';

/** What the error handler logged at level error: `[fields, message]`. */
const loggedErrors: Array<[Record<string, unknown>, string]> = [];

// Routes that exist only in this test, to drive every failure path of the real error handling.
async function appWithProbeRoutes(overrides: Record<string, string> = {}): Promise<FastifyInstance> {
  const { app } = await buildTestApp(overrides);
  app.addHook('onRequest', async (request) => {
    const log = request.log;
    const error = log.error.bind(log);
    log.error = ((fields: Record<string, unknown>, message: string) => {
      loggedErrors.push([fields, message]);
      error(fields, message);
    }) as typeof log.error;
  });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/probe/echo',
    { schema: { body: z.object({ name: z.string().min(2), age: z.number().int().optional() }) } },
    async (request) => ({ hello: request.body.name }),
  );
  typed.get(
    '/probe/items/:id',
    {
      schema: {
        params: z.object({ id: z.string().length(4) }),
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1) }),
      },
    },
    async (request) => ({ id: request.params.id, page: request.query.page }),
  );
  typed.get('/probe/domain-error', async () => {
    throw ProfileErrors.itemNotFound('experience', 'e1');
  });
  typed.get('/probe/storage-error', async () => {
    throw StorageErrors.invalidKey('users/u1/../etc/passwd', 'relative segment');
  });
  // The one way round the status tables, to prove what happens to a code nobody declared.
  const undeclared = DomainError.factory({} as Record<string, ErrorStatus>);
  typed.get('/probe/undeclared-code', async () => {
    throw undeclared('NOBODY.DECLARED_ME', 'No feature declares this code.');
  });
  typed.get('/probe/crash', async () => {
    throw new Error('connection to 10.0.0.5 failed: password authentication failed for user "admin"');
  });
  typed.get(
    '/probe/leaky',
    { schema: { response: { 200: z.object({ id: z.string() }) } } },
    async () => ({ id: 'ok', passwordHash: 'secret-hash' }) as { id: string },
  );
  await app.ready();
  return app;
}

describe('error envelope', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithProbeRoutes({ BODY_LIMIT_BYTES: '1024' });
  });
  afterAll(() => app.close());

  const expectEnvelope = (body: unknown, code: string) => {
    expect(body).toMatchObject({ error: { code, message: expect.any(String), details: expect.any(Object) } });
  };

  it('unknown route → 404 HTTP.NOT_FOUND', async () => {
    const response = await app.inject({ method: 'GET', url: '/nope?x=1' });
    expect(response.statusCode).toBe(404);
    expectEnvelope(response.json(), 'HTTP.NOT_FOUND');
    expect(response.json().error.message).toContain('/nope');
  });

  it('malformed JSON → 400 VALIDATION.FAILED, not 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Ann",',
    });
    expect(response.statusCode).toBe(400);
    expectEnvelope(response.json(), 'VALIDATION.FAILED');
    expect(response.json().error.details.issues).toHaveLength(1);
  });

  it('empty JSON body → 400 VALIDATION.FAILED', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expectEnvelope(response.json(), 'VALIDATION.FAILED');
  });

  it('schema violations → 400 with one issue per field, each with its path', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      payload: { name: 'A', age: 1.5 },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION.FAILED');
    expect(error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'body.age',
      'body.name',
    ]);
  });

  it('invalid params and query are reported with their location', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/items/abc?page=0' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((issue: { path: string }) => issue.path);
    expect(paths.some((path: string) => path.startsWith('params') || path.startsWith('querystring'))).toBe(
      true,
    );
  });

  it('oversize body → 413 HTTP.PAYLOAD_TOO_LARGE', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      payload: { name: 'x'.repeat(5000) },
    });
    expect(response.statusCode).toBe(413);
    expectEnvelope(response.json(), 'HTTP.PAYLOAD_TOO_LARGE');
  });

  it('unsupported media type → 415 HTTP.UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<name>Ann</name>',
    });
    expect(response.statusCode).toBe(415);
    expectEnvelope(response.json(), 'HTTP.UNSUPPORTED_MEDIA_TYPE');
  });

  it('a domain error keeps its code, message and details, with the mapped status', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/domain-error' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: {
        code: 'PROFILE.ITEM_NOT_FOUND',
        message: 'The experience item does not exist in this profile.',
        details: { kind: 'experience', itemId: 'e1' },
      },
    });
  });

  it('a declared 500 (a server fault) is answered like a crash: no code or key leaks', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/storage-error' });
    expect(response.statusCode).toBe(500);
    expectEnvelope(response.json(), 'INTERNAL.ERROR');
    expect(response.body).not.toContain('passwd');
  });

  it('a code without a declared status is a 500, logged as such', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/undeclared-code' });
    expect(response.statusCode).toBe(500);
    expectEnvelope(response.json(), 'INTERNAL.ERROR');
    expect(loggedErrors).toContainEqual([
      expect.objectContaining({ code: 'NOBODY.DECLARED_ME' }),
      'request failed: error code without a status',
    ]);
  });

  it('an unexpected failure → 500 without internals, with the request id to find it in the logs', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/crash' });
    expect(response.statusCode).toBe(500);
    expectEnvelope(response.json(), 'INTERNAL.ERROR');
    expect(response.body).not.toContain('10.0.0.5');
    expect(response.body).not.toContain('password');
    expect(response.json().error.details.requestId).toBe(response.headers['x-request-id']);
  });

  it('response schemas strip fields that are not declared (secrets never leak)', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/leaky' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: 'ok' });
  });

  it('every response carries a request id, and keeps a sane one given by the caller', async () => {
    const generated = await app.inject({ method: 'GET', url: '/health' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const hostile = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'a b\u0000<script>' },
    });
    expect(hostile.headers['x-request-id']).not.toContain('script');
  });

  it('sets security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('CORS', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithProbeRoutes({ CORS_ORIGINS: 'https://app.example.org' });
  });
  afterAll(() => app.close());

  it('allows the configured origin and refuses others', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/probe/echo',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('https://app.example.org')).headers['access-control-allow-origin']).toBe(
      'https://app.example.org',
    );
    expect(
      (await preflight('https://evil.example.com')).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });
});

describe('global rate limit', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithProbeRoutes({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' });
  });
  afterAll(() => app.close());

  it('answers 429 RATE_LIMIT.EXCEEDED with Retry-After once the limit is spent, but never limits probes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await app.inject({ method: 'GET', url: '/probe/items/abcd' })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await app.inject({ method: 'GET', url: '/probe/items/abcd' });
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toMatchObject({ error: { code: 'RATE_LIMIT.EXCEEDED', details: { limit: 3 } } });
    for (let i = 0; i < 5; i += 1) {
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    }
  });
});
