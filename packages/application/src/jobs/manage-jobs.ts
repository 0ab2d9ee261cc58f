import {
  Job,
  JobErrors,
  type IClock,
  type IJobRepository,
  type JobDetails,
  type JobSearch,
} from '@tailor/domain';
import { readJobTextInPlace, type JobTextReader } from './job-keywords.js';
import { toJobView, toJobViewPage, type JobView, type JobViewPage } from './job-view.js';

async function ownJob(jobs: IJobRepository, userId: string, jobId: string): Promise<Job> {
  const job = await jobs.findById(userId, jobId);
  if (!job) throw JobErrors.notFound();
  return job;
}

export class GetJob {
  constructor(private readonly jobs: IJobRepository) {}

  async execute(input: { userId: string; jobId: string }): Promise<JobView> {
    return toJobView(await ownJob(this.jobs, input.userId, input.jobId));
  }
}

export class ListJobs {
  constructor(private readonly jobs: IJobRepository) {}

  async execute(input: { userId: string; search: JobSearch }): Promise<JobViewPage> {
    return toJobViewPage(await this.jobs.search(input.userId, input.search));
  }
}

/** PUT replaces the details; PATCH sends only what changes. Keywords follow the new text either way. */
export class UpdateJob {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly clock: IClock,
    private readonly readText: JobTextReader = readJobTextInPlace,
  ) {}

  async execute(input: {
    userId: string;
    jobId: string;
    details: JobDetails;
    partial: boolean;
  }): Promise<JobView> {
    const job = await ownJob(this.jobs, input.userId, input.jobId);
    const details = input.partial ? { ...job.details(), ...input.details } : input.details;
    Job.check(details);
    const { keywords, layout, knockouts } = await this.readText(details);
    job.update(details, keywords, this.clock.now(), { layout, knockouts });
    if (!(await this.jobs.save(job))) throw JobErrors.notFound();
    return toJobView(job);
  }
}

export class DeleteJob {
  constructor(private readonly jobs: IJobRepository) {}

  async execute(input: { userId: string; jobId: string }): Promise<void> {
    if (!(await this.jobs.delete(input.userId, input.jobId))) throw JobErrors.notFound();
  }
}

/** Re-extracts and stores the job's keywords (after a vocabulary update, say). */
export class AnalyzeJob {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly clock: IClock,
    private readonly readText: JobTextReader = readJobTextInPlace,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<JobView> {
    const job = await ownJob(this.jobs, input.userId, input.jobId);
    const { keywords } = await this.readText(job.details());
    job.setKeywords(keywords, this.clock.now());
    await this.jobs.save(job);
    return toJobView(job);
  }
}

export { ownJob };
