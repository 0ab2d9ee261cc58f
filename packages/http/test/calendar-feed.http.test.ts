import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { redactRequest } from '../src/logging/redacting-serializers.js';
import { PASSWORD, clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

/** The path of a feed URL (inject takes paths). */
const pathOf = (url: string) => new URL(url).pathname;
/** iCalendar lines, unfolded (RFC 5545 §3.1: a line starting with a space continues the previous one). */
const linesOf = (body: string) => body.replace(/\r\n[ \t]/gu, '').split('\r\n');
const uidsOf = (body: string) =>
  linesOf(body)
    .filter((line) => line.startsWith('UID:'))
    .map((line) => line.slice(4))
    .sort();

async function enableFeed(app: FastifyInstance, accessToken: string) {
  const response = await clientFor(app, accessToken)('POST', '/api/v1/calendar/feed');
  expect(response.statusCode).toBe(201);
  return response.json<{ url: string }>().url;
}

const fetchFeed = (app: FastifyInstance, url: string) => app.inject({ method: 'GET', url: pathOf(url) });

const POSTING_PAGE = `<!doctype html><html><head><title>Data Analyst</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Data Analyst',
  hiringOrganization: { '@type': 'Organization', name: 'Northwind Health' },
  description: '<p>Build dashboards for the clinical operations team using SQL and Tableau.</p>',
  datePosted: '2026-11-20',
  validThrough: '2031-01-31T23:59:59Z',
})}</script></head><body><h1>Data Analyst</h1></body></html>`;

describeEachDatabase('/calendar/feed', (context) => {
  it('serves follow-ups and deadlines as iCalendar without other authentication, with stable UIDs', async () => {
    const { app } = context();
    const ada = await register(app);
    const call = clientFor(app, ada.accessToken);
    const followed = (
      await call('POST', '/api/v1/jobs', {
        title: 'Staff Accountant',
        company: 'Harbor Freight Partners',
        url: 'https://jobs.example.org/accountant',
        followUpAt: '2030-03-04T15:00:00Z',
      })
    ).json();
    const imported = await call('POST', '/api/v1/jobs', {
      html: POSTING_PAGE,
      url: 'https://careers.example.org/analyst',
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json().validThrough).toBe('2031-01-31T23:59:59.000Z');
    await call('POST', '/api/v1/jobs', { title: 'No dates here' });

    const url = await enableFeed(app, ada.accessToken);
    expect(url).toMatch(/^http:\/\/[^/]+\/api\/v1\/calendar\/feed\/[A-Za-z0-9_-]{43}$/u);
    const feed = await fetchFeed(app, url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = linesOf(feed.body);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('SUMMARY:Follow up: Staff Accountant at Harbor Freight Partners');
    expect(lines).toContain('DTSTART:20300304T150000Z');
    expect(lines).toContain('URL;VALUE=URI:https://jobs.example.org/accountant');
    expect(lines).toContain('SUMMARY:Application deadline: Data Analyst at Northwind Health');
    expect(lines).toContain('DTSTART;VALUE=DATE:20310131');
    expect(uidsOf(feed.body)).toEqual(
      [`deadline-${imported.json().id}@tailor`, `follow-up-${followed.id}@tailor`].sort(),
    );
    // The same UIDs on every fetch, so subscribed calendars update events instead of duplicating them.
    expect(uidsOf((await fetchFeed(app, url)).body)).toEqual(uidsOf(feed.body));

    // A changed follow-up moves the same event.
    await call('PATCH', `/api/v1/jobs/${followed.id}`, { followUpAt: '2030-03-05T09:30:00Z' });
    const moved = linesOf((await fetchFeed(app, url)).body);
    expect(moved).toContain('DTSTART:20300305T093000Z');
    expect(uidsOf(moved.join('\r\n'))).toEqual(uidsOf(feed.body));
  });

  it('rotating kills the old URL, DELETE turns the feed off, and a made-up token finds nothing', async () => {
    const { app } = context();
    const ada = await register(app);
    const first = await enableFeed(app, ada.accessToken);
    const second = await enableFeed(app, ada.accessToken);
    expect(second).not.toBe(first);
    expectError(await fetchFeed(app, first), 404, 'CALENDAR.FEED_NOT_FOUND');
    expect((await fetchFeed(app, second)).statusCode).toBe(200);

    const off = await clientFor(app, ada.accessToken)('DELETE', '/api/v1/calendar/feed');
    expect(off.statusCode).toBe(204);
    expectError(await fetchFeed(app, second), 404, 'CALENDAR.FEED_NOT_FOUND');
    expect((await clientFor(app, ada.accessToken)('DELETE', '/api/v1/calendar/feed')).statusCode).toBe(204);

    expectError(
      await app.inject({ method: 'GET', url: `/api/v1/calendar/feed/${'A'.repeat(43)}` }),
      404,
      'CALENDAR.FEED_NOT_FOUND',
    );
    expectError(
      await app.inject({ method: 'GET', url: '/api/v1/calendar/feed/short' }),
      400,
      'VALIDATION.FAILED',
    );
    expectError(
      await app.inject({ method: 'POST', url: '/api/v1/calendar/feed' }),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('shows each user only their own jobs; export says the feed is on; deleting the account ends it', async () => {
    const { app } = context();
    const ada = await register(app);
    const bob = await register(app);
    await clientFor(app, ada.accessToken)('POST', '/api/v1/jobs', {
      title: 'Ada only',
      followUpAt: '2030-01-01T10:00:00Z',
    });
    const bobUrl = await enableFeed(app, bob.accessToken);
    const adaUrl = await enableFeed(app, ada.accessToken);
    const bobFeed = await fetchFeed(app, bobUrl);
    expect(bobFeed.statusCode).toBe(200);
    expect(bobFeed.body).not.toContain('Ada only');
    expect(linesOf(bobFeed.body)).not.toContain('BEGIN:VEVENT');
    expect((await fetchFeed(app, adaUrl)).body).toContain('Ada only');

    const exported = (await clientFor(app, ada.accessToken)('GET', '/api/v1/auth/me/export')).json();
    expect(exported.calendarFeed).toMatchObject({ enabled: true });
    expect(JSON.stringify(exported)).not.toContain(pathOf(adaUrl).split('/').pop());

    const gone = await clientFor(app, ada.accessToken)('DELETE', '/api/v1/auth/me', { password: PASSWORD });
    expect(gone.statusCode).toBe(204);
    expectError(await fetchFeed(app, adaUrl), 404, 'CALENDAR.FEED_NOT_FOUND');
    expect((await fetchFeed(app, bobUrl)).statusCode).toBe(200);
  });
});

describe('feed URLs in logs', () => {
  it('are logged without their token', () => {
    const logged = redactRequest({ method: 'GET', url: `/api/v1/calendar/feed/${'A'.repeat(43)}?x=1` });
    expect(logged.path).toBe('/api/v1/calendar/feed/[redacted]');
  });
});
