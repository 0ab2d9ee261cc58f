import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolve } from '../../src/composition/container.js';
import { TOKENS } from '../../src/composition/tokens.js';
import { register } from '../http-helpers.js';
import { buildTestApp, type TestApp } from '../test-app.js';

/**
 * Requests whose work must not land on the event loop, found by the round-14 attack probe: pasted posting text
 * (parsed on the request's thread: up to a second for 200,000 characters of punctuation), JSON nested a
 * million levels (a second in `JSON.parse` before the depth rule refused it) and multipart bodies the parser
 * cannot read (500 instead of 400).
 */
describe('work a single request may put on the event loop', () => {
  let testApp: TestApp;
  let token: string;
  let userId: string;
  beforeAll(async () => {
    testApp = await buildTestApp({ AUTH_RATE_LIMIT_MAX: '1000' });
    await testApp.app.ready();
    const user = await register(testApp.app);
    token = user.accessToken;
    userId = user.user.id;
  });
  afterAll(() => testApp.app.close());
  afterEach(() => vi.restoreAllMocks());

  const post = (url: string, payload: string, contentType = 'application/json') =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      payload,
    });

  it('a long pasted posting is parsed in a document worker, for /jobs/parse and for a new job', async () => {
    const pool = resolve(testApp.container, TOKENS.documentWorkers);
    const run = vi.spyOn(pool, 'run');
    // Short postings are parsed in place (a few milliseconds); this one is past INLINE_POSTING_CHARS.
    const posting = `Nurse\nRequirements\n- Licence\n${' .,;•-·*–—'.repeat(2_500)}`;
    const parsed = await post('/api/v1/jobs/parse', JSON.stringify({ text: posting }));
    expect(parsed.statusCode).toBe(200);
    expect(parsed.json().title).toBe('Nurse');
    const created = await post('/api/v1/jobs', JSON.stringify({ rawText: posting }));
    expect(created.statusCode).toBe(201);
    const short = await post(
      '/api/v1/jobs/parse',
      JSON.stringify({ text: 'Nurse\nRequirements\n- Licence' }),
    );
    expect(short.statusCode).toBe(200);
    const kinds = run.mock.calls.map(([job]) => ('kind' in job ? job.kind : 'render'));
    // The new job's keywords and layout are read there too (next test).
    expect(kinds).toEqual(['parse_posting', 'parse_posting', 'read_job_text']);
  });

  it("a long job's keywords and layout are read in a document worker, on create, update and analysis", async () => {
    const pool = resolve(testApp.container, TOKENS.documentWorkers);
    const run = vi.spyOn(pool, 'run');
    // Past INLINE_POSTING_CHARS in the lists alone: 100 items of 300 characters.
    const item = 'Experience with Kubernetes and PostgreSQL in production, '.repeat(5);
    const requirements = Array.from({ length: 100 }, (_, index) => `${index}. ${item}`);
    const created = await post('/api/v1/jobs', JSON.stringify({ title: 'Engineer', requirements }));
    expect(created.statusCode).toBe(201);
    expect(created.json().keywords.required).toEqual(expect.arrayContaining(['Kubernetes', 'PostgreSQL']));
    const id = created.json().id as string;
    const patched = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/v1/jobs/${id}`,
      headers: { authorization: `Bearer ${token}` },
      payload: { description: `Requirements\n${requirements.join('\n')}` },
    });
    expect(patched.statusCode).toBe(200);
    expect((await post(`/api/v1/jobs/${id}/analyze`, '{}')).statusCode).toBe(200);
    const parsed = await post(
      '/api/v1/jobs/parse',
      JSON.stringify({ text: `Engineer\nRequirements\n${requirements.join('\n')}` }),
    );
    expect(parsed.json().keywords.required).toEqual(expect.arrayContaining(['Kubernetes']));
    // A usual job is read where it arrives.
    expect(
      (await post('/api/v1/jobs', JSON.stringify({ title: 'Nurse', requirements: ['BLS'] }))).statusCode,
    ).toBe(201);
    const kinds = run.mock.calls.map(([job]) => ('kind' in job ? job.kind : 'render'));
    expect(kinds).toEqual(['read_job_text', 'read_job_text', 'read_job_text', 'parse_posting']);
    // What the worker read is what is stored: the layout of the description as written.
    const job = await resolve(testApp.container, TOKENS.repositories).jobs.findById(userId, id);
    expect(job?.toPrimitives().layout?.sections[0]?.items).toHaveLength(100);
  });

  it('a body nested deeper than the depth rule is refused before it is parsed', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    const response = await post('/api/v1/profiles', deep);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION.FAILED',
      details: { issues: [{ path: 'body', message: 'must not be nested more than 32 levels deep' }] },
    });
    expect(parse.mock.calls.some(([text]) => typeof text === 'string' && text.length > 100_000)).toBe(false);
    // Brackets inside strings are text, and 32 levels are still allowed.
    const allowed = `${'['.repeat(31)}"${'['.repeat(100)}"${']'.repeat(31)}`;
    const issues = (await post('/api/v1/jobs/parse', `{"text":${allowed}}`)).json().error.details.issues;
    expect(issues.map((issue: { message: string }) => issue.message)).not.toContain(
      'must not be nested more than 32 levels deep',
    );
  });

  it('an object with more keys than any request needs is refused before it is parsed', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const keys = JSON.stringify(
      Object.fromEntries(Array.from({ length: 60_000 }, (_, index) => [`k${index}`, 1])),
    );
    const response = await post('/api/v1/jobs/parse', keys);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues).toEqual([
      { path: 'body', message: 'must not have more than 1000 keys in one object' },
    ]);
    expect(parse.mock.calls.some(([text]) => typeof text === 'string' && text.length > 100_000)).toBe(false);
    // Colons in strings and the keys of different objects are not counted together.
    const many = JSON.stringify({
      text: 'a:b:c'.repeat(2_000),
      items: Array.from({ length: 600 }, (_, index) => ({ [`k${index}`]: 1, b: 2 })),
    });
    expect((await post('/api/v1/jobs/parse', many)).json().error.details.issues[0].message).not.toMatch(
      /keys/u,
    );
  });

  it.each([
    ['without a boundary', 'multipart/form-data', 'Jane Roe'],
    [
      'ending before its closing boundary',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n\r\nJane Roe',
    ],
  ])('a multipart body %s is a 400 IMPORT.INVALID_FORM, not a 500', async (_label, contentType, body) => {
    for (const url of ['/api/v1/profiles/import/file', '/api/v1/samples']) {
      const response = await post(url, body, contentType);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('IMPORT.INVALID_FORM');
    }
  });
});
