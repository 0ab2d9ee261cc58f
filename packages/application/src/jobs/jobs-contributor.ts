import type { IAccountDataContributor, IJobRepository, IJobSourceRepository } from '@tailor/domain';
import { toJobView } from './job-view.js';
import { toSourceView } from './job-source-views.js';

/** Jobs and their timelines in account export and deletion. */
export class JobsContributor implements IAccountDataContributor {
  readonly section = 'jobs';

  constructor(
    private readonly jobs: IJobRepository,
    private readonly sources?: IJobSourceRepository,
  ) {}

  async export(userId: string) {
    const [jobs, timeline, sources] = await Promise.all([
      this.jobs.listAllByOwner(userId),
      this.jobs.timelinesByOwner(userId),
      this.sources?.listByOwner(userId) ?? [],
    ]);
    const sourceOf = new Map(sources.map((s) => [s.jobId, s]));
    return jobs.map((job) => {
      const snapshot = sourceOf.get(job.id);
      return {
        ...toJobView(job),
        timeline: timeline.filter((entry) => entry.jobId === job.id),
        // What the job was read from, as read (null for a job entered by hand).
        sourceSnapshot: snapshot ? toSourceView(snapshot) : null,
      };
    });
  }

  async deleteRows(userId: string): Promise<void> {
    await this.sources?.deleteAllByOwner(userId);
    await this.jobs.deleteAllByOwner(userId);
  }
}
