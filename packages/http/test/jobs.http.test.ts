import { expect, it } from 'vitest';
import { readFixture } from '../../../tests/support/fixtures.js';
import { verifyContainer } from '../src/composition/container.js';
import { buildJobUseCases } from '../src/composition/job-use-cases.js';
import { clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

const devopsPosting = readFixture('jobs/devops-engineer.en.txt');
const teacherPosting = readFixture('jobs/elementary-teacher.en.txt');

const accountant = {
  title: 'Staff Accountant',
  company: 'Northwind Traders',
  remote: 'hybrid',
  description: 'Month-end close, reconciliation and GAAP reporting.',
  requirements: ['GAAP', 'Advanced Microsoft Excel'],
  niceToHave: ['QuickBooks'],
  salaryRange: { min: 55000, max: 65000, currency: 'USD', period: 'year' },
};

describeEachDatabase(
  'job routes',
  (context) => {
    const app = () => context().app;
    const user = async () => {
      const registered = await register(app());
      return { ...registered, call: clientFor(app(), registered.accessToken) };
    };

    it('creates a structured job (201) with keywords, and reads it back', async () => {
      const { call } = await user();
      const created = await call('POST', '/api/v1/jobs', accountant);
      expect(created.statusCode).toBe(201);
      const job = created.json();
      expect(job).toMatchObject({
        title: 'Staff Accountant',
        source: 'user_created',
        applicationStatus: 'saved',
        followUpAt: null,
      });
      expect(job.keywords.required).toEqual(expect.arrayContaining(['GAAP', 'Microsoft Excel']));
      expect((await call('GET', `/api/v1/jobs/${job.id}`)).json()).toEqual(job);
    });

    it('parses raw text: /parse saves nothing, POST {rawText} saves a parsed job', async () => {
      const { call } = await user();
      const parsed = await call('POST', '/api/v1/jobs/parse', { text: devopsPosting });
      expect(parsed.statusCode).toBe(200);
      expect(parsed.json().requirements.length).toBeGreaterThan(0);
      expect(parsed.json().keywords.required.length).toBeGreaterThan(0);
      expect((await call('GET', '/api/v1/jobs')).json().pagination.total).toBe(0);

      const saved = await call('POST', '/api/v1/jobs', { rawText: teacherPosting });
      expect(saved.statusCode).toBe(201);
      expect(saved.json()).toMatchObject({
        source: 'parsed',
        title: 'Elementary School Teacher (Grade 3)',
        company: 'Maple Grove Primary School',
      });
    });

    it('bad input: wrong types 400, rule breaks JOB.VALIDATION naming the field, unknown mixes refused', async () => {
      const { call } = await user();
      expectError(await call('POST', '/api/v1/jobs', { title: 5 }), 400, 'VALIDATION.FAILED');
      expectError(await call('POST', '/api/v1/jobs', { title: 'x'.repeat(300) }), 400, 'JOB.VALIDATION');
      const badUrl = await call('POST', '/api/v1/jobs', { title: 'X', url: 'file:///etc/passwd' });
      expectError(badUrl, 400, 'JOB.VALIDATION');
      expect(badUrl.json().error.details.field).toBe('url');
      expectError(await call('POST', '/api/v1/jobs/parse', { text: '   ' }), 400, 'JOB.NOTHING_TO_PARSE');
      expectError(await call('GET', '/api/v1/jobs?sort=salary:up'), 400, 'VALIDATION.FAILED');
    });

    it('template lists every field', async () => {
      const { call } = await user();
      const template = (await call('GET', '/api/v1/jobs/template')).json();
      expect(Object.keys(template).sort()).toEqual([
        'company',
        'description',
        'employmentType',
        'followUpAt',
        'location',
        'niceToHave',
        'remote',
        'requirements',
        'responsibilities',
        'salaryRange',
        'status',
        'title',
        'url',
        'validThrough',
      ]);
    });

    it('updates with PUT and PATCH, deletes with 204', async () => {
      const { call } = await user();
      const job = (await call('POST', '/api/v1/jobs', accountant)).json();
      const patched = await call('PATCH', `/api/v1/jobs/${job.id}`, {
        followUpAt: '2026-12-01T09:00:00.000Z',
        requirements: ['IFRS'],
      });
      expect(patched.json()).toMatchObject({
        title: 'Staff Accountant',
        followUpAt: '2026-12-01T09:00:00.000Z',
        requirements: ['IFRS'],
      });
      expect(patched.json().keywords.required).toContain('IFRS');
      const put = await call('PUT', `/api/v1/jobs/${job.id}`, { title: 'Bookkeeper' });
      expect(put.json()).toMatchObject({ title: 'Bookkeeper', company: null, followUpAt: null });
      expect((await call('POST', `/api/v1/jobs/${job.id}/analyze`)).statusCode).toBe(200);
      expect((await call('DELETE', `/api/v1/jobs/${job.id}`)).statusCode).toBe(204);
      expectError(await call('GET', `/api/v1/jobs/${job.id}`), 404, 'JOB.NOT_FOUND');
    });

    it('search: q over title, company and description with filters and paging', async () => {
      const { call } = await user();
      await call('POST', '/api/v1/jobs', accountant);
      await call('POST', '/api/v1/jobs', {
        title: 'Registered Nurse',
        company: 'St. Mary',
        remote: 'onsite',
        description: 'Patient care',
      });
      await call('POST', '/api/v1/jobs', {
        title: 'Night Nurse',
        company: 'Northwind Clinics',
        remote: 'onsite',
        followUpAt: '2026-01-05T00:00:00Z',
      });
      const titles = async (query: string) =>
        (await call('GET', `/api/v1/jobs?${query}`)).json().data.map((job: { title: string }) => job.title);
      expect(await titles('q=nurse&sort=title:asc')).toEqual(['Night Nurse', 'Registered Nurse']);
      expect(await titles('q=northwind&sort=title:asc')).toEqual(['Night Nurse', 'Staff Accountant']);
      expect(await titles('q=patient')).toEqual(['Registered Nurse']);
      expect(await titles('remote=hybrid')).toEqual(['Staff Accountant']);
      expect(await titles('company=st.%20mary')).toEqual(['Registered Nurse']);
      expect(await titles('followUpBefore=2026-02-01')).toEqual(['Night Nurse']);
      const paged = (await call('GET', '/api/v1/jobs?size=2&page=2')).json();
      expect(paged.pagination).toEqual({
        page: 2,
        size: 2,
        total: 3,
        pages: 2,
        totalExact: true,
        nextCursor: null,
      });
      expect(paged.data).toHaveLength(1);
    });

    it('search: keyset pages follow nextCursor to the end, and a bad cursor is a 400', async () => {
      const { call } = await user();
      for (const title of ['Nurse A', 'Nurse B', 'Nurse C', 'Nurse D', 'Nurse E'])
        await call('POST', '/api/v1/jobs', { title, company: title.endsWith('C') ? null : 'Ward' });
      const byOffset = (await call('GET', '/api/v1/jobs?q=nurse&sort=company:asc&size=5')).json();
      const seen: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const query: string = `q=nurse&sort=company:asc&size=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page: { data: { id: string }[]; pagination: { nextCursor: string | null } } = (
          await call('GET', `/api/v1/jobs?${query}`)
        ).json();
        expect(page.pagination).toMatchObject({ total: 5, totalExact: true });
        seen.push(...page.data.map((job: { id: string }) => job.id));
        cursor = page.pagination.nextCursor;
      }
      expect(seen).toEqual(byOffset.data.map((job: { id: string }) => job.id));
      const first = (await call('GET', '/api/v1/jobs?size=2')).json().pagination.nextCursor as string;
      expect(first).toEqual(expect.any(String));

      const bad = await call('GET', '/api/v1/jobs?cursor=not-a-cursor');
      expectError(bad, 400, 'VALIDATION.FAILED');
      expect(bad.json().error.details.issues[0].path).toBe('querystring.cursor');
      const otherSort = await call('GET', `/api/v1/jobs?sort=title:asc&cursor=${first}`);
      expectError(otherSort, 400, 'VALIDATION.FAILED');
      expectError(await call('GET', `/api/v1/jobs?page=2&cursor=${first}`), 400, 'VALIDATION.FAILED');
      const forged = Buffer.from(JSON.stringify(['createdAt:desc', 'yesterday', 'x'])).toString('base64url');
      expectError(await call('GET', `/api/v1/jobs?cursor=${forged}`), 400, 'VALIDATION.FAILED');
    });

    it('tracker: moves, notes, timeline, 422 for impossible moves, stats', async () => {
      const { call } = await user();
      const job = (await call('POST', '/api/v1/jobs', accountant)).json();
      const applied = await call('PUT', `/api/v1/jobs/${job.id}/status`, {
        applicationStatus: 'applied',
        note: 'Via the careers page',
        at: '2026-01-10T12:00:00.000Z',
      });
      expect(applied.json().applicationStatus).toBe('applied');
      const note = await call('POST', `/api/v1/jobs/${job.id}/notes`, { text: 'Recruiter: Sam' });
      expect(note.statusCode).toBe(201);
      const backwards = await call('PUT', `/api/v1/jobs/${job.id}/status`, { applicationStatus: 'saved' });
      expectError(backwards, 422, 'JOB.INVALID_TRANSITION');
      expect(backwards.json().error.details.allowed).toEqual([
        'interviewing',
        'offer',
        'accepted',
        'rejected',
        'withdrawn',
      ]);
      expectError(
        await call('PUT', `/api/v1/jobs/${job.id}/status`, { applicationStatus: 'hired' }),
        400,
        'VALIDATION.FAILED',
      );
      expectError(
        await call('PUT', `/api/v1/jobs/${job.id}/status`, {
          applicationStatus: 'offer',
          at: '2099-01-01T00:00:00Z',
        }),
        422,
        'JOB.INVALID_DATE',
      );
      const timeline = (await call('GET', `/api/v1/jobs/${job.id}/timeline`)).json();
      expect(timeline.map((e: { kind: string; note: string | null }) => [e.kind, e.note])).toEqual([
        ['status_change', 'Via the careers page'],
        ['note', 'Recruiter: Sam'],
      ]);
      await call('POST', '/api/v1/jobs', accountant);
      const stats = (await call('GET', '/api/v1/jobs/stats')).json();
      expect(stats.total).toBe(2);
      expect(stats.byStatus).toMatchObject({ saved: 1, applied: 1 });
      expect(stats.conversion[0]).toEqual({
        from: 'saved',
        to: 'applied',
        reached: 2,
        converted: 1,
        rate: 0.5,
      });
    });

    it('catalog: operators import, users search and save a private copy', async () => {
      const { call } = await user();
      const report = await buildJobUseCases(verifyContainer(context().container)).importCatalog.execute({
        postings: [
          {
            title: 'Catalog Welder',
            company: 'Forge & Sons',
            description: 'MIG and TIG welding, blueprint reading.',
            url: `https://jobs.example.org/${Date.now()}`,
          },
        ],
      });
      expect(report.created).toBe(1);
      const found = (await call('GET', '/api/v1/jobs/catalog?q=welder')).json();
      expect(found.data.map((job: { title: string }) => job.title)).toContain('Catalog Welder');
      const catalogId = found.data.find((job: { title: string }) => job.title === 'Catalog Welder').id;
      const saved = await call('POST', `/api/v1/jobs/catalog/${catalogId}/save`);
      expect(saved.statusCode).toBe(201);
      expect(saved.json()).toMatchObject({ source: 'catalog', title: 'Catalog Welder' });
      expectError(await call('GET', `/api/v1/jobs/${catalogId}`), 404, 'JOB.NOT_FOUND');
      expectError(
        await call('POST', '/api/v1/jobs/catalog/01JD3N8Q5X7W2V4T6R8P0M2K4H/save'),
        404,
        'JOB.CATALOG_NOT_FOUND',
      );
    });

    it('another user’s job is 404 on every route and stays unchanged', async () => {
      const owner = await user();
      const intruder = await user();
      const job = (await owner.call('POST', '/api/v1/jobs', accountant)).json();
      const base = `/api/v1/jobs/${job.id}`;
      const attempts: Array<[string, string, unknown?]> = [
        ['GET', base],
        ['PUT', base, { title: 'pwned' }],
        ['PATCH', base, { title: 'pwned' }],
        ['DELETE', base],
        ['POST', `${base}/analyze`],
        ['PUT', `${base}/status`, { applicationStatus: 'withdrawn' }],
        ['GET', `${base}/timeline`],
        ['POST', `${base}/notes`, { text: 'hi' }],
      ];
      for (const [method, url, body] of attempts) {
        expectError(await intruder.call(method as 'GET', url, body), 404, 'JOB.NOT_FOUND');
      }
      expect((await intruder.call('GET', '/api/v1/jobs?q=accountant')).json().pagination.total).toBe(0);
      expect((await owner.call('GET', base)).json()).toEqual(job);
    });

    it('jobs and timelines are in the account export and go with the account', async () => {
      const { call } = await user();
      const job = (await call('POST', '/api/v1/jobs', accountant)).json();
      await call('POST', `/api/v1/jobs/${job.id}/notes`, { text: 'Follow up Monday' });
      const exported = (await call('GET', '/api/v1/auth/me/export')).json();
      expect(exported.llmUsage).toEqual([]);
      expect(exported.jobs).toEqual([
        expect.objectContaining({
          id: job.id,
          timeline: [expect.objectContaining({ note: 'Follow up Monday' })],
        }),
      ]);
      expect((await call('DELETE', '/api/v1/auth/me', { password: 'Correct-horse-9' })).statusCode).toBe(204);
      const stranger = await user();
      expect((await stranger.call('GET', `/api/v1/jobs/${job.id}`)).statusCode).toBe(404);
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000' },
);
