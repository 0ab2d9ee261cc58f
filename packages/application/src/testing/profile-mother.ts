import { PROFILE_LIMITS, Profile, type IIdGenerator, type ProfileContentInput } from '@tailor/domain';
import { SequentialIds } from './fixed-clock.js';

let sequence = 0;
const itemIds = new SequentialIds('item');

interface ProfileOverrides {
  id?: string;
  ownerId?: string;
  isDefault?: boolean;
  now?: Date;
  ids?: IIdGenerator;
  content?: ProfileContentInput;
}

const completeContent = (): ProfileContentInput => ({
  fullName: 'Ada Lovelace',
  headline: 'Senior Backend Engineer',
  email: 'ada@example.org',
  phone: '+44 20 7946 0000',
  location: 'London, UK',
  links: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/in/ada' },
    { label: 'GitHub', url: 'https://github.com/ada' },
  ],
  summary:
    'Backend engineer with ten years of experience building reliable payment and data platforms. ' +
    'I care about clear domain models, fast feedback and systems that page nobody at night.',
  experiences: [
    {
      title: 'Senior Backend Engineer',
      company: 'Analytical Engines Ltd',
      location: 'London',
      startDate: '2021-03',
      endDate: null,
      current: true,
      bullets: [
        'Cut p99 latency of the payments API by 45% by replacing N+1 queries with batched reads',
        'Led a team of 4 engineers through the migration to PostgreSQL 16 with zero downtime',
      ],
      technologies: ['TypeScript', 'PostgreSQL', 'Kafka'],
    },
    {
      title: 'Software Engineer',
      company: 'Difference Co',
      location: 'Manchester',
      startDate: '2016-09',
      endDate: '2021-02',
      current: false,
      bullets: ['Built the reporting pipeline processing 2M events per day', 'Mentored 3 graduate engineers'],
      technologies: ['Java', 'Spark'],
    },
  ],
  education: [
    {
      institution: 'University of London',
      degree: 'BSc',
      field: 'Mathematics',
      location: 'London',
      startDate: '2012-09',
      endDate: '2016-06',
      gpa: '3.8/4.0',
      honors: 'First-class honours',
      coursework: ['Algorithms', 'Number theory'],
    },
  ],
  projects: [
    {
      name: 'Bernoulli',
      description: 'A library computing Bernoulli numbers',
      bullets: ['Used by 1,200 projects'],
      technologies: ['Rust'],
      url: 'https://bernoulli.example.org',
      repoUrl: 'https://github.com/ada/bernoulli',
      startDate: '2019-01',
      endDate: '2019-12',
    },
  ],
  skills: {
    technical: ['TypeScript', 'SQL', 'Distributed systems'],
    soft: ['Mentoring', 'Technical writing'],
    tools: ['Docker', 'Kubernetes'],
  },
  languages: [
    { language: 'English', fluency: 'Native' },
    { language: 'French', fluency: 'Professional' },
  ],
  certifications: [
    {
      name: 'AWS Solutions Architect',
      issuer: 'Amazon',
      date: '2022-05',
      url: 'https://aws.example.org/c/1',
    },
  ],
  customFields: { pronouns: 'she/her' },
});

const build = (overrides: ProfileOverrides, content: ProfileContentInput): Profile => {
  sequence += 1;
  return Profile.create({
    id: overrides.id ?? `profile-${String(sequence).padStart(6, '0')}`,
    ownerId: overrides.ownerId ?? 'user-000001',
    isDefault: overrides.isDefault ?? true,
    content: overrides.content ?? content,
    ids: overrides.ids ?? itemIds,
    now: overrides.now ?? new Date('2026-03-01T10:20:30.456Z'),
  });
};

/** Profiles and profile inputs for tests: valid ones and, under `invalid`, one broken rule each. */
export const ProfileMother = {
  completeContent,
  minimalContent: (): ProfileContentInput => ({ fullName: 'Grace Hopper' }),

  complete(overrides: ProfileOverrides = {}): Profile {
    return build(overrides, completeContent());
  },

  minimal(overrides: ProfileOverrides = {}): Profile {
    return build(overrides, { fullName: 'Grace Hopper' });
  },

  /** Contents that each break exactly one rule, with the error code and path they must produce. */
  invalid: {
    missingFullName: () => ({ ...completeContent(), fullName: '  ' }),
    badEmail: () => ({ ...completeContent(), email: 'not-an-email' }),
    badLinkUrl: () => ({ ...completeContent(), links: [{ label: 'Site', url: 'javascript:alert(1)' }] }),
    badDate: () => ({
      ...completeContent(),
      experiences: [{ title: 'T', company: 'C', startDate: '2020-13' }],
    }),
    endBeforeStart: () => ({
      ...completeContent(),
      experiences: [{ title: 'T', company: 'C', startDate: '2020-05', endDate: '2020-04' }],
    }),
    currentWithEndDate: () => ({
      ...completeContent(),
      experiences: [{ title: 'T', company: 'C', startDate: '2020-05', endDate: '2021-04', current: true }],
    }),
    tooManyExperiences: () => ({
      ...completeContent(),
      experiences: Array.from({ length: PROFILE_LIMITS.experiences + 1 }, () => ({
        title: 'T',
        company: 'C',
      })),
    }),
    bulletTooLong: () => ({
      ...completeContent(),
      experiences: [{ title: 'T', company: 'C', bullets: ['x'.repeat(PROFILE_LIMITS.bullet + 1)] }],
    }),
    summaryTooLong: () => ({ ...completeContent(), summary: 'x'.repeat(PROFILE_LIMITS.summary + 1) }),
  } satisfies Record<string, () => ProfileContentInput>,
};
