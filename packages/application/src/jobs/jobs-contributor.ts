import type { IAccountDataContributor, IJobRepository } from '@tailor/domain';
import { toJobView } from './job-view.js';

/** Jobs and their timelines in account export and deletion. */
export class JobsContributor implements IAccountDataContributor {
  readonly section = 'jobs';

  constructor(private readonly jobs: IJobRepository) {}

  async export(userId: string) {
    const [jobs, timeline] = await Promise.all([
      this.jobs.listAllByOwner(userId),
      this.jobs.timelinesByOwner(userId),
    ]);
    return jobs.map((job) => ({
      ...toJobView(job),
      timeline: timeline.filter((entry) => entry.jobId === job.id),
    }));
  }

  async deleteRows(userId: string): Promise<void> {
    await this.jobs.deleteAllByOwner(userId);
  }
}
