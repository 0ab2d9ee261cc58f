import type { CalendarDocument, ICalendarWriter } from '@tailor/domain';
import ical from 'ical-generator';

/** How often subscribing apps are asked to fetch the feed again (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

/** RFC 5545 through ical-generator: escaping, line folding and date forms are the library's job. */
export class IcalCalendarWriter implements ICalendarWriter {
  write(calendar: CalendarDocument): string {
    const document = ical({
      name: calendar.name,
      prodId: { company: 'Tailor', product: 'Tailor', language: 'EN' },
      ttl: REFRESH_SECONDS,
    });
    for (const event of calendar.events) {
      document.createEvent({
        id: event.uid,
        start: event.start,
        end: event.end,
        allDay: event.allDay,
        summary: event.summary,
        description: event.description,
        url: event.url,
      });
    }
    return document.toString();
  }
}
