import { expect, it } from 'vitest';
import { clientFor, register } from '../http-helpers.js';
import { describeEachDatabase } from '../test-app.js';

const MAX_ERROR_BODY_BYTES = 16 * 1024;
// A megabyte of `{},` is ~340,000 empty items: before the fix each one was validated and reported (12–19 s).
const manyEmpty = (count: number) => Array.from({ length: count }, () => ({}));
const HUGE = manyEmpty(340_000);
// Generous for a shared 2-core machine; the unbounded version took several seconds per request.
const FAST_MS = 3_000;

describeEachDatabase('validation amplification', (ctx) => {
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };

  it.each([
    ['POST', '/api/v1/profiles', (items: unknown[]) => ({ fullName: 'Ann', experiences: items })],
    ['POST', '/api/v1/profiles', (items: unknown[]) => ({ fullName: 'Ann', links: items })],
    ['POST', '/api/v1/profiles', (items: unknown[]) => ({ fullName: 'Ann', skills: { technical: items } })],
    ['POST', '/api/v1/jobs', (items: unknown[]) => ({ title: 'Dev', company: 'Acme', requirements: items })],
  ])('%s %s with a huge array answers 400 fast with at most 20 issues', async (method, url, body) => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    const payload = JSON.stringify(body(HUGE));
    expect(payload.length).toBeLessThan(1_048_576);
    const { result: response, ms } = await timed(() =>
      call(method as 'POST', url, payload, { 'content-type': 'application/json' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(MAX_ERROR_BODY_BYTES);
    const details = response.json().error.details as { issues: unknown[] };
    expect(details.issues.length).toBeGreaterThan(0);
    expect(details.issues.length).toBeLessThanOrEqual(20);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('PUT and PATCH are bounded too', async () => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    const created = await call('POST', '/api/v1/profiles', { fullName: 'Ann' });
    const id = created.json().id as string;
    const payload = JSON.stringify({ fullName: 'Ann', experiences: HUGE });
    for (const method of ['PUT', 'PATCH'] as const) {
      const { result: response, ms } = await timed(() =>
        call(method, `/api/v1/profiles/${id}`, payload, { 'content-type': 'application/json' }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.body.length).toBeLessThan(MAX_ERROR_BODY_BYTES);
      expect(ms).toBeLessThan(FAST_MS);
    }
  });

  it('an error lists at most 20 issues and says how many more there were', async () => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    // 30 experiences (within the count limit) each missing two required fields: 60 real issues.
    const response = await call('POST', '/api/v1/profiles', { fullName: 'Ann', experiences: manyEmpty(30) });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { issues: unknown[]; moreIssues: number };
    expect(details.issues).toHaveLength(20);
    expect(details.moreIssues).toBe(40);
  });

  it('wrong types in a long array are reported at most 20 times', async () => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    const response = await call('POST', '/api/v1/profiles', {
      fullName: 'Ann',
      experiences: Array.from({ length: 40 }, () => 7),
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { issues: unknown[]; moreIssues: number };
    expect(details.issues).toHaveLength(20);
    expect(details.moreIssues).toBe(20);
  });

  it('deep nesting is refused before validation', async () => {
    const { app } = ctx();
    const user = await register(app);
    const call = clientFor(app, user.accessToken);
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const response = await call('POST', '/api/v1/profiles', `{"fullName":"Ann","customFields":${deep}}`, {
      'content-type': 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION.FAILED');
    expect(response.body.length).toBeLessThan(MAX_ERROR_BODY_BYTES);
  });
});
