import {
  APPLICATION_STAGES,
  JOB_LIMITS,
  JobErrors,
  type ApplicationStatus,
  type IClock,
  type IIdGenerator,
  type IJobRepository,
  type IUnitOfWork,
  type TimelineEntry,
} from '@tailor/domain';
import { toJobView, type JobView } from './job-view.js';
import { ownJob } from './manage-jobs.js';

// A few minutes of leeway for clocks of phones and laptops that run slightly ahead.
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const checkedNote = (note: string | undefined | null): string | null => {
  const trimmed = note?.trim() ?? '';
  if ([...trimmed].length > JOB_LIMITS.note) {
    throw JobErrors.invalid('note', `The note is longer than ${JOB_LIMITS.note} characters.`);
  }
  return trimmed.length > 0 ? trimmed : null;
};

export class ChangeApplicationStatus {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly unitOfWork: IUnitOfWork,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {}

  /**
   * Moves the application and records it on the timeline, atomically. `at` (default now) is when it
   * happened; it may be in the past, not in the future. Raises `JOB.INVALID_TRANSITION` (422).
   */
  async execute(input: {
    userId: string;
    jobId: string;
    applicationStatus: ApplicationStatus;
    note?: string | null;
    at?: Date;
  }): Promise<JobView> {
    const now = this.clock.now();
    const at = input.at ?? now;
    if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw JobErrors.futureDate('at');
    const note = checkedNote(input.note);
    return this.unitOfWork.run(async () => {
      const job = await ownJob(this.jobs, input.userId, input.jobId);
      const { from, to } = job.moveTo(input.applicationStatus, now);
      await this.jobs.save(job);
      await this.jobs.appendTimeline({
        id: this.ids.next(),
        jobId: job.id,
        kind: 'status_change',
        at,
        fromStatus: from,
        toStatus: to,
        note,
        document: null,
        createdAt: now,
      });
      return toJobView(job);
    });
  }
}

export class AddJobNote {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {}

  async execute(input: { userId: string; jobId: string; text: string }): Promise<TimelineEntry> {
    const job = await ownJob(this.jobs, input.userId, input.jobId);
    const note = checkedNote(input.text);
    if (!note) throw JobErrors.invalid('text', 'The note is empty.');
    const now = this.clock.now();
    const entry: TimelineEntry = {
      id: this.ids.next(),
      jobId: job.id,
      kind: 'note',
      at: now,
      fromStatus: null,
      toStatus: null,
      note,
      document: null,
      createdAt: now,
    };
    await this.jobs.appendTimeline(entry);
    return entry;
  }
}

export class GetJobTimeline {
  constructor(private readonly jobs: IJobRepository) {}

  async execute(input: { userId: string; jobId: string }): Promise<TimelineEntry[]> {
    await ownJob(this.jobs, input.userId, input.jobId);
    return this.jobs.timeline(input.userId, input.jobId);
  }
}

export interface JobStats {
  total: number;
  byStatus: Record<ApplicationStatus, number>;
  /** For each step of the pipeline: how many reached `from`, how many of those went on to `to`, the rate. */
  conversion: Array<{
    from: ApplicationStatus;
    to: ApplicationStatus;
    reached: number;
    converted: number;
    rate: number | null;
  }>;
}

export class GetJobStats {
  constructor(private readonly jobs: IJobRepository) {}

  async execute(input: { userId: string }): Promise<JobStats> {
    const { byStatus, reachedStage } = await this.jobs.stats(input.userId);
    const conversion = APPLICATION_STAGES.slice(0, -1).map((from, index) => {
      const reached = reachedStage[index] ?? 0;
      const converted = reachedStage[index + 1] ?? 0;
      return {
        from,
        to: APPLICATION_STAGES[index + 1]!,
        reached,
        converted,
        // Rounded to 4 places so the same data always serialises the same way.
        rate: reached === 0 ? null : Math.round((converted / reached) * 10_000) / 10_000,
      };
    });
    return { total: reachedStage[0] ?? 0, byStatus, conversion };
  }
}
