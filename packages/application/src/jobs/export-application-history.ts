import {
  JobErrors,
  UserErrors,
  applicationHistoryDocument,
  applicationRecords,
  type HistoryPeriod,
  type IApplicationHistoryCsv,
  type IClock,
  type IDocumentRenderer,
  type IDocumentRepository,
  type IJobRepository,
  type IUserRepository,
} from '@tailor/domain';

export type HistoryFormat = 'csv' | 'pdf';

export interface ApplicationHistoryDeps {
  users: IUserRepository;
  jobs: IJobRepository;
  documents: IDocumentRepository;
  csv: IApplicationHistoryCsv;
  /** The house PDF renderer (the same one that prints resumes). */
  pdf: IDocumentRenderer;
  clock: IClock;
}

export interface HistoryFile {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
}

/**
 * A dated record of the user's applications (proof of job search): every tracked application with activity
 * in the period, its stage changes and the documents sent, as CSV or as a printable PDF.
 */
export class ExportApplicationHistory {
  constructor(private readonly deps: ApplicationHistoryDeps) {}

  async execute(input: { userId: string; format: HistoryFormat } & HistoryPeriod): Promise<HistoryFile> {
    const period = { from: input.from, to: input.to };
    if (period.from && period.to && period.from > period.to)
      throw JobErrors.invalidPeriod(period.from, period.to);
    const user = await this.deps.users.findById(input.userId);
    if (!user) throw UserErrors.notFound();
    const [jobs, timeline, documents] = await Promise.all([
      this.deps.jobs.listAllByOwner(input.userId),
      this.deps.jobs.timelinesByOwner(input.userId),
      this.deps.documents.listAllByOwner(input.userId),
    ]);
    const generatedAt = this.deps.clock.now();
    const history = {
      owner: user.fullName ?? user.email,
      period,
      generatedAt,
      applications: applicationRecords(
        jobs.map((job) => job.toPrimitives()),
        timeline,
        new Map(documents.map((document) => [document.id, document.toPrimitives().title])),
        period,
      ),
    };
    const stem = `application-history-${period.from ?? 'start'}-to-${period.to ?? generatedAt.toISOString().slice(0, 10)}`;
    if (input.format === 'csv') {
      return {
        bytes: new TextEncoder().encode(this.deps.csv.write(history)),
        mediaType: 'text/csv; charset=utf-8',
        fileName: `${stem}.csv`,
      };
    }
    const rendered = await this.deps.pdf.render(applicationHistoryDocument(history), {
      templateId: 'modern',
      createdAt: generatedAt,
      author: history.owner,
    });
    return { bytes: rendered.bytes, mediaType: rendered.mediaType, fileName: `${stem}.pdf` };
  }
}
