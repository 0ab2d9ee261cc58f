import { Job, type JobDetails, type JobSource } from '@tailor/domain';

let sequence = 0;

/** Valid jobs for tests; ids sort in creation order. */
export const JobMother = {
  create(
    overrides: Partial<JobDetails> & {
      id?: string;
      ownerId?: string | null;
      source?: JobSource;
      now?: Date;
      keywords?: { required: string[]; preferred: string[] };
    } = {},
  ): Job {
    sequence += 1;
    const { id, ownerId, source, now, keywords, ...details } = overrides;
    return Job.create({
      id: id ?? `job-${String(sequence).padStart(6, '0')}`,
      ownerId: ownerId === undefined ? 'owner-1' : ownerId,
      source: source ?? 'user_created',
      details: {
        title: 'Senior Backend Engineer',
        company: 'Acme Analytics',
        location: 'Berlin, Germany',
        remote: 'hybrid',
        employmentType: 'full_time',
        description: 'Build data pipelines in TypeScript and PostgreSQL for our analytics platform.',
        requirements: ['5+ years of TypeScript', 'PostgreSQL in production'],
        niceToHave: ['Kubernetes'],
        salaryRange: { min: 70_000, max: 90_000, currency: 'EUR', period: 'year' },
        url: null,
        ...details,
      },
      keywords: keywords ?? { required: ['TypeScript', 'PostgreSQL'], preferred: ['Kubernetes'] },
      now: now ?? new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)),
    });
  },
};
