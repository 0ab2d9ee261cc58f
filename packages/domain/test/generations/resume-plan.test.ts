import { describe, expect, it } from 'vitest';
import { normaliseProfileContent, type ProfileContentInput } from '../../src/profiles/profile-content.js';
import { compileProfileEvidence, compileResumeEvidence } from '../../src/tailoring/evidence.js';
import { matchReport, type MatchableJob } from '../../src/tailoring/match-report.js';
import { rankProfile } from '../../src/tailoring/ranking.js';
import { assembleResume, planResume, plannedBullets } from '../../src/generations/resume-plan.js';

let n = 0;
const profile = (input: ProfileContentInput) =>
  normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` });

const busy = (i: number) =>
  `Built Go services on Kubernetes for the payments platform, release ${i}, with on-call duty and the runbooks to match`;

// Eight roles of long bullets that all name the job's top keywords: one page cannot hold them, and the only
// mention of Terraform is a short bullet of an old role that ranks below all of them.
const crowded = profile({
  fullName: 'Ada',
  experiences: Array.from({ length: 8 }, (_, r) => ({
    title: 'Engineer',
    company: `Company ${r}`,
    startDate: `${2024 - 2 * r - 2}-01`,
    endDate: r === 0 ? null : `${2024 - 2 * r}-01`,
    current: r === 0,
    bullets: [
      ...Array.from({ length: 6 }, (_, b) => busy(r * 10 + b)),
      ...(r === 6 ? ['Wrote Terraform modules'] : []),
    ],
  })),
});

const job: MatchableJob = {
  title: 'Engineer',
  description: '',
  responsibilities: [],
  requirements: [],
  niceToHave: [],
  keywords: { required: ['Kubernetes', 'Go'], preferred: ['Terraform'] },
};

const options = { maxPages: 1, sections: ['experiences'] as const };

describe('planResume keeps the evidence that earned credit', () => {
  const evidence = compileProfileEvidence(crowded);
  const ranking = rankProfile(crowded, evidence, job);
  const score = (plan: ReturnType<typeof planResume>) =>
    matchReport(
      compileResumeEvidence(
        assembleResume(
          crowded,
          plan,
          plannedBullets(crowded, plan).map((b) => b.original),
          null,
        ),
      ),
      job,
    ).score;

  it('keeps a keyword’s places (up to 3) and its most recent one, past the page budget if need be', () => {
    const plan = planResume(
      crowded,
      ranking,
      { ...options, sections: [...options.sections] },
      { evidence, job },
    );
    const kept = plannedBullets(crowded, plan).map((b) => b.original);
    expect(kept).toContain('Wrote Terraform modules');
    expect(score(plan)).toBe(matchReport(evidence, job).score);
  });

  it('fits the page when nothing of the job is at stake (the same plan without a job to cover)', () => {
    const plan = planResume(crowded, ranking, { ...options, sections: [...options.sections] });
    expect(plan.estimatedLines).toBeLessThanOrEqual(plan.budgetLines);
  });
});

describe('awards the profile keeps', () => {
  const withAwards = profile({
    fullName: 'Dana',
    experiences: [{ title: 'Warehouse Supervisor', company: 'Keystone Distribution', startDate: '2018-04' }],
    customFields: {
      jsonResume: {
        awards: [
          { title: "President's Club", awarder: 'Keystone Distribution', date: '2022-05-01' },
          { title: 'Safety Champion of the Year 2021' },
          { summary: 'An entry with no title prints nothing' },
        ],
      },
    },
  });
  const plan = planResume(withAwards, rankProfile(withAwards, compileProfileEvidence(withAwards), job), {
    maxPages: 1,
    sections: ['experiences'],
  });

  it('are printed one a line, with their awarder and year, whatever sections were chosen', () => {
    expect(assembleResume(withAwards, plan, [], null).awards).toEqual([
      "President's Club — Keystone Distribution (2022)",
      'Safety Champion of the Year 2021',
    ]);
  });

  it('and are none when the profile keeps none', () => {
    expect(
      assembleResume(
        crowded,
        planResume(crowded, rankProfile(crowded, compileProfileEvidence(crowded), job), {
          ...options,
          sections: [...options.sections],
        }),
        [],
        null,
      ).awards,
    ).toEqual([]);
  });
});

describe('volunteer work and publications the profile keeps', () => {
  const keptSections = {
    jsonResume: {
      volunteer: [
        { position: 'Volunteer Coordinator', organization: 'Harrisburg Food Bank', startDate: '2019-01' },
        { organization: 'Habitat for Humanity', startDate: '2016', endDate: '2017' },
        { summary: 'An entry with no role or organisation prints nothing' },
      ],
      publications: [
        { name: 'Cross-docking without tears', publisher: 'Logistics Today', releaseDate: '2023-03' },
      ],
    },
  };
  const resumeOf = (input: ProfileContentInput) => {
    const p = profile(input);
    const plan = planResume(p, rankProfile(p, compileProfileEvidence(p), job), {
      maxPages: 1,
      sections: ['experiences'],
    });
    return { plan, resume: assembleResume(p, plan, [], null) };
  };

  it('are printed as the person states them when the page has room', () => {
    const { plan, resume } = resumeOf({
      fullName: 'Dana',
      experiences: [
        { title: 'Warehouse Supervisor', company: 'Keystone Distribution', startDate: '2018-04' },
      ],
      customFields: keptSections,
    });
    expect(resume.volunteer).toEqual([
      {
        position: 'Volunteer Coordinator',
        organization: 'Harrisburg Food Bank',
        startDate: '2019-01',
        endDate: null,
      },
      { position: null, organization: 'Habitat for Humanity', startDate: '2016', endDate: '2017' },
    ]);
    expect(resume.publications).toEqual(['Cross-docking without tears — Logistics Today (2023)']);
    expect(plan.estimatedLines).toBeLessThanOrEqual(plan.budgetLines);
  });

  it('do not take the place of experience on a full page', () => {
    const { resume } = resumeOf({
      ...crowded,
      customFields: keptSections,
    } as unknown as ProfileContentInput);
    expect(resume.volunteer).toEqual([]);
    expect(resume.publications).toEqual([]);
  });
});
