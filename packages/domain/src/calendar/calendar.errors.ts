import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const CALENDAR_ERROR_STATUS = {
  'CALENDAR.FEED_NOT_FOUND': 404,
} as const satisfies ErrorStatusTable;

const calendarError = DomainError.factory(CALENDAR_ERROR_STATUS);

export const CalendarErrors = {
  /** An unknown, rotated or disabled feed token: indistinguishable on purpose. */
  feedNotFound: () => calendarError('CALENDAR.FEED_NOT_FOUND', 'There is no calendar feed at this address.'),
};
