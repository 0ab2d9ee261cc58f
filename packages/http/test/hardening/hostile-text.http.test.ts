import { expect, it } from 'vitest';
import { clientFor, PASSWORD, register, uniqueEmail } from '../http-helpers.js';
import { describeEachDatabase } from '../test-app.js';

const NUL = 'a\u0000b';
const LONE_HIGH = 'a\uD800b';
const LONE_LOW = '\uDC00tail';

interface Issue {
  path: string;
  message: string;
}

const expectRefused = (response: { statusCode: number; json: () => unknown }, path: string) => {
  expect(response.statusCode).toBe(400);
  const body = response.json() as { error: { code: string; details: { issues: Issue[] } } };
  expect(body.error.code).toBe('VALIDATION.FAILED');
  expect(body.error.details.issues.map((issue) => issue.path)).toContain(path);
};

describeEachDatabase('NUL and unpaired surrogates are refused at the edge', (ctx) => {
  it.each([
    ['NUL', NUL],
    ['a lone high surrogate', LONE_HIGH],
    ['a lone low surrogate', LONE_LOW],
  ])('before authentication: register and login with %s → 400 naming the field', async (_label, bad) => {
    const { app } = ctx();
    const post = (url: string, payload: unknown) =>
      app.inject({ method: 'POST', url, payload: payload as object });
    expectRefused(
      await post('/api/v1/auth/register', { email: `x${bad}@example.org`, password: PASSWORD }),
      'body.email',
    );
    expectRefused(
      await post('/api/v1/auth/register', { email: uniqueEmail('r'), password: `${PASSWORD}${bad}` }),
      'body.password',
    );
    expectRefused(
      await post('/api/v1/auth/login', { email: `x${bad}@example.org`, password: PASSWORD }),
      'body.email',
    );
    expectRefused(await post('/api/v1/auth/refresh', { refreshToken: bad }), 'body.refreshToken');
  });

  it.each([
    ['NUL', NUL],
    ['a lone surrogate', LONE_HIGH],
  ])('nested fields, object keys, query strings and read headers with %s', async (_label, bad) => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    expectRefused(await call('POST', '/api/v1/profiles', { fullName: bad }), 'body.fullName');
    expectRefused(
      await call('POST', '/api/v1/profiles', {
        fullName: 'Ann',
        experiences: [{ title: 'Dev', company: 'Acme', bullets: ['fine', bad] }],
      }),
      'body.experiences[0].bullets[1]',
    );
    const keyed = await call('POST', '/api/v1/profiles', { fullName: 'Ann', customFields: { [bad]: 1 } });
    expect(keyed.statusCode).toBe(400);
    expect(keyed.json().error.details.issues[0].path).toMatch(/^body\.customFields/u);
    expectRefused(await call('POST', '/api/v1/jobs', { title: 'Dev', company: bad }), 'body.company');
    expectRefused(
      await call(
        'POST',
        '/api/v1/generations',
        { type: 'resume', jobId: '01JD3N8Q5X7W2V4T6R8P0M2K4H' },
        { 'idempotency-key': bad },
      ),
      'headers.idempotency-key',
    );
    expectRefused(await call('GET', '/api/v1/jobs?q=a%00b'), 'query.q');
    // Nothing half-written: the user still has no profile and no job.
    expect((await call('GET', '/api/v1/profiles')).json().data).toEqual([]);
    expect((await call('GET', '/api/v1/jobs')).json().data).toEqual([]);
  });

  it('a %00 or malformed id in any path is a 400 naming the parameter, on every route', async () => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]!);
      if (names.length === 0) continue;
      for (const method of Object.keys(operations)) {
        for (const hostile of ['%00', 'not-a-ulid', '01JD3N8Q5X7W2V4T6R8P0M2K4H%00', 'x'.repeat(5_000)]) {
          for (const target of names) {
            const url = path.replace(/\{(\w+)\}/gu, (_all, name: string) =>
              name === target ? hostile : '01JD3N8Q5X7W2V4T6R8P0M2K4H',
            );
            const response = await call(
              method.toUpperCase() as 'GET',
              url,
              method === 'get' || method === 'delete' ? undefined : {},
            );
            // Fastify refuses a path parameter over 100 characters itself (414, in the envelope).
            const tooLong = hostile.length > 100;
            expect({ url, method, status: response.statusCode }).toEqual({
              url,
              method,
              status: tooLong ? 414 : 400,
            });
            if (!tooLong) expect(response.json().error.details.issues[0].path).toBe(`params.${target}`);
            expect(response.json().error.code).toMatch(/^[A-Z_]+\.[A-Z_]+$/u);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
