import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { fixtureBytes } from '../../../tests/support/fixtures.js';
import { expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';
import { importFileCases, type ExpectedImport } from './support/import-file-cases.js';
import { docxOf, textlessPdf, upload } from './upload-helpers.js';

const URL = '/api/v1/profiles/import/file';

/**
 * Our resumes (tests/fixtures/resumes): each plain-text source, the PDF and DOCX generated from it, and a
 * text laid out like a PDF extraction. The person's name and every employer, most recent first.
 */
const EXPECTED: Record<string, ExpectedImport> = {
  'priya-raman.software-engineer': {
    name: 'Priya Raman',
    employers: ['Copperleaf Billing', 'Tidewater Health Scheduling', 'Marigold Web Studio'],
  },
  'tomasz-nowak.registered-nurse': {
    name: 'Tomasz Nowak',
    employers: ['Valley General Hospital', 'Sierra Foothills Medical Center'],
  },
  'grace-liu.data-analyst': { name: 'Grace Liu', employers: ['Evergreen Grocers', 'Harborview Insurance'] },
};

const FILES = [
  ...['priya-raman.software-engineer', 'tomasz-nowak.registered-nurse'].flatMap((stem) => [
    { file: `resumes/txt/${stem}.txt`, stem },
    { file: `resumes/pdf/${stem}.pdf`, stem },
    { file: `resumes/docx/${stem}.docx`, stem },
  ]),
  { file: 'resumes/txt/grace-liu.data-analyst.pdftotext.txt', stem: 'grace-liu.data-analyst' },
];

interface ImportResponse {
  profile: { fullName: string; experiences: Array<{ company: string; title: string }>; email: string | null };
  unfilled: string[];
  dropped: unknown[];
}

describeEachDatabase(
  'POST /profiles/import/file',
  (context) => {
    importFileCases(context, fixtureBytes, FILES, EXPECTED);

    it('reports the fields the resume did not fill', async () => {
      const { app } = context();
      const user = await register(app);
      const response = await upload(app, user.accessToken, URL, [
        {
          name: 'file',
          value: fixtureBytes('resumes/txt/grace-liu.data-analyst.pdftotext.txt'),
          fileName: 'cv.txt',
        },
      ]);
      // Grace Liu's resume has no headline under the name.
      expect(response.json<ImportResponse>().unfilled).toEqual(expect.arrayContaining(['headline']));
      expect(response.json<ImportResponse>().profile.email).toBe('grace.liu@example.net');
    });

    it("imports a resume's projects into the profile: name, technologies, link, dates and bullets", async () => {
      const { app } = context();
      const user = await register(app);
      const resume = [
        'Jake Ryan',
        'jake@example.edu | github.com/jake',
        '',
        'Experience',
        'Research Assistant   June 2020 – Present',
        'Texas A&M University   College Station, TX',
        '• Developed a REST API using FastAPI and PostgreSQL',
        '',
        'Projects',
        'Gitlytics | Python, Flask, React   June 2020 – Present',
        '• Implemented GitHub OAuth to read repositories',
        'Tailor CLI (Go, Cobra) – github.com/jake/tailor-cli',
        '• Command-line client with offline drafts',
      ].join('\n');
      const response = await upload(app, user.accessToken, URL, [
        { name: 'file', value: Buffer.from(resume), fileName: 'cv.txt' },
      ]);
      expect(response.statusCode).toBe(201);
      const { profile } = response.json<{ profile: { projects: unknown[] } }>();
      expect(profile.projects).toEqual([
        expect.objectContaining({
          name: 'Gitlytics',
          technologies: ['Python', 'Flask', 'React'],
          startDate: '2020-06',
          bullets: ['Implemented GitHub OAuth to read repositories'],
        }),
        expect.objectContaining({
          name: 'Tailor CLI',
          technologies: ['Go', 'Cobra'],
          url: 'https://github.com/jake/tailor-cli',
          bullets: ['Command-line client with offline drafts'],
        }),
      ]);
    });

    it('reads a DOCX, and text in UTF-16 and Latin-1', async () => {
      const { app } = context();
      const user = await register(app);
      const text = fixtureBytes('resumes/txt/priya-raman.software-engineer.txt')
        .toString('utf8')
        .replace('PRIYA RAMAN', 'JOSÉ MÜLLER');
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      // Latin-1 has no "•": an editor writing Latin-1 would have used "-".
      const latin1 = Buffer.from(text.replaceAll('•', '-'), 'latin1');
      for (const [value, fileName] of [
        [docxOf(text), 'cv.docx'],
        [utf16, 'cv.txt'],
        [latin1, 'cv.txt'],
      ] as const) {
        const response = await upload(app, user.accessToken, URL, [{ name: 'file', value, fileName }]);
        expect(response.statusCode, fileName).toBe(201);
        const { profile } = response.json<ImportResponse>();
        expect(profile.fullName).toBe('José Müller');
        expect(
          profile.experiences.map((e) => e.company),
          fileName,
        ).toEqual(['Copperleaf Billing', 'Tidewater Health Scheduling', 'Marigold Web Studio']);
      }
    });

    it('refuses a file over 5 MB with 413 IMPORT.TOO_LARGE', async () => {
      const { app } = context();
      const user = await register(app);
      const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
      expectError(
        await upload(app, user.accessToken, URL, [{ name: 'file', value: big, fileName: 'cv.txt' }]),
        413,
        'IMPORT.TOO_LARGE',
      );
    });

    it('refuses a ZIP that is not a DOCX (renamed .docx) with 415', async () => {
      const { app } = context();
      const user = await register(app);
      const zip = zipSync({
        'notes.txt': new TextEncoder().encode('John Smith, engineer at TechCorp since 2019'),
      });
      expectError(
        await upload(app, user.accessToken, URL, [{ name: 'file', value: zip, fileName: 'resume.docx' }]),
        415,
        'IMPORT.UNSUPPORTED_TYPE',
      );
    });

    it('refuses an image with 415, whatever its name', async () => {
      const { app } = context();
      const user = await register(app);
      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(200, 1),
      ]);
      expectError(
        await upload(app, user.accessToken, URL, [{ name: 'file', value: png, fileName: 'resume.pdf' }]),
        415,
        'IMPORT.UNSUPPORTED_TYPE',
      );
    });

    it('refuses zip bombs (huge content or absurd entry count) with 422 before unpacking them', async () => {
      const { app } = context();
      const user = await register(app);
      // 64 MB of zeros compress to ~64 KB: far under the upload limit, far over what a resume unpacks to.
      const huge = zipSync(
        { 'word/document.xml': new Uint8Array(64 * 1024 * 1024), '[Content_Types].xml': new Uint8Array(10) },
        { level: 9 },
      );
      expect(huge.length).toBeLessThan(1024 * 1024);
      expectError(
        await upload(app, user.accessToken, URL, [{ name: 'file', value: huge, fileName: 'cv.docx' }]),
        422,
        'IMPORT.ARCHIVE_TOO_LARGE',
      );
      const entries: Record<string, Uint8Array> = { 'word/document.xml': new Uint8Array(10) };
      for (let i = 0; i < 2_000; i += 1) entries[`word/media/${i}.bin`] = new Uint8Array(1);
      expectError(
        await upload(app, user.accessToken, URL, [
          { name: 'file', value: zipSync(entries), fileName: 'cv.docx' },
        ]),
        422,
        'IMPORT.ARCHIVE_TOO_LARGE',
      );
    });

    it('refuses a PDF without text (a scan) with 422 IMPORT.NO_TEXT, creating nothing', async () => {
      const { app } = context();
      const user = await register(app);
      expectError(
        await upload(app, user.accessToken, URL, [
          { name: 'file', value: textlessPdf(), fileName: 'scan.pdf' },
        ]),
        422,
        'IMPORT.NO_TEXT',
      );
      const list = await app.inject({
        method: 'GET',
        url: '/api/v1/profiles',
        headers: { authorization: `Bearer ${user.accessToken}` },
      });
      expect(list.json().data).toEqual([]);
    });

    it('asks for the file when it is missing or the request is not multipart', async () => {
      const { app } = context();
      const user = await register(app);
      expectError(
        await upload(app, user.accessToken, URL, [{ name: 'note', value: 'no file here' }]),
        400,
        'IMPORT.FILE_REQUIRED',
      );
      const json = await app.inject({
        method: 'POST',
        url: URL,
        headers: { authorization: `Bearer ${user.accessToken}` },
        payload: { text: 'John Smith' },
      });
      expectError(json, 400, 'IMPORT.FILE_REQUIRED');
    });

    it('needs authentication', async () => {
      const { app } = context();
      const response = await app.inject({ method: 'POST', url: URL });
      expect(response.statusCode).toBe(401);
    });
  },
  { AUTH_RATE_LIMIT_MAX: '1000' },
);
