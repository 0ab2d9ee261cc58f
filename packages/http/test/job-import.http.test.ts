import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, describeEachDatabase, type TestApp } from './test-app.js';
import { clientFor, expectError, register } from './http-helpers.js';

const jsonLdPage = `<!doctype html><html><head><title>Careers</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Site"},
{"@type":"JobPosting","title":"Warehouse Shift Lead","datePosted":"2026-11-02","validThrough":"2027-01-31",
"employmentType":["FULL_TIME"],"hiringOrganization":{"@type":"Organization","name":"Nordlicht Logistik GmbH"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Hamburg","addressCountry":"DE"}},
"baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":3200,"maxValue":3800,"unitText":"MONTH"}},
"description":"&lt;p&gt;Lead a team of 12 in our cross-dock.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Forklift licence&lt;/li&gt;&lt;li&gt;Experience with SAP EWM and inventory management&lt;/li&gt;&lt;/ul&gt;"}]}</script>
</head><body><nav>Home · Jobs · Login</nav><main><h1>Warehouse Shift Lead</h1><p>Page copy.</p></main></body></html>`;

const plainPage = `<!doctype html><html><head><meta property="og:site_name" content="Harbor Dental Careers"><script>var x = "Kubernetes";</script></head>
<body><header><a href="/">Home</a> <a href="/jobs">Jobs</a></header>
<main><h1>Dental Hygienist</h1><p>Harbor Dental - Portland, OR (On-site)</p>
<h2>Requirements</h2><ul><li>Active dental hygiene license</li><li>CPR/BLS certification</li><li>Experience with Dentrix</li></ul>
<h2>Benefits</h2><ul><li>Paid time off</li></ul></main>
<footer>© Harbor Dental · Privacy · Python Careers Blog</footer></body></html>`;

const greenhouseJson = {
  id: 4021,
  title: 'Staff Accountant',
  absolute_url: 'https://boards.greenhouse.io/acme/jobs/4021',
  location: { name: 'Denver, CO' },
  company_name: 'Acme Outdoor',
  content:
    '&lt;p&gt;Own the month-end close.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Requirements&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;CPA preferred&lt;/li&gt;&lt;li&gt;NetSuite and account reconciliation&lt;/li&gt;&lt;/ul&gt;',
};

let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/jsonld') return send(200, 'text/html; charset=utf-8', jsonLdPage);
    if (path === '/plain') return send(200, 'text/html', plainPage);
    if (path === '/board.json') return send(200, 'application/json', JSON.stringify(greenhouseJson));
    if (path === '/text')
      return send(
        200,
        'text/plain',
        'Barista\nCafe Sol - Madrid, Spain\nRequirements:\n- Latte art\n- Food safety',
      );
    if (path === '/pdf') return send(200, 'application/pdf', '%PDF-1.4');
    if (path === '/big') return send(200, 'text/html', Buffer.alloc(3 * 1024 * 1024, 'a'));
    if (path === '/missing') return send(404, 'text/html', 'gone');
    if (path === '/empty') return send(200, 'text/html', '<html><body><nav>Menu</nav></body></html>');
    if (path === '/slow') return; // never answers
    const hop = /^\/redirect\/(\d+)$/.exec(path);
    if (hop) {
      const left = Number(hop[1]);
      res.writeHead(302, { location: left > 0 ? `/redirect/${left - 1}` : '/jsonld' });
      return res.end();
    }
    return send(404, 'text/plain', 'no');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describeEachDatabase(
  'job import from pages and URLs',
  (context) => {
    const user = async () => clientFor(context().app, (await register(context().app)).accessToken);

    it('reads JSON-LD from a fetched page: every stated field, a snapshot, and the export', async () => {
      const call = await user();
      const created = await call('POST', '/api/v1/jobs', { url: `${base}/jsonld` });
      expect(created.statusCode).toBe(201);
      const job = created.json();
      expect(job).toMatchObject({
        title: 'Warehouse Shift Lead',
        company: 'Nordlicht Logistik GmbH',
        location: 'Hamburg, DE',
        employmentType: 'full_time',
        salaryRange: { min: 3200, max: 3800, currency: 'EUR', period: 'month' },
        url: `${base}/jsonld`,
        source: 'imported',
      });
      expect(job.requirements).toEqual(
        expect.arrayContaining(['Forklift licence', 'Experience with SAP EWM and inventory management']),
      );
      expect(job.keywords.required).toEqual(expect.arrayContaining(['Inventory management']));

      const source = await call('GET', `/api/v1/jobs/${job.id}/source`);
      expect(source.statusCode).toBe(200);
      expect(source.json()).toMatchObject({
        kind: 'url',
        reader: 'json-ld',
        contentType: 'text/html',
        content: jsonLdPage,
      });

      const exported = (await call('GET', '/api/v1/auth/me/export')).json();
      const jobs = exported.jobs as { id: string; sourceSnapshot: { content: string } | null }[];
      expect(jobs.find((j) => j.id === job.id)?.sourceSnapshot?.content).toBe(jsonLdPage);
    });

    it('parses a pasted page without markup: main text only, no keywords from scripts or footers', async () => {
      const call = await user();
      const parsed = await call('POST', '/api/v1/jobs/parse', {
        html: plainPage,
        url: 'https://example.org/j/1',
      });
      expect(parsed.statusCode).toBe(200);
      const body = parsed.json();
      expect(body).toMatchObject({
        title: 'Dental Hygienist',
        source: { kind: 'html', reader: 'page-text' },
      });
      expect(body.description).not.toMatch(/Kubernetes|Privacy|Login/);
      expect(body.keywords.required).not.toContain('Python');
      expect(body.keywords.required).toEqual(expect.arrayContaining(['BLS']));
      expect((await call('GET', '/api/v1/jobs')).json().pagination.total).toBe(0);
    });

    it('reads board JSON, plain text, and follows up to 3 redirects', async () => {
      const call = await user();
      const board = (await call('POST', '/api/v1/jobs/parse', { url: `${base}/board.json` })).json();
      expect(board).toMatchObject({
        title: 'Staff Accountant',
        company: 'Acme Outdoor',
        location: 'Denver, CO',
      });
      expect(board.source.reader).toBe('greenhouse');
      const text = (await call('POST', '/api/v1/jobs/parse', { url: `${base}/text` })).json();
      expect(text).toMatchObject({ title: 'Barista', source: { reader: 'text' } });
      const redirected = await call('POST', '/api/v1/jobs/parse', { url: `${base}/redirect/2` });
      expect(redirected.json()).toMatchObject({
        title: 'Warehouse Shift Lead',
        source: { finalUrl: `${base}/jsonld` },
      });
      expectError(
        await call('POST', '/api/v1/jobs/parse', { url: `${base}/redirect/3` }),
        502,
        'IMPORT.FETCH_FAILED',
      );
    });

    it('answers the fetch errors with their codes and saves nothing', async () => {
      const call = await user();
      expectError(await call('POST', '/api/v1/jobs', { url: `${base}/pdf` }), 400, 'IMPORT.URL_NOT_ALLOWED');
      expectError(
        await call('POST', '/api/v1/jobs', { url: 'ftp://example.org/job' }),
        400,
        'IMPORT.URL_NOT_ALLOWED',
      );
      expectError(await call('POST', '/api/v1/jobs', { url: `${base}/big` }), 502, 'IMPORT.FETCH_FAILED');
      expectError(await call('POST', '/api/v1/jobs', { url: `${base}/missing` }), 502, 'IMPORT.FETCH_FAILED');
      expectError(
        await call('POST', '/api/v1/jobs', { url: `${base}/empty` }),
        422,
        'IMPORT.NO_POSTING_FOUND',
      );
      const started = Date.now();
      expectError(await call('POST', '/api/v1/jobs', { url: `${base}/slow` }), 504, 'IMPORT.FETCH_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(3000);
      expect((await call('GET', '/api/v1/jobs')).json().pagination.total).toBe(0);
    });

    it('takes exactly one input shape', async () => {
      const call = await user();
      const both = await call('POST', '/api/v1/jobs/parse', { text: 'Nurse', url: `${base}/jsonld` });
      expectError(both, 400, 'VALIDATION.FAILED');
      const none = await call('POST', '/api/v1/jobs/parse', {});
      expectError(none, 400, 'VALIDATION.FAILED');
      const textAndHtml = await call('POST', '/api/v1/jobs', { rawText: 'Nurse', html: '<p>x</p>' });
      expectError(textAndHtml, 400, 'VALIDATION.FAILED');
    });

    it('keeps the snapshot of pasted text, and a hand-entered job has none (404)', async () => {
      const call = await user();
      const parsed = (
        await call('POST', '/api/v1/jobs', { rawText: 'Line Cook\nBistro Nord - Oslo, Norway' })
      ).json();
      expect((await call('GET', `/api/v1/jobs/${parsed.id}/source`)).json()).toMatchObject({
        kind: 'text',
        reader: 'text',
      });
      const manual = (await call('POST', '/api/v1/jobs', { title: 'Chef' })).json();
      expectError(await call('GET', `/api/v1/jobs/${manual.id}/source`), 404, 'JOB.SOURCE_NOT_FOUND');
      const other = await user();
      expectError(await other('GET', `/api/v1/jobs/${parsed.id}/source`), 404, 'JOB.NOT_FOUND');
    });
  },
  { URL_IMPORT_ALLOW_PRIVATE: 'true', URL_IMPORT_TIMEOUT_MS: '700' },
);

describe('job import with the default fetch rules', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp();
    await testApp.app.ready();
  });
  afterAll(async () => testApp.app.close());

  it('refuses loopback and private addresses, by literal and by name (the address connected to)', async () => {
    const call = clientFor(testApp.app, (await register(testApp.app)).accessToken);
    const before = hits.length;
    const port = new URL(base).port;
    for (const url of [
      `${base}/jsonld`,
      `http://[::1]:${port}/jsonld`,
      `http://[::ffff:127.0.0.1]:${port}/jsonld`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      `http://localhost:${port}/jsonld`,
      // A name that resolves to 127.0.0.1: only the connection's own lookup can catch it.
      `http://${hostname()}:${port}/jsonld`,
    ]) {
      expectError(await call('POST', '/api/v1/jobs', { url }), 400, 'IMPORT.URL_NOT_ALLOWED');
    }
    expect(hits.length).toBe(before);
  });
});
