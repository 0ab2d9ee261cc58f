import type { CalendarDocument, CalendarEvent } from '@tailor/domain';
import fc from 'fast-check';
import ical from 'ical-generator';
import { describe, expect, it, vi } from 'vitest';
import { IcalCalendarWriter } from '../../src/calendar/ical-calendar-writer.js';

const NOW = new Date('2026-01-02T03:04:05Z');

/** What ical-generator 10 writes for the same document: the writer's reference. */
function reference(calendar: CalendarDocument): string {
  const document = ical({
    name: calendar.name,
    prodId: { company: 'Tailor', product: 'Tailor', language: 'EN' },
    ttl: 3600,
  });
  for (const event of calendar.events)
    document.createEvent({
      id: event.uid,
      start: event.start,
      end: event.end,
      allDay: event.allDay,
      summary: event.summary,
      description: event.description,
      url: event.url,
      stamp: NOW,
    });
  return document.toString();
}

const text = fc.string({ unit: 'grapheme', maxLength: 300 });
// Events end when or after they start, as the feed's do.
const event: fc.Arbitrary<CalendarEvent> = fc
  .record({
    uid: fc.stringMatching(/^[a-z0-9-]{1,40}@tailor$/u),
    start: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    lastsMs: fc.nat({ max: 10 * 86_400_000 }),
    allDay: fc.boolean(),
    summary: text,
    description: fc.oneof(text, fc.constantFrom('Line one\nLine two, with; marks\\', '')),
    url: fc.option(fc.webUrl(), { nil: null }),
  })
  .map(({ lastsMs, ...rest }) => ({ ...rest, end: new Date(rest.start.getTime() + lastsMs) }));

describe('IcalCalendarWriter', () => {
  const writer = new IcalCalendarWriter(() => NOW);

  it('writes what ical-generator wrote: escaping, UTF-8 folding at 75 octets, dates and all-day events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 5 }), (events) => {
        const calendar = { name: 'Tailor: job applications', events };
        expect(writer.write(calendar)).toBe(reference(calendar));
      }),
      { numRuns: 200 },
    );
  });

  it('folds a feed at the job limits in one pass, not one encoder per character as ical-generator did', () => {
    const long = (n: number) => 'é'.repeat(n);
    const events = Array.from({ length: 300 }, (_, index) => ({
      uid: `follow-up-${index}@tailor`,
      start: NOW,
      end: NOW,
      allDay: index % 2 === 0,
      summary: long(400),
      description: long(2_500),
      url: `https://example.org/${'p'.repeat(2_000)}`,
    }));
    // ical-generator made a TextEncoder for every character it folded (3,000 such events: 161 s).
    let encoders = 0;
    const Encoder = globalThis.TextEncoder;
    vi.stubGlobal(
      'TextEncoder',
      class extends Encoder {
        constructor() {
          super();
          encoders += 1;
        }
      },
    );
    let feed: string;
    try {
      feed = writer.write({ name: 'Tailor: job applications', events });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(encoders).toBe(0);
    // Every line within 75 octets; unfolded, each event's description comes back whole.
    expect(feed.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(feed.replace(/\r\n /gu, '')).toContain(`DESCRIPTION:${long(2_500)}\r\n`);
  });
});
