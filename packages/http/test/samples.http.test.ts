import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { fixtureBytes } from '../../../tests/support/fixtures.js';
import { PASSWORD, clientFor, expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';
import { textlessPdf, upload } from './upload-helpers.js';

const PDF_RESUME = 'resumes/pdf/priya-raman.software-engineer.pdf';
const TEXT_RESUME = 'resumes/txt/grace-liu.data-analyst.pdftotext.txt';
const STORAGE_DIR = mkdtempSync(join(tmpdir(), 'tailor-samples-http-'));
afterAll(() => rmSync(STORAGE_DIR, { recursive: true, force: true }));
const dirOf = (userId: string) => join(STORAGE_DIR, 'samples', userId);
/** The user's stored sample files (each upload writes a fresh name; replaced ones are removed). */
const filesOf = (userId: string) => (existsSync(dirOf(userId)) ? readdirSync(dirOf(userId)) : []);
/** The content of the user's one stored file. */
const onlyFileOf = (userId: string) => {
  expect(filesOf(userId)).toHaveLength(1);
  return readFileSync(join(dirOf(userId), filesOf(userId)[0]!));
};

const LETTER = `Dear hiring team,

I am writing to apply for the Platform Engineer role. I led the migration of our billing system to
Kubernetes and cut deployment time in half. I enjoy working with product teams and I care about
reliable systems. I would welcome the chance to bring that experience to your team.

Kind regards,
Ada Lovelace`;

interface Sample {
  id: string;
  type: string;
  fileName: string;
  format: string;
  text: string;
  style: { favouriteVerbs: string[]; person: string };
  version: number;
}

describeEachDatabase(
  '/samples',
  (context) => {
    it('stores a sample per type with its text and style, lists and reads it, and hides it from others', async () => {
      const { app } = context();
      const user = await register(app);
      const stranger = await register(app);
      const resume = await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'type', value: 'resume' },
        { name: 'file', value: fixtureBytes(PDF_RESUME), fileName: 'priya.pdf' },
      ]);
      expect(resume.statusCode).toBe(201);
      const stored = resume.json<Sample>();
      expect(stored).toMatchObject({ type: 'resume', fileName: 'priya.pdf', format: 'pdf', version: 1 });
      expect(stored.text).toContain('Senior Software Engineer | Copperleaf Billing');
      expect(stored.style.favouriteVerbs.length).toBeGreaterThan(0);
      expect(onlyFileOf(user.user.id)).toEqual(fixtureBytes(PDF_RESUME));

      // The type may come after the file.
      const letter = await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'file', value: LETTER, fileName: '../../letter.txt' },
        { name: 'type', value: 'coverLetter' },
      ]);
      expect(letter.statusCode).toBe(201);
      expect(letter.json<Sample>()).toMatchObject({
        type: 'coverLetter',
        format: 'text',
        fileName: 'letter.txt',
      });

      const asUser = clientFor(app, user.accessToken);
      const list = await asUser('GET', '/api/v1/samples');
      expect(list.json().data.map((s: Sample) => s.type)).toEqual(['resume', 'coverLetter']);
      expect(list.json().pagination).toMatchObject({ total: 2 });
      expect((await asUser('GET', `/api/v1/samples/${stored.id}`)).json()).toEqual(stored);

      const asStranger = clientFor(app, stranger.accessToken);
      expectError(await asStranger('GET', `/api/v1/samples/${stored.id}`), 404, 'SAMPLE.NOT_FOUND');
      expectError(await asStranger('DELETE', `/api/v1/samples/${stored.id}`), 404, 'SAMPLE.NOT_FOUND');
      expect((await asStranger('GET', '/api/v1/samples')).json().data).toEqual([]);
    });

    it('replaces the current sample of a type, bumping its version', async () => {
      const { app } = context();
      const user = await register(app);
      const first = await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'type', value: 'coverLetter' },
        { name: 'file', value: LETTER, fileName: 'one.txt' },
      ]);
      const second = await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'type', value: 'coverLetter' },
        { name: 'file', value: fixtureBytes(TEXT_RESUME), fileName: 'two.txt' },
      ]);
      expect(second.statusCode).toBe(201);
      expect(second.json<Sample>()).toMatchObject({
        id: first.json<Sample>().id,
        version: 2,
        fileName: 'two.txt',
      });
      const list = await clientFor(app, user.accessToken)('GET', '/api/v1/samples');
      expect(list.json().data).toHaveLength(1);
      expect(onlyFileOf(user.user.id).toString('utf8')).toContain('Data Analyst, Evergreen Grocers');
    });

    it('deletes a sample and its file', async () => {
      const { app } = context();
      const user = await register(app);
      const created = await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'type', value: 'resume' },
        { name: 'file', value: LETTER, fileName: 'cv.txt' },
      ]);
      const id = created.json<Sample>().id;
      const asUser = clientFor(app, user.accessToken);
      expect((await asUser('DELETE', `/api/v1/samples/${id}`)).statusCode).toBe(204);
      expect(filesOf(user.user.id)).toEqual([]);
      expectError(await asUser('GET', `/api/v1/samples/${id}`), 404, 'SAMPLE.NOT_FOUND');
    });

    it('applies the import file rules and checks the type', async () => {
      const { app } = context();
      const user = await register(app);
      const send = (parts: Parameters<typeof upload>[3]) =>
        upload(app, user.accessToken, '/api/v1/samples', parts);
      expectError(
        await send([
          { name: 'type', value: 'poem' },
          { name: 'file', value: LETTER, fileName: 'a.txt' },
        ]),
        400,
        'SAMPLE.INVALID_TYPE',
      );
      expectError(await send([{ name: 'type', value: 'resume' }]), 400, 'IMPORT.FILE_REQUIRED');
      expectError(
        await send([
          { name: 'type', value: 'resume' },
          { name: 'file', value: LETTER, fileName: 'a.txt' },
          { name: 'file', value: LETTER, fileName: 'b.txt' },
        ]),
        400,
        'IMPORT.INVALID_FORM',
      );
      const zip = zipSync({ 'a.txt': new TextEncoder().encode(LETTER) });
      expectError(
        await send([
          { name: 'type', value: 'resume' },
          { name: 'file', value: zip, fileName: 'a.docx' },
        ]),
        415,
        'IMPORT.UNSUPPORTED_TYPE',
      );
      expectError(
        await send([
          { name: 'type', value: 'resume' },
          { name: 'file', value: textlessPdf(), fileName: 'a.pdf' },
        ]),
        422,
        'IMPORT.NO_TEXT',
      );
      expectError(
        await send([
          { name: 'type', value: 'resume' },
          { name: 'file', value: Buffer.alloc(5 * 1024 * 1024 + 10, 'x'), fileName: 'a.txt' },
        ]),
        413,
        'IMPORT.TOO_LARGE',
      );
      expect((await clientFor(app, user.accessToken)('GET', '/api/v1/samples')).json().data).toEqual([]);
    });

    it('exports samples with the account and deletes rows and files with it', async () => {
      const { app } = context();
      const user = await register(app);
      const created = await upload(app, user.accessToken, '/api/v1/samples', [
        { name: 'type', value: 'resume' },
        { name: 'file', value: LETTER, fileName: 'cv.txt' },
      ]);
      const id = created.json<Sample>().id;
      const asUser = clientFor(app, user.accessToken);
      const exported = await asUser('GET', '/api/v1/auth/me/export');
      expect(exported.json().samples).toMatchObject([{ id, type: 'resume', fileName: 'cv.txt' }]);

      const deleted = await asUser('DELETE', '/api/v1/auth/me', { password: PASSWORD });
      expect(deleted.statusCode).toBe(204);
      expect(existsSync(join(STORAGE_DIR, 'samples', user.user.id))).toBe(false);
    });
  },
  { STORAGE_DIR, AUTH_RATE_LIMIT_MAX: '1000' },
);
