import { expect, it } from 'vitest';
import { register } from '../http-helpers.js';
import type { TestApp } from '../test-app.js';
import { upload } from '../upload-helpers.js';

const URL = '/api/v1/profiles/import/file';

/** What a resume file should import as: the person's name and every employer, most recent first. */
export type ExpectedImport = { name: string; employers: Array<string | RegExp> };

interface ImportResponse {
  profile: { fullName: string; experiences: Array<{ company: string; title: string }>; email: string | null };
  unfilled: string[];
}

/**
 * One file-import check, run on our own resumes (packages/http/test) and on the shared corpus (tests/corpus):
 * every file is uploaded under a misleading name and type, and must import with its person's name and
 * employers. Call it inside a `describeEachDatabase` block; the bytes are read inside the test, so a
 * skipped suite never opens its files.
 */
export function importFileCases(
  context: () => TestApp,
  bytesOf: (file: string) => Buffer,
  files: ReadonlyArray<{ file: string; stem: string }>,
  expectedByStem: Readonly<Record<string, ExpectedImport>>,
): void {
  it.each(files)('imports $file: name, employers and number of experiences', async ({ file, stem }) => {
    const { app } = context();
    const user = await register(app);
    // A misleading name and declared type: the bytes decide.
    const response = await upload(app, user.accessToken, URL, [
      { name: 'file', value: bytesOf(file), fileName: 'resume.bin', contentType: 'image/png' },
    ]);
    expect(response.statusCode).toBe(201);
    const { profile, unfilled } = response.json<ImportResponse>();
    const expected = expectedByStem[stem]!;
    expect(profile.fullName).toBe(expected.name);
    expect(profile.experiences).toHaveLength(expected.employers.length);
    profile.experiences.forEach((experience, index) => {
      const employer = expected.employers[index]!;
      if (typeof employer === 'string') expect(experience.company).toBe(employer);
      else expect(experience.company).toMatch(employer);
    });
    expect(unfilled).not.toContain('fullName');
    expect(unfilled).not.toContain('experiences');
  });
}
