import {
  CalendarErrors,
  jobCalendarEvents,
  type ICalendarFeedRepository,
  type ICalendarWriter,
  type IClock,
  type IJobRepository,
  type ISecretTokens,
  type IAccountDataContributor,
} from '@tailor/domain';

export interface CalendarFeedDeps {
  feeds: ICalendarFeedRepository;
  jobs: IJobRepository;
  tokens: ISecretTokens;
  writer: ICalendarWriter;
  clock: IClock;
}

/**
 * Turns the feed on, or rotates its token: the new token is returned once (the route makes it a URL) and
 * only its digest is kept, so the old URL stops working at once.
 */
export class RotateCalendarFeed {
  constructor(private readonly deps: CalendarFeedDeps) {}

  async execute(input: { userId: string }): Promise<{ token: string }> {
    const { token, hash } = this.deps.tokens.generate();
    await this.deps.feeds.put({ userId: input.userId, tokenHash: hash, createdAt: this.deps.clock.now() });
    return { token };
  }
}

/** Turns the feed off; doing it twice is fine. */
export class DisableCalendarFeed {
  constructor(private readonly deps: CalendarFeedDeps) {}

  async execute(input: { userId: string }): Promise<void> {
    await this.deps.feeds.delete(input.userId);
  }
}

/** The iCalendar document behind a feed token; an unknown or old token is CALENDAR.FEED_NOT_FOUND. */
export class ReadCalendarFeed {
  constructor(private readonly deps: CalendarFeedDeps) {}

  async execute(input: { token: string }): Promise<string> {
    const feed = await this.deps.feeds.findByTokenHash(this.deps.tokens.hash(input.token));
    if (!feed) throw CalendarErrors.feedNotFound();
    const jobs = (await this.deps.jobs.listAllByOwner(feed.userId)).map((job) => job.toPrimitives());
    return this.deps.writer.write({ name: 'Tailor: job applications', events: jobCalendarEvents(jobs) });
  }
}

/** Whether a feed is on (never its token, which is not stored) in export; removed with the account. */
export class CalendarFeedContributor implements IAccountDataContributor {
  readonly section = 'calendarFeed';

  constructor(private readonly feeds: ICalendarFeedRepository) {}

  async export(userId: string) {
    const feed = await this.feeds.findByUser(userId);
    return { enabled: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  async deleteRows(userId: string): Promise<void> {
    await this.feeds.delete(userId);
  }
}
