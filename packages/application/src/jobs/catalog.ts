import {
  Job,
  JobErrors,
  type IClock,
  type IIdGenerator,
  type IJobRepository,
  type JobDetails,
  type JobSearch,
} from '@tailor/domain';
import { keywordsOf } from './job-keywords.js';
import { toJobView, toJobViewPage, type JobView, type JobViewPage } from './job-view.js';

export class ListCatalog {
  constructor(private readonly jobs: IJobRepository) {}

  async execute(input: { search: JobSearch }): Promise<JobViewPage> {
    return toJobViewPage(await this.jobs.searchCatalog(input.search));
  }
}

export class SaveCatalogJob {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {}

  /** Copies a catalog posting into the user's own jobs, with its own application state. */
  async execute(input: { userId: string; catalogId: string }): Promise<JobView> {
    const posting = await this.jobs.findCatalog(input.catalogId);
    if (!posting) throw JobErrors.catalogNotFound();
    const job = posting.copyFor(input.userId, this.ids.next(), this.clock.now());
    await this.jobs.add(job);
    return toJobView(job);
  }
}

export interface CatalogImportReport {
  created: number;
  updated: number;
  failed: Array<{ index: number; message: string }>;
}

/** Operator import of shared postings; re-importing the same posting updates it. */
export class ImportCatalog {
  constructor(
    private readonly jobs: IJobRepository,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {}

  async execute(input: { postings: JobDetails[] }): Promise<CatalogImportReport> {
    const report: CatalogImportReport = { created: 0, updated: 0, failed: [] };
    for (const [index, details] of input.postings.entries()) {
      try {
        const job = Job.create({
          id: this.ids.next(),
          ownerId: null,
          source: 'catalog',
          details,
          keywords: keywordsOf(details),
          now: this.clock.now(),
        });
        const { created } = await this.jobs.upsertCatalog(job);
        if (created) report.created += 1;
        else report.updated += 1;
      } catch (error) {
        report.failed.push({ index, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return report;
  }
}
