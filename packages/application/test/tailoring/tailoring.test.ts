import { describe, expect, it } from 'vitest';
import { JobMother, ProfileMother, createInMemoryRepositories } from '../../src/testing/index.js';
import { CheckTruthfulness, GetJobMatch, GetJobRanking } from '../../src/tailoring/tailoring-use-cases.js';

async function setup() {
  const repos = createInMemoryRepositories();
  const deps = { profiles: repos.profiles, jobs: repos.jobs };
  const mine = ProfileMother.complete({ ownerId: 'u1', isDefault: true });
  const theirs = ProfileMother.complete({ ownerId: 'u2', isDefault: true });
  await repos.profiles.add(mine);
  await repos.profiles.add(theirs);
  const job = JobMother.create({ ownerId: 'u1' });
  const otherJob = JobMother.create({ ownerId: 'u2' });
  await repos.jobs.add(job);
  await repos.jobs.add(otherJob);
  return { deps, mine, theirs, job, otherJob };
}

describe('tailoring use cases', () => {
  it('matches the default profile when none is named, and the named one otherwise', async () => {
    const { deps, mine, job } = await setup();
    const byDefault = await new GetJobMatch(deps).execute({ userId: 'u1', jobId: job.id });
    const named = await new GetJobMatch(deps).execute({ userId: 'u1', jobId: job.id, profileId: mine.id });
    expect(byDefault.profileId).toBe(mine.id);
    expect(JSON.stringify(byDefault)).toBe(JSON.stringify(named));
    expect(byDefault.report.required.matched.map((m) => m.keyword)).toEqual(['TypeScript', 'PostgreSQL']);
    expect(byDefault.report.score).toBeGreaterThan(0);
  });

  it("reports another user's job or profile as missing", async () => {
    const { deps, theirs, job, otherJob } = await setup();
    const match = new GetJobMatch(deps);
    await expect(match.execute({ userId: 'u1', jobId: otherJob.id })).rejects.toMatchObject({
      code: 'JOB.NOT_FOUND',
    });
    await expect(match.execute({ userId: 'u1', jobId: job.id, profileId: theirs.id })).rejects.toMatchObject({
      code: 'PROFILE.NOT_FOUND',
    });
    await expect(new GetJobRanking(deps).execute({ userId: 'u3', jobId: job.id })).rejects.toMatchObject({
      code: 'JOB.NOT_FOUND',
    });
  });

  it('ranks the profile for the job', async () => {
    const { deps, job } = await setup();
    const { ranking } = await new GetJobRanking(deps).execute({ userId: 'u1', jobId: job.id });
    expect(ranking.experiences[0]?.keywords).toContain('TypeScript');
  });

  it('checks a generated text against the profile', async () => {
    const { mine } = await setup();
    const report = new CheckTruthfulness().execute({
      profile: mine.toPrimitives(),
      document: {
        kind: 'text',
        text: 'I cut p99 latency by 45% and led a team of 4 engineers. I also ran Salesforce.',
      },
    });
    expect(report.claims.filter((c) => c.verdict === 'unsupported').map((c) => c.text)).toEqual([
      'Salesforce',
    ]);
  });
});
