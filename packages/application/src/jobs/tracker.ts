import {
  APPLICATION_STAGES,
  DocumentErrors,
  type IDocumentRepository,
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

// A lost compare-and-set is retried from the fresh status; each retry means another move won meanwhile.
const MAX_MOVE_ATTEMPTS = 5;

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
    /** Needed to record which documents were sent with an application. */
    private readonly documents?: IDocumentRepository,
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
    /** With `applied`: the documents sent; each is recorded with its version and latest export's sha256. */
    documentIds?: readonly string[];
  }): Promise<JobView> {
    const now = this.clock.now();
    if (input.at && input.at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      throw JobErrors.futureDate('at');
    const note = checkedNote(input.note);
    const sent = await this.documentsSent(input.userId, input.applicationStatus, input.documentIds ?? []);
    return this.unitOfWork.run(async () => {
      const { job, from, to } = await this.move(input.userId, input.jobId, input.applicationStatus, now);
      // The time is read once the move has won: a move that lost a race and was judged again from the status
      // that won comes after that move, and the timeline is ordered by time (a time read before the race put
      // it first, and the chain read saved → offer, saved → applied).
      const recordedAt = this.clock.now();
      const at = input.at ?? recordedAt;
      await this.jobs.appendTimeline({
        id: this.ids.next(),
        jobId: job.id,
        kind: 'status_change',
        at,
        fromStatus: from,
        toStatus: to,
        note,
        document: null,
        createdAt: recordedAt,
      });
      for (const document of sent) {
        await this.jobs.appendTimeline({
          id: this.ids.next(),
          jobId: job.id,
          kind: 'document_sent',
          at,
          fromStatus: null,
          toStatus: null,
          note: null,
          document,
          createdAt: recordedAt,
        });
      }
      return toJobView(job);
    });
  }

  /**
   * Compare-and-set on the stored status: a move that lost a race re-reads the job and is judged again from
   * the status that won, exactly as if the two requests had come one after the other. So parallel moves
   * from `saved` to `applied` leave one winner (the others get `JOB.INVALID_TRANSITION`), and the timeline
   * stays a chain: every entry starts where the previous one ended.
   */
  private async move(userId: string, jobId: string, target: ApplicationStatus, now: Date) {
    for (let attempt = 1; ; attempt += 1) {
      const job = await ownJob(this.jobs, userId, jobId);
      const { from, to } = job.moveTo(target, now);
      if (await this.jobs.moveApplication(job, from)) return { job, from, to };
      // Only a storm of concurrent moves on one job gets here more than a few times.
      if (attempt >= MAX_MOVE_ATTEMPTS) throw JobErrors.invalidTransition(from, to, []);
    }
  }

  private async documentsSent(userId: string, status: ApplicationStatus, documentIds: readonly string[]) {
    if (documentIds.length === 0) return [];
    if (status !== 'applied' || !this.documents) {
      throw JobErrors.invalid('documentIds', 'Documents are recorded with the move to "applied".');
    }
    const documents = this.documents;
    return Promise.all(
      [...new Set(documentIds)].map(async (documentId) => {
        const document = await documents.findById(userId, documentId);
        if (!document) throw DocumentErrors.notFound();
        const { version } = document.toPrimitives();
        const exports = await documents.listExports(userId, documentId);
        const latest = exports.filter((record) => record.version === version).at(-1);
        return { documentId, version, exportSha256: latest?.sha256 ?? null };
      }),
    );
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
