import {
  JOB_LIMITS,
  Job,
  type IClock,
  type IIdGenerator,
  type IJobRepository,
  type IJobSourceRepository,
  type IUnitOfWork,
  type JobDetails,
  type ParsedJobPosting,
} from '@tailor/domain';
import { readJobTextInPlace, type JobTextReader } from './job-keywords.js';
import { toJobView, type JobView } from './job-view.js';
import type { ParseJobText } from './parse-job-text.js';
import { ReadJobPosting, type PostingInput, type PostingReading } from './read-job-posting.js';

export type CreateJobInput = { userId: string } & (
  { details: JobDetails } | { rawText: string } | { posting: Exclude<PostingInput, { text: string }> }
);

const cut = (text: string, max: number) =>
  [...text].length > max ? [...text].slice(0, max - 1).join('') + '…' : text;
const fitList = (items: readonly string[]) =>
  items.slice(0, JOB_LIMITS.listItems).map((item) => cut(item, JOB_LIMITS.listItem));

/** A read posting as job details within the job's limits: a long page is shortened, never refused. */
function detailsOf(posting: ParsedJobPosting, url: string | null, now: Date): JobDetails {
  const deadline = posting.validThrough ? Date.parse(posting.validThrough) : Number.NaN;
  const expired = !Number.isNaN(deadline) && deadline < now.getTime();
  return {
    ...posting,
    validThrough: Number.isNaN(deadline) ? null : new Date(deadline),
    // A posting whose title cannot be found still gets saved; the user can rename it.
    title: cut(posting.title ?? 'Untitled posting', JOB_LIMITS.title),
    company: posting.company === null ? null : cut(posting.company, JOB_LIMITS.company),
    location: posting.location === null ? null : cut(posting.location, JOB_LIMITS.location),
    description: cut(posting.description, JOB_LIMITS.description),
    responsibilities: fitList(posting.responsibilities),
    requirements: fitList(posting.requirements),
    niceToHave: fitList(posting.niceToHave),
    url: url !== null && url.length <= JOB_LIMITS.url ? url : null,
    ...(expired ? { status: 'expired' as const } : {}),
  };
}

export class CreateJob {
  private readonly reader: ReadJobPosting;

  constructor(
    private readonly jobs: IJobRepository,
    reader: ReadJobPosting | ParseJobText,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
    /** Where snapshots of what was read are kept; without it only the job is stored. */
    private readonly store?: { sources: IJobSourceRepository; unitOfWork: IUnitOfWork },
    private readonly readText: JobTextReader = readJobTextInPlace,
  ) {
    this.reader = reader instanceof ReadJobPosting ? reader : new ReadJobPosting(reader);
  }

  /**
   * Saves a structured job, or reads posting text, a pasted page or a URL first and saves what was read with
   * a frozen snapshot of it (source `parsed` for text, `imported` for pages); keywords are extracted either way.
   */
  async execute(input: CreateJobInput): Promise<JobView> {
    if ('details' in input) {
      Job.check(input.details);
      const { keywords, layout, knockouts } = await this.readText(input.details);
      const job = Job.create({
        id: this.ids.next(),
        ownerId: input.userId,
        source: 'user_created',
        details: input.details,
        keywords,
        layout,
        knockouts,
        now: this.clock.now(),
      });
      await this.jobs.add(job);
      return toJobView(job);
    }
    const reading =
      'rawText' in input
        ? await this.reader.execute({ text: input.rawText }, input.userId)
        : await this.reader.execute(input.posting, input.userId);
    return this.save(input.userId, reading);
  }

  private async save(userId: string, reading: PostingReading): Promise<JobView> {
    const now = this.clock.now();
    const details = detailsOf(reading.posting, reading.source.url, now);
    Job.check(details);
    const { keywords, layout, knockouts } = await this.readText(details, reading.posting.sections);
    const job = Job.create({
      id: this.ids.next(),
      ownerId: userId,
      source: reading.source.kind === 'text' ? 'parsed' : 'imported',
      details,
      keywords,
      layout,
      knockouts,
      now,
    });
    const store = this.store;
    if (store === undefined) await this.jobs.add(job);
    else
      // The job and its snapshot are stored together or not at all.
      await store.unitOfWork.run(async () => {
        await this.jobs.add(job);
        await store.sources.save({ ...reading.source, jobId: job.id, ownerId: userId, capturedAt: now });
      });
    return toJobView(job);
  }
}
