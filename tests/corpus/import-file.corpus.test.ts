/** File import (PDF and its pdftotext twin, plain text) over the shared corpus's resumes (../shared/data). */
import { importFileCases, type ExpectedImport } from '../../packages/http/test/support/import-file-cases.js';
import { describeEachDatabase } from '../../packages/http/test/test-app.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';

/**
 * Read from the files themselves (the PDFs and their pdftotext twins): the person's name and every employer,
 * most recent first.
 */
const EXPECTED: Record<string, ExpectedImport> = {
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

describeCorpus('file import over the shared resumes', () => {
  describeEachDatabase('POST /profiles/import/file over the shared resumes', (context) => {
    importFileCases(context, corpusBytes, FILES, EXPECTED);
  });
});
