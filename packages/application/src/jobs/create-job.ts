import { Job, type IClock, type IIdGenerator, type IJobRepository, type JobDetails } from '@tailor/domain';
import { keywordsOf } from './job-keywords.js';
import { toJobView, type JobView } from './job-view.js';
import type { ParseJobText } from './parse-job-text.js';

export type CreateJobInput = { userId: string } & ({ details: JobDetails } | { rawText: string });

export class CreateJob {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly parser: ParseJobText,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {}

  /** Saves a structured job, or parses raw posting text first; keywords are extracted either way. */
  async execute(input: CreateJobInput): Promise<JobView> {
    const now = this.clock.now();
    if ('rawText' in input) {
      const parsed = await this.parser.execute({ text: input.rawText });
      const details: JobDetails = {
        ...parsed,
        // A posting whose title cannot be found still gets saved; the user can rename it.
        title: parsed.title ?? 'Untitled posting',
      };
      const job = Job.create({
        id: this.ids.next(),
        ownerId: input.userId,
        source: 'parsed',
        details,
        keywords: keywordsOf(details, parsed.sections),
        now,
      });
      await this.jobs.add(job);
      return toJobView(job);
    }
    const job = Job.create({
      id: this.ids.next(),
      ownerId: input.userId,
      source: 'user_created',
      details: input.details,
      keywords: keywordsOf(input.details),
      now,
    });
    await this.jobs.add(job);
    return toJobView(job);
  }
}
