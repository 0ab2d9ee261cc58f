import {
  JobErrors,
  type IJobRepository,
  type IJobSourceRepository,
  type JobSourceSnapshot,
} from '@tailor/domain';

/** The frozen snapshot an imported (or parsed) job was read from. */
export class GetJobSource {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly sources: IJobSourceRepository,
  ) {}

  /** JOB.NOT_FOUND when the job is missing or not the user's; JOB.SOURCE_NOT_FOUND when it has no snapshot. */
  async execute(input: { userId: string; jobId: string }): Promise<JobSourceSnapshot> {
    const job = await this.jobs.findById(input.userId, input.jobId);
    if (job === null) throw JobErrors.notFound();
    const snapshot = await this.sources.find(input.userId, input.jobId);
    if (snapshot === null) throw JobErrors.sourceNotFound();
    return snapshot;
  }
}

/** A snapshot as shown to its owner (in GET /jobs/{id}/source and the account export). */
export function toSourceView(snapshot: JobSourceSnapshot) {
  const { ownerId: _ownerId, capturedAt, ...rest } = snapshot;
  return { ...rest, capturedAt: capturedAt.toISOString() };
}
