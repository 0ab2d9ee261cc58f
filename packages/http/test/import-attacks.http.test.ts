import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from './http-helpers.js';
import {
  denseMarkupPage,
  inflatingPagePdf,
  lyingDocx,
  manyPagesPdf,
  whitespaceText,
} from './support/attack-files.js';
import { buildTestApp, type TestApp } from './test-app.js';
import { upload } from './upload-helpers.js';

const URL = '/api/v1/profiles/import/file';

/**
 * The hostile files of issue 13 and a pasted page of dense markup, each sent while /health is polled: every
 * file must be refused (4xx) within 3 s and the page read, /health must keep answering within 100 ms
 * throughout (files and pages are read in worker threads), and the process must not grow by 200 MB.
 */
describe('hostile import files', () => {
  let testApp: TestApp;
  let token: string;
  beforeAll(async () => {
    // The body limit raised as far as a pasted page may go (2,000,000 characters; 1 MB by default): a fetched
    // page is read the same way and may be 2 MB.
    testApp = await buildTestApp({ AUTH_RATE_LIMIT_MAX: '1000', BODY_LIMIT_BYTES: '2100000' });
    await testApp.app.ready();
    token = (await register(testApp.app)).accessToken;
    // Warm a worker up first (the first start loads pdf.js, the first page cheerio), so the timings below are
    // the input's own.
    await upload(testApp.app, token, URL, [{ name: 'file', value: 'warm up', fileName: 'a.txt' }]);
    await pageCase(() => denseMarkupPage(1_000))();
  });
  afterAll(() => testApp.app.close());

  const fileCase = (make: () => Buffer) => () =>
    upload(testApp.app, token, URL, [{ name: 'file', value: make(), fileName: 'cv.bin' }]);
  const pageCase = (html: () => string) => () =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/jobs/parse',
      headers: { authorization: `Bearer ${token}` },
      payload: { html: html() },
    });
  const cases: Array<[string, () => ReturnType<typeof upload>, number, number]> = [
    ['a 5 MB DOCX whose directory under-declares its sizes', fileCase(() => lyingDocx(5)), 422, 3_000],
    ['a 20,000-page PDF', fileCase(() => manyPagesPdf(20_000)), 422, 3_000],
    ['a one-page PDF whose content unpacks to 200 MB', fileCase(() => inflatingPagePdf(200)), 422, 3_000],
    ['200 KB of whitespace runs and short lines', fileCase(() => whitespaceText(200 * 1024)), 422, 3_000],
    // Read, not refused, in about a second of a worker's time (more from the TypeScript sources, on a machine
    // busy with other tests); the worker's deadline is 10 s.
    ['a pasted page of 2 MB of dense markup', pageCase(() => denseMarkupPage(1_990_000)), 200, 8_000],
  ];

  it.each(cases)(
    '%s: answered in time, /health answering throughout',
    async (_label, send, status, limitMs) => {
      const rssBefore = process.memoryUsage().rss;
      let peakRss = rssBefore;
      const healthTimes: number[] = [];
      let done = false;
      const started = performance.now();
      const importing = send().finally(() => (done = true));
      const polling = (async () => {
        let polls = 0;
        while (!done || polls === 0) {
          const at = performance.now();
          const health = await testApp.app.inject({ method: 'GET', url: '/health' });
          expect(health.statusCode).toBe(200);
          healthTimes.push(performance.now() - at);
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
          polls += 1;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return polls;
      })();
      const response = await importing;
      const elapsed = performance.now() - started;
      const polls = await polling;
      const growthMb = (peakRss - rssBefore) / 1024 / 1024;
      const sorted = [...healthTimes].sort((a, b) => a - b);
      const slowestHealth = sorted.at(-1) ?? 0;
      // The 90th percentile is held to 100 ms; the single slowest poll may meet the upload being read off
      // the socket (on the event loop, by design) on a loaded machine.
      const p90 = sorted[Math.floor((sorted.length - 1) * 0.9)] ?? slowestHealth;
      console.warn(
        `${_label}: ${response.statusCode} ${response.json<{ error: { code: string } }>().error?.code} in ${elapsed.toFixed(0)} ms; ` +
          `/health p90 ${p90.toFixed(1)} ms, slowest ${slowestHealth.toFixed(1)} ms over ${polls} polls; rss +${growthMb.toFixed(0)} MB`,
      );
      expect(response.statusCode).toBe(status);
      expect(elapsed).toBeLessThan(limitMs);
      expect(p90).toBeLessThan(100);
      expect(slowestHealth).toBeLessThan(500);
      expect(growthMb).toBeLessThan(200);
    },
  );
});
