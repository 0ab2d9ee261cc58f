import type { RenderableDocument } from '../documents/renderable-document.js';
import type { ApplicationStatus } from './application-status.js';
import type { JobPrimitives } from './job.js';
import type { TimelineEntry } from './timeline.js';

/** A period of whole UTC days, either end open; `YYYY-MM-DD`, both inclusive. */
export interface HistoryPeriod {
  from: string | null;
  to: string | null;
}

export interface StageChange {
  at: Date;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

export interface SentDocument {
  at: Date;
  /** null when the document has been deleted since. */
  title: string | null;
  version: number;
  sha256: string | null;
}

/** One tracked application as the history report shows it. */
export interface ApplicationRecord {
  jobId: string;
  title: string;
  company: string | null;
  location: string | null;
  url: string | null;
  status: ApplicationStatus;
  savedAt: Date;
  /** When it first moved to `applied`, or null. */
  appliedAt: Date | null;
  stages: StageChange[];
  documents: SentDocument[];
}

export interface ApplicationHistory {
  /** Whose history (full name or email), printed on the report. */
  owner: string;
  period: HistoryPeriod;
  generatedAt: Date;
  applications: ApplicationRecord[];
}

/** Writes the history as CSV (one row per application, header first). */
export interface IApplicationHistoryCsv {
  write(history: ApplicationHistory): string;
}

const DAY_MS = 86_400_000;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether `at` falls within the period (whole UTC days, both ends inclusive). */
export function inPeriod(at: Date, period: HistoryPeriod): boolean {
  const t = at.getTime();
  if (period.from !== null && t < dayStart(period.from)) return false;
  if (period.to !== null && t >= dayStart(period.to) + DAY_MS) return false;
  return true;
}

/**
 * The applications with activity in the period — saved in it, or with any timeline entry in it — oldest
 * first, each with its whole history, so a report for a month shows how each application it lists went.
 */
export function applicationRecords(
  jobs: readonly JobPrimitives[],
  timeline: readonly TimelineEntry[],
  documentTitles: ReadonlyMap<string, string>,
  period: HistoryPeriod,
): ApplicationRecord[] {
  const byJob = new Map<string, TimelineEntry[]>();
  for (const entry of timeline) byJob.set(entry.jobId, [...(byJob.get(entry.jobId) ?? []), entry]);
  return jobs
    .map((job) => ({
      job,
      entries: (byJob.get(job.id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime()),
    }))
    .filter(
      ({ job, entries }) => inPeriod(job.createdAt, period) || entries.some((e) => inPeriod(e.at, period)),
    )
    .sort((a, b) => a.job.createdAt.getTime() - b.job.createdAt.getTime() || a.job.id.localeCompare(b.job.id))
    .map(({ job, entries }) => {
      const stages = entries
        .filter((entry) => entry.kind === 'status_change' && entry.toStatus !== null)
        .map((entry) => ({ at: entry.at, from: entry.fromStatus, to: entry.toStatus as ApplicationStatus }));
      return {
        jobId: job.id,
        title: job.title,
        company: job.company,
        location: job.location,
        url: job.url,
        status: job.applicationStatus,
        savedAt: job.createdAt,
        appliedAt: stages.find((stage) => stage.to === 'applied')?.at ?? null,
        stages,
        documents: entries
          .filter((entry) => entry.kind === 'document_sent' && entry.document !== null)
          .map((entry) => ({
            at: entry.at,
            title: documentTitles.get(entry.document!.documentId) ?? null,
            version: entry.document!.version,
            sha256: entry.document!.exportSha256,
          })),
      };
    });
}

/** "2026-11-05: saved → applied" */
export const stageText = (stage: StageChange): string =>
  `${isoDay(stage.at)}: ${stage.from ?? 'new'} → ${stage.to}`;

/** "Resume for Acme, version 2, sha256 ab12…" (the whole digest: it identifies the exact file sent). */
export const sentDocumentText = (sent: SentDocument): string =>
  [
    `${isoDay(sent.at)}: ${sent.title ?? 'a deleted document'}`,
    `version ${sent.version}`,
    ...(sent.sha256 ? [`sha256 ${sent.sha256}`] : []),
  ].join(', ');

export const periodText = (period: HistoryPeriod): string =>
  period.from && period.to
    ? `${period.from} to ${period.to}`
    : period.from
      ? `from ${period.from}`
      : period.to
        ? `until ${period.to}`
        : 'all time';

/** Characters of a link the printed report shows; the CSV keeps every link whole. */
export const PRINTED_LINK_CHARS = 120;

// A link may be 2,048 characters, most of them tracking parameters: printed whole, 1,500 such links wrapped
// into 40,000 lines and took the renderer over its deadline. The report shows where the posting was.
const printedLink = (url: string): string =>
  [...url].length > PRINTED_LINK_CHARS ? `${[...url].slice(0, PRINTED_LINK_CHARS - 1).join('')}…` : url;

/** The history as the presentation model the house PDF renderer takes (an entry per application). */
export function applicationHistoryDocument(history: ApplicationHistory): RenderableDocument {
  const count = history.applications.length;
  return {
    kind: 'resume',
    title: `Application history: ${history.owner}`,
    subject: 'Application history',
    header: {
      fullName: 'Application history',
      headline: `${history.owner} · ${periodText(history.period)}`,
      contact: [],
    },
    sections: [
      {
        heading: 'Summary',
        blocks: [
          {
            type: 'paragraph',
            text: `${count} application${count === 1 ? '' : 's'} with activity in the period (${periodText(history.period)}), as recorded in Tailor on ${isoDay(history.generatedAt)}. Dates are UTC.`,
          },
        ],
      },
      {
        heading: 'Applications',
        blocks: history.applications.map((record) => ({
          type: 'entry' as const,
          title: record.title,
          ...(record.company ? { organisation: record.company } : {}),
          ...(record.location ? { location: record.location } : {}),
          dates: `saved ${isoDay(record.savedAt)}${record.appliedAt ? ` · applied ${isoDay(record.appliedAt)}` : ''}`,
          bullets: [
            `Current status: ${record.status}`,
            ...(record.url ? [`Link: ${printedLink(record.url)}`] : []),
            ...record.stages.map((stage) => `Stage ${stageText(stage)}`),
            ...record.documents.map((sent) => `Sent ${sentDocumentText(sent)}`),
          ],
        })),
      },
    ],
  };
}
