/** File import (PDF and its pdftotext twin, plain text) over the shared corpus's resumes (../shared/data). */
import { expect, it } from 'vitest';
import { register } from '../../packages/http/test/http-helpers.js';
import { describeEachDatabase } from '../../packages/http/test/test-app.js';
import { upload } from '../../packages/http/test/upload-helpers.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';

const URL = '/api/v1/profiles/import/file';

/**
 * Read from the files themselves (the PDFs and their pdftotext twins): the person's name and every employer,
 * most recent first.
 */
const EXPECTED: Record<string, { name: string; employers: Array<string | RegExp> }> = {
  alfred_pennyworth_pm: {
    name: 'Alfred Pennyworth',
    employers: ['Google', 'Amazon', 'Apple', 'Netflix', 'Facebook'],
  },
  barry_allen_fe: { name: 'Barry Allen', employers: ['Google'] },
  bruce_wayne_fullstack: { name: 'Bruce Wayne', employers: ['OpenAI', 'Uber', 'Facebook'] },
  harvey_dent_mle: { name: 'Harvey Dent', employers: ['OpenAI', 'Uber', 'Facebook'] },
  john_doe: { name: 'John Doe', employers: [/^ABC Company, Inc\.?$/u, 'XYZ Solutions'] },
  'cv-analyser.sample_resume_en': {
    name: 'John Smith',
    employers: ['TechCorp Inc.', 'StartupXYZ', 'WebSolutions Ltd.'],
  },
};

const FILES = [
  ...[
    'alfred_pennyworth_pm',
    'barry_allen_fe',
    'bruce_wayne_fullstack',
    'harvey_dent_mle',
    'john_doe',
  ].flatMap((stem) => [
    { file: `resumes/pdf/${stem}.pdf`, stem },
    { file: `resumes/txt/${stem}.pdftotext.txt`, stem },
  ]),
  { file: 'resumes/txt/cv-analyser.sample_resume_en.txt', stem: 'cv-analyser.sample_resume_en' },
];

interface ImportResponse {
  profile: { fullName: string; experiences: Array<{ company: string; title: string }>; email: string | null };
  unfilled: string[];
  dropped: unknown[];
}

describeCorpus('file import over the shared resumes', () => {
  describeEachDatabase('POST /profiles/import/file over the shared resumes', (context) => {
    it.each(FILES)('imports $file: name, employers and number of experiences', async ({ file, stem }) => {
      const { app } = context();
      const user = await register(app);
      // A misleading name and declared type: the bytes decide.
      const response = await upload(app, user.accessToken, URL, [
        { name: 'file', value: corpusBytes(file), fileName: 'resume.bin', contentType: 'image/png' },
      ]);
      expect(response.statusCode).toBe(201);
      const { profile, unfilled } = response.json<ImportResponse>();
      const expected = EXPECTED[stem]!;
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
  });
});
