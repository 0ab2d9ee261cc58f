import { z } from 'zod';
import { bearer, errors, fileResponse } from '../shared-schemas.js';

const common = { tags: ['calendar'] };

const feedUrl = z
  .object({
    url: z
      .url()
      .meta({ description: 'The feed to subscribe to; it holds a secret token, so keep it private' }),
  })
  .meta({ id: 'CalendarFeed' });

export const rotateFeedSchema = {
  operationId: 'rotateCalendarFeed',
  ...common,
  security: bearer,
  summary:
    'Turn on the iCalendar feed of follow-ups and application deadlines, or rotate its secret URL (the old URL stops working)',
  response: { 201: feedUrl, ...errors(401) },
};

export const disableFeedSchema = {
  operationId: 'disableCalendarFeed',
  ...common,
  security: bearer,
  summary: 'Turn the calendar feed off: its URL stops working',
  response: { 204: z.null(), ...errors(401) },
};

export const readFeedSchema = {
  operationId: 'readCalendarFeed',
  ...common,
  summary:
    'The iCalendar (RFC 5545) feed: one event per job follow-up and per known posting deadline. The secret token in the URL is the only authentication',
  // Calendar clients cannot send headers: the token in the URL is the credential.
  security: [],
  params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/u) }),
  response: {
    200: fileResponse('text/calendar; stable UIDs across fetches', ['text/calendar; charset=utf-8']),
    ...errors(400, 404),
  },
};
