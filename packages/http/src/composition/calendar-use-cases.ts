import {
  DisableCalendarFeed,
  ReadCalendarFeed,
  RotateCalendarFeed,
  type CalendarFeedDeps,
} from '@tailor/application';

export function buildCalendarUseCases(deps: CalendarFeedDeps) {
  return {
    rotateCalendarFeed: new RotateCalendarFeed(deps),
    disableCalendarFeed: new DisableCalendarFeed(deps),
    readCalendarFeed: new ReadCalendarFeed(deps),
  };
}

export type CalendarUseCases = ReturnType<typeof buildCalendarUseCases>;
