import { expect, it, type describe } from 'vitest';
import { extractJobKeywords } from '../../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../../src/jobs/parse-job-posting.js';

/** The postings the keyword checks read, by what they are (one file may serve two roles). */
export interface KeywordPostings {
  nurse: string;
  accountant: string;
  financialAnalyst: string;
  teacher: string;
  languageTeacher: string;
  marketingManager: string;
  digitalMarketer: string;
  softwareEngineer: string;
  dataScientistIndia: string;
  programManager: string;
  devopsEngineer: string;
  /** The employer named in dataScientistIndia, which must never become a keyword. */
  dataScientistCompany: string;
}

/**
 * Keyword extraction over postings in several trades: one suite, run on our own fixtures
 * (packages/domain/test) and on the shared corpus (tests/corpus) when it is there. Postings are read inside
 * the tests, so a suite skipped for want of its files never opens them.
 */
export function extractJobKeywordsSuite(
  describeSuite: typeof describe | ReturnType<typeof describe.skipIf>,
  readJob: (path: string) => string,
  files: KeywordPostings,
  titles: { nonSoftware: string; software: string },
): void {
  const keywordsOf = (file: string) => extractJobKeywords(parseJobPosting(readJob(file)));
  const names = (list: readonly { name: string }[]): string[] => list.map((k) => k.name);

  describeSuite(`extractJobKeywords on ${titles.nonSoftware}`, () => {
    it('nursing: clinical skills and EHR tools, no programming noise from plain words', () => {
      const { required } = keywordsOf(files.nurse);
      expect(names(required)).toEqual(
        expect.arrayContaining([
          'Medication administration',
          'Vital signs',
          'Care planning',
          'Patient education',
          'Medical records',
          'First aid',
          'Epic Systems',
          'MEDITECH',
          'eClinicalWorks',
        ]),
      );
      for (const nonsense of [
        'Go',
        'R',
        'C',
        'JavaScript',
        'Securities',
        'REST APIs',
        'Accounts receivable',
      ]) {
        expect(names(required)).not.toContain(nonsense);
      }
    });

    it('accounting: accounting, audit and reporting', () => {
      const names_ = names(keywordsOf(files.accountant).required);
      expect(names_).toEqual(
        expect.arrayContaining([
          'Accounting',
          'Auditing',
          'Financial reporting',
          'QuickBooks',
          'Microsoft Excel',
        ]),
      );
    });

    it('finance: valuation, financial analysis and BI tools', () => {
      const names_ = names(keywordsOf(files.financialAnalyst).required);
      expect(names_).toEqual(
        expect.arrayContaining([
          'Valuation',
          'Financial analysis',
          'Quantitative analysis',
          'Power BI',
          'SQL',
          'Tableau',
        ]),
      );
    });

    it('teaching: instruction methods and classroom behaviour', () => {
      const names_ = names(keywordsOf(files.teacher).required);
      expect(names_).toEqual(
        expect.arrayContaining([
          'Teaching methods',
          'Instructional materials',
          'Behavior management',
          'Microsoft Word',
        ]),
      );
      const teacher = names(keywordsOf(files.languageTeacher).required);
      expect(teacher).toEqual(
        expect.arrayContaining(['Phonics', 'Pedagogy', 'Google Slides', 'Google Sheets']),
      );
    });

    it('marketing: strategy, pricing, forecasting and marketing tools', () => {
      const names_ = names(keywordsOf(files.marketingManager).required);
      expect(names_).toEqual(
        expect.arrayContaining([
          'Marketing strategy',
          'Pricing strategy',
          'Sales forecasting',
          'Salesforce',
          'Adobe Photoshop',
        ]),
      );
      const digital = keywordsOf(files.digitalMarketer);
      expect(names(digital.required)).toEqual(
        expect.arrayContaining([
          'Google Analytics',
          'Google Ads',
          'Search engine optimization',
          'HubSpot',
          'Email marketing',
        ]),
      );
    });
  });

  describeSuite(`extractJobKeywords on ${titles.software}`, () => {
    it('separates required from preferred, a keyword in both being required only', () => {
      const { required, preferred } = keywordsOf(files.softwareEngineer);
      expect(names(required)).toEqual(
        expect.arrayContaining([
          'React',
          'Node.js',
          'JavaScript',
          'PostgreSQL',
          'Git',
          'Express.js',
          'REST APIs',
        ]),
      );
      expect(names(preferred)).toEqual(expect.arrayContaining(['GraphQL', 'CI/CD']));
      // TypeScript is preferred and also listed under "Technical Skills": required wins.
      expect(names(required)).toContain('TypeScript');
      expect(names(preferred)).not.toContain('TypeScript');
      const requiredKeys = new Set(required.map((k) => k.key));
      expect(preferred.filter((k) => requiredKeys.has(k.key))).toEqual([]);
    });

    it('finds languages and data tools in an Indian job-board posting', () => {
      const { required } = keywordsOf(files.dataScientistIndia);
      expect(names(required)).toEqual(
        expect.arrayContaining(['Machine learning', 'R', 'NumPy', 'MATLAB', 'SQL', 'MongoDB', 'NoSQL']),
      );
    });

    it('reads Google-style minimum/preferred qualifications', () => {
      const { required, preferred } = keywordsOf(files.programManager);
      expect(names(required)).toEqual(
        expect.arrayContaining(['Python', 'Perl', 'C++', 'Java', 'Linux', 'Unix']),
      );
      expect(names(preferred)).toContain('Program management');
    });

    it('picks up capitalised and acronym skills from the posting itself, conservatively', () => {
      const { required } = keywordsOf(files.dataScientistIndia);
      const fromPosting = required.filter((k) => k.source === 'posting').map((k) => k.name);
      expect(fromPosting).toEqual(expect.arrayContaining(['SVM', 'LSTM', 'Naive Bayes']));
      expect(fromPosting).not.toContain('Data Scientist');
      // The company and location are never keywords.
      expect(names(required)).not.toContain(files.dataScientistCompany);
    });

    it('does not read benefits or the application process', () => {
      const { required } = keywordsOf(files.softwareEngineer);
      // "GitHub" appears only under "Application Process".
      expect(names(required)).not.toContain('GitHub');
    });

    it('is deterministic: same input, same output, same order', () => {
      const a = keywordsOf(files.devopsEngineer);
      const b = keywordsOf(files.devopsEngineer);
      expect(a).toEqual(b);
      expect(a.required.length).toBeGreaterThan(10);
    });
  });
}
