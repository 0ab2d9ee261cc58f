import type { Job, JobPrimitives } from '@tailor/domain';

/** A job as clients see it: the owner is implied by the caller, the stage counter is internal. */
export type JobView = Omit<JobPrimitives, 'ownerId' | 'furthestStage'>;

export const toJobView = (job: Job): JobView => {
  const { ownerId: _ownerId, furthestStage: _furthestStage, ...view } = job.toPrimitives();
  return view;
};
