import { DisableCalendarFeed, ReadCalendarFeed, RotateCalendarFeed } from '@tailor/application';
import { IcalCalendarWriter } from '@tailor/infrastructure';
import type { Adapters } from './tokens.js';

export function buildCalendarUseCases({
  repositories,
  refreshTokens,
  clock,
}: Pick<Adapters, 'repositories' | 'refreshTokens' | 'clock'>) {
  const deps = {
    feeds: repositories.calendarFeeds,
    jobs: repositories.jobs,
    // Feed tokens are opaque 256-bit secrets stored as SHA-256, exactly like refresh tokens.
    tokens: refreshTokens,
    // A stateless formatter with nothing to configure: no adapter token of its own.
    writer: new IcalCalendarWriter(),
    clock,
  };
  return {
    rotateCalendarFeed: new RotateCalendarFeed(deps),
    disableCalendarFeed: new DisableCalendarFeed(deps),
    readCalendarFeed: new ReadCalendarFeed(deps),
  };
}
