import type { JobPrimitives } from '../jobs/job.js';

/**
 * A user's calendar subscription: the URL holds a secret token, of which only the SHA-256 digest is kept.
 * One feed per user; rotating replaces the digest, so the old URL stops working.
 */
export interface CalendarFeed {
  userId: string;
  tokenHash: string;
  createdAt: Date;
}

export interface ICalendarFeedRepository {
  /** Sets the user's feed, replacing any previous one. */
  put(feed: CalendarFeed): Promise<void>;
  /** The feed with this token digest, or `null`. */
  findByTokenHash(tokenHash: string): Promise<CalendarFeed | null>;
  findByUser(userId: string): Promise<CalendarFeed | null>;
  /** `false` when the user had no feed. */
  delete(userId: string): Promise<boolean>;
}

/** One event of the feed. `allDay` events use the UTC date of `start`. */
export interface CalendarEvent {
  /** Stable across fetches, so calendar apps update an event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  allDay: boolean;
  summary: string;
  description: string;
  url: string | null;
}

export interface CalendarDocument {
  name: string;
  events: readonly CalendarEvent[];
}

/** Writes an RFC 5545 iCalendar document. */
export interface ICalendarWriter {
  write(calendar: CalendarDocument): string;
}

const FOLLOW_UP_MINUTES = 30;
const DAY_MS = 86_400_000;

type JobForCalendar = Pick<
  JobPrimitives,
  'id' | 'title' | 'company' | 'url' | 'followUpAt' | 'validThrough' | 'applicationStatus'
>;

const startOfUtcDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * The feed's events: a 30-minute reminder at each job's follow-up time, and an all-day event on each
 * posting's deadline where known. UIDs derive from the job id and the kind only, so they never change.
 */
export function jobCalendarEvents(jobs: readonly JobForCalendar[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const job of jobs) {
    const role = job.company ? `${job.title} at ${job.company}` : job.title;
    const description = [
      `Job: ${job.title}`,
      ...(job.company ? [`Company: ${job.company}`] : []),
      `Application status: ${job.applicationStatus}`,
      ...(job.url ? [`Posting: ${job.url}`] : []),
    ].join('\n');
    if (job.followUpAt) {
      events.push({
        uid: `follow-up-${job.id}@tailor`,
        start: job.followUpAt,
        end: new Date(job.followUpAt.getTime() + FOLLOW_UP_MINUTES * 60_000),
        allDay: false,
        summary: `Follow up: ${role}`,
        description,
        url: job.url,
      });
    }
    if (job.validThrough) {
      const day = startOfUtcDay(job.validThrough);
      events.push({
        uid: `deadline-${job.id}@tailor`,
        start: day,
        end: new Date(day.getTime() + DAY_MS),
        allDay: true,
        summary: `Application deadline: ${role}`,
        description,
        url: job.url,
      });
    }
  }
  return events;
}
