import { expect, it } from 'vitest';
import {
  JSON_RESUME_EXAMPLES,
  fixtureFiles,
  jsonResumeExample,
  readFixture,
  type JsonResumeExample,
} from '../../../tests/support/fixtures.js';
import { clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

// The JSON Resume examples of @jsonresume/schema and ours (Polish, Chinese, FRESH-style `company`).
const exampleResumes = [
  ...(Object.keys(JSON_RESUME_EXAMPLES) as JsonResumeExample[]).map((name) => ({
    name,
    load: () => jsonResumeExample(name),
  })),
  ...fixtureFiles('resumes/json', '.json').map((name) => ({
    name,
    load: () => JSON.parse(readFixture(`resumes/json/${name}`)) as Record<string, unknown>,
  })),
];

const ada = {
  fullName: 'Ada Lovelace',
  headline: 'Analytical engineer',
  email: 'ada@example.org',
  summary: 'Engineer who writes programs for the Analytical Engine and explains them clearly to others.',
  experiences: [
    {
      title: 'Engineer',
      company: 'Analytical Engines Ltd',
      startDate: '2019-01',
      endDate: '2021-06',
      bullets: ['Wrote the first published algorithm', 'Cut computation time by 30%'],
      technologies: ['Punched cards'],
    },
    {
      title: 'Consultant',
      company: 'Babbage & Co',
      startDate: '2021-07',
      current: true,
      bullets: ['Advised on notation'],
    },
  ],
  education: [
    {
      institution: 'University of London',
      degree: 'BSc',
      field: 'Mathematics',
      startDate: '2015',
      endDate: '2018',
    },
  ],
  skills: { technical: ['Mathematics', 'Algorithms'], soft: ['Writing'], tools: [] },
};

describeEachDatabase(
  'profile routes',
  (context) => {
    const app = () => context().app;
    const user = async () => {
      const registered = await register(app());
      return { ...registered, call: clientFor(app(), registered.accessToken) };
    };

    it('create → 201 (the first is the default) → read → list → /me', async () => {
      const { call } = await user();
      const created = await call('POST', '/api/v1/profiles', ada);
      expect(created.statusCode).toBe(201);
      const profile = created.json();
      expect(profile).toMatchObject({ fullName: 'Ada Lovelace', isDefault: true, version: 1 });
      expect(profile.experiences.map((e: { id: string }) => e.id)).toEqual([
        expect.stringMatching(/^[0-9A-Z]{26}$/),
        expect.stringMatching(/^[0-9A-Z]{26}$/),
      ]);
      const second = (await call('POST', '/api/v1/profiles', { fullName: 'Ada (academic)' })).json();
      expect(second.isDefault).toBe(false);

      const read = await call('GET', `/api/v1/profiles/${profile.id}`);
      expect(read.headers.etag).toBe('"1"');
      expect(read.json()).toEqual(profile);
      const list = (await call('GET', '/api/v1/profiles?size=1')).json();
      expect(list.pagination).toEqual({ page: 1, size: 1, total: 2, pages: 2 });
      expect(list.data[0].id).toBe(profile.id);
      expect((await call('GET', '/api/v1/profiles/me')).json().id).toBe(profile.id);

      const switched = await call('PATCH', `/api/v1/profiles/${second.id}`, { isDefault: true });
      expect(switched.json().isDefault).toBe(true);
      expect((await call('GET', '/api/v1/profiles/me')).json().id).toBe(second.id);
    });

    it('/me is 404 when the user has no profile', async () => {
      const { call } = await user();
      expectError(await call('GET', '/api/v1/profiles/me'), 404, 'PROFILE.NOT_FOUND');
    });

    it('bad input: 400 for types, PROFILE.VALIDATION with paths for rules, 422 for an end before its start', async () => {
      const { call } = await user();
      expectError(await call('POST', '/api/v1/profiles', { fullName: 42 }), 400, 'VALIDATION.FAILED');
      const invalid = await call('POST', '/api/v1/profiles', {
        fullName: 'X',
        email: 'not-an-email',
        links: [{ label: 'x', url: 'ftp://x' }],
      });
      expectError(invalid, 400, 'PROFILE.VALIDATION');
      expect(JSON.stringify(invalid.json().error.details)).toContain('email');
      const range = await call('POST', '/api/v1/profiles', {
        fullName: 'X',
        experiences: [{ title: 'T', company: 'C', startDate: '2022-05', endDate: '2021-01' }],
      });
      expectError(range, 422, 'PROFILE.INVALID_DATE_RANGE');
      expectError(await call('GET', '/api/v1/profiles?size=500'), 400, 'VALIDATION.FAILED');
    });

    it('optimistic concurrency: a stale version (body or If-Match) → 409 and nothing changes', async () => {
      const { call } = await user();
      const profile = (await call('POST', '/api/v1/profiles', ada)).json();
      const updated = await call('PATCH', `/api/v1/profiles/${profile.id}`, { headline: 'New', version: 1 });
      expect(updated.json()).toMatchObject({ headline: 'New', version: 2 });
      expectError(
        await call('PATCH', `/api/v1/profiles/${profile.id}`, { headline: 'Stale', version: 1 }),
        409,
        'PROFILE.VERSION_CONFLICT',
      );
      expectError(
        await call('PUT', `/api/v1/profiles/${profile.id}`, { fullName: 'Stale' }, { 'if-match': '"1"' }),
        409,
        'PROFILE.VERSION_CONFLICT',
      );
      expectError(
        await call('PUT', `/api/v1/profiles/${profile.id}`, { fullName: 'x' }, { 'if-match': 'abc' }),
        400,
        'VALIDATION.FAILED',
      );
      const after = (await call('GET', `/api/v1/profiles/${profile.id}`)).json();
      expect(after).toMatchObject({ headline: 'New', fullName: 'Ada Lovelace', version: 2 });
      const replaced = await call(
        'PUT',
        `/api/v1/profiles/${profile.id}`,
        { ...ada, fullName: 'Ada King' },
        { 'if-match': '"2"' },
      );
      expect(replaced.json()).toMatchObject({ fullName: 'Ada King', version: 3 });
    });

    it('items: add, replace, reorder, remove — ids stay stable', async () => {
      const { call } = await user();
      const profile = (await call('POST', '/api/v1/profiles', ada)).json();
      const [first, second] = profile.experiences;
      const added = await call('POST', `/api/v1/profiles/${profile.id}/projects`, {
        name: 'Difference Engine notes',
        bullets: ['Annotated'],
      });
      expect(added.statusCode).toBe(201);
      expect(added.json().profile.projects).toHaveLength(1);

      const replaced = await call('PUT', `/api/v1/profiles/${profile.id}/experiences/${first.id}`, {
        ...ada.experiences[0],
        title: 'Lead Engineer',
      });
      expect(replaced.json().item).toMatchObject({ id: first.id, title: 'Lead Engineer' });

      const reordered = await call('PATCH', `/api/v1/profiles/${profile.id}`, {
        order: { experiences: [second.id, first.id] },
      });
      expect(reordered.json().experiences.map((e: { id: string }) => e.id)).toEqual([second.id, first.id]);

      expect(
        (await call('DELETE', `/api/v1/profiles/${profile.id}/experiences/${second.id}`)).statusCode,
      ).toBe(204);
      expectError(
        await call('DELETE', `/api/v1/profiles/${profile.id}/experiences/${second.id}`),
        404,
        'PROFILE.ITEM_NOT_FOUND',
      );
      const education = await call('POST', `/api/v1/profiles/${profile.id}/education`, {
        institution: 'Cambridge',
        degree: 'MSc',
      });
      expect(education.statusCode).toBe(201);
      const skills = await call('PUT', `/api/v1/profiles/${profile.id}/skills`, {
        technical: ['Analysis'],
        soft: [],
        tools: ['Loom'],
      });
      expect(skills.json().skills).toEqual({ technical: ['Analysis'], soft: [], tools: ['Loom'] });
    });

    it('analytics, summary and JSON Resume export', async () => {
      const { call } = await user();
      const profile = (await call('POST', '/api/v1/profiles', ada)).json();
      const analytics = (await call('GET', `/api/v1/profiles/${profile.id}/analytics`)).json();
      expect(analytics.score).toBeGreaterThan(30);
      expect(analytics.score).toBeLessThan(100);
      expect(analytics.missing).toContain('phone');
      expect(analytics.suggestions.length).toBeGreaterThan(0);
      const summary = (await call('GET', `/api/v1/profiles/${profile.id}/summary`)).json();
      expect(summary.text).toContain('Analytical Engines Ltd');
      const exported = await call('GET', `/api/v1/profiles/${profile.id}/export?format=json-resume`);
      expect(exported.json()).toMatchObject({
        basics: { name: 'Ada Lovelace' },
        work: [
          expect.objectContaining({ name: 'Analytical Engines Ltd' }),
          expect.objectContaining({ name: 'Babbage & Co' }),
        ],
      });
      expectError(
        await call('GET', `/api/v1/profiles/${profile.id}/export?format=pdf`),
        400,
        'VALIDATION.FAILED',
      );
    });

    it.each(exampleResumes)('imports $name and exports what it imported', async ({ load }) => {
      const { call } = await user();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fields are asserted one by one
      const data: Record<string, any> = load();
      const imported = await call('POST', '/api/v1/profiles/import', { format: 'json-resume', data });
      expect(imported.statusCode).toBe(201);
      const exported = (await call('GET', `/api/v1/profiles/${imported.json().id}/export`)).json();
      expect(exported.basics.name).toBe(data.basics.name);
      // FRESH-style resumes name the employer `company`; JSON Resume calls it `name`.
      const employers = (work: Array<{ name?: string; company?: string }> = []) =>
        work.map((w) => w.name ?? w.company);
      expect(employers(exported.work)).toEqual(employers(data.work));
    });

    it('another user’s profile and items are 404 everywhere, and stay unchanged', async () => {
      const owner = await user();
      const intruder = await user();
      const profile = (await owner.call('POST', '/api/v1/profiles', ada)).json();
      const item = profile.experiences[0].id;
      const base = `/api/v1/profiles/${profile.id}`;
      const attempts: Array<[string, string, unknown?]> = [
        ['GET', base],
        ['PUT', base, ada],
        ['PATCH', base, { headline: 'pwned' }],
        ['PATCH', base, { isDefault: true }],
        ['DELETE', base],
        ['POST', `${base}/experiences`, { title: 'x', company: 'y' }],
        ['PUT', `${base}/experiences/${item}`, { title: 'x', company: 'y' }],
        ['DELETE', `${base}/experiences/${item}`],
        ['PUT', `${base}/skills`, { technical: ['x'] }],
        ['GET', `${base}/analytics`],
        ['GET', `${base}/summary`],
        ['GET', `${base}/export`],
      ];
      for (const [method, url, body] of attempts) {
        expectError(await intruder.call(method as 'GET', url, body), 404, 'PROFILE.NOT_FOUND');
      }
      // An item id of the owner's profile used on the intruder's own profile is unknown there too.
      const own = (await intruder.call('POST', '/api/v1/profiles', { fullName: 'Intruder' })).json();
      expectError(
        await intruder.call('DELETE', `/api/v1/profiles/${own.id}/experiences/${item}`),
        404,
        'PROFILE.ITEM_NOT_FOUND',
      );
      expect((await owner.call('GET', base)).json()).toEqual(profile);
      expect((await intruder.call('GET', '/api/v1/profiles')).json().pagination.total).toBe(1);
    });

    it('deleting the default profile promotes the oldest remaining one', async () => {
      const { call } = await user();
      const first = (await call('POST', '/api/v1/profiles', { fullName: 'One' })).json();
      const second = (await call('POST', '/api/v1/profiles', { fullName: 'Two' })).json();
      expect((await call('DELETE', `/api/v1/profiles/${first.id}`)).statusCode).toBe(204);
      expect((await call('GET', '/api/v1/profiles/me')).json().id).toBe(second.id);
    });

    it('profiles are in the account export and go with the account', async () => {
      const { call } = await user();
      const profile = (await call('POST', '/api/v1/profiles', ada)).json();
      const exported = (await call('GET', '/api/v1/auth/me/export')).json();
      expect(exported.profiles).toEqual([
        expect.objectContaining({
          id: profile.id,
          jsonResume: expect.objectContaining({ basics: expect.any(Object) }),
        }),
      ]);
      expect((await call('DELETE', '/api/v1/auth/me', { password: 'Correct-horse-9' })).statusCode).toBe(204);
      const stranger = await user();
      expectError(await stranger.call('GET', `/api/v1/profiles/${profile.id}`), 404, 'PROFILE.NOT_FOUND');
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000' },
);
