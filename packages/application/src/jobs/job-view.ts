import type { Job, JobPage, JobPrimitives, JobSearchCursor } from '@tailor/domain';

/** A job as clients see it: the owner is implied by the caller, the stage counter is internal. */
export type JobView = Omit<JobPrimitives, 'ownerId' | 'furthestStage'>;

export const toJobView = (job: Job): JobView => {
  const { ownerId: _ownerId, furthestStage: _furthestStage, ...view } = job.toPrimitives();
  return view;
};

/** A page of jobs as clients see it, with how exact its total is and where the next page starts. */
export interface JobViewPage {
  items: JobView[];
  total: number;
  totalExact: boolean;
  next: JobSearchCursor | null;
}

export const toJobViewPage = (page: JobPage): JobViewPage => ({
  items: page.items.map(toJobView),
  total: page.total,
  totalExact: page.totalExact,
  next: page.next,
});
