import { expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../../../tests/support/fixtures.js';
import { clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

const resume = jsonResumeExample('seniorEngineer');
const devops = readFixture('jobs/devops-engineer.en.txt');
const nurse = readFixture('jobs/registered-nurse.en.txt');

describeEachDatabase(
  'match and ranking routes',
  (context) => {
    const app = () => context().app;
    const user = async () => {
      const registered = await register(app());
      return { ...registered, call: clientFor(app(), registered.accessToken) };
    };

    it('explains the match of the default profile, deterministically, and ranks its content', async () => {
      const { call } = await user();
      const profile = (
        await call('POST', '/api/v1/profiles/import', { format: 'json-resume', data: resume })
      ).json();
      const engineering = (await call('POST', '/api/v1/jobs', { rawText: devops })).json();
      const nursing = (await call('POST', '/api/v1/jobs', { rawText: nurse })).json();

      const match = await call('GET', `/api/v1/jobs/${engineering.id}/match`);
      expect(match.statusCode).toBe(200);
      const report = match.json();
      expect(report).toMatchObject({
        jobId: engineering.id,
        profileId: profile.id,
        scoringVersion: expect.any(String),
      });
      expect(report.required.matched.length).toBeGreaterThan(0);
      // Evidence points at real items of the profile.
      for (const matched of report.required.matched) {
        for (const evidence of matched.evidence) {
          if (['experiences', 'education', 'projects'].includes(evidence.section)) {
            expect(profile[evidence.section].map((item: { id: string }) => item.id)).toContain(
              evidence.itemId,
            );
          }
        }
      }
      const again = await call('GET', `/api/v1/jobs/${engineering.id}/match?profileId=${profile.id}`);
      expect(again.body).toBe(match.body);

      const nursingScore = (await call('GET', `/api/v1/jobs/${nursing.id}/match`)).json().score;
      expect(report.score).toBeGreaterThan(nursingScore);

      const ranking = (await call('GET', `/api/v1/jobs/${engineering.id}/ranking`)).json();
      expect(ranking.experiences).toHaveLength(profile.experiences.length);
      const scores = ranking.experiences.map((item: { score: number }) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('404 for another user’s job or profile, and without a default profile', async () => {
      const owner = await user();
      const intruder = await user();
      const profile = (await owner.call('POST', '/api/v1/profiles', { fullName: 'Owner' })).json();
      const job = (await owner.call('POST', '/api/v1/jobs', { title: 'Nurse' })).json();
      const ownJob = (await intruder.call('POST', '/api/v1/jobs', { title: 'Nurse' })).json();
      for (const path of ['match', 'ranking']) {
        expectError(await intruder.call('GET', `/api/v1/jobs/${job.id}/${path}`), 404, 'JOB.NOT_FOUND');
        expectError(
          await intruder.call('GET', `/api/v1/jobs/${ownJob.id}/${path}?profileId=${profile.id}`),
          404,
          'PROFILE.NOT_FOUND',
        );
        expectError(
          await intruder.call('GET', `/api/v1/jobs/${ownJob.id}/${path}`),
          404,
          'PROFILE.NOT_FOUND',
        );
      }
    });
  },
  { AUTH_RATE_LIMIT_MAX: '10000' },
);
