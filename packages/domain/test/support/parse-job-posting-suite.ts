import { expect, it, type describe } from 'vitest';
import { parseJobPosting } from '../../src/jobs/parse-job-posting.js';

/** A posting's expected title and company (null: not named in a form a deterministic reader can trust). */
export type PostingExpectation = readonly [
  file: string,
  title: string | null,
  company: string | null,
  hasRequirements: boolean,
];

/** The postings whose layouts the field checks read, with what each should yield where sources differ. */
export interface PostingLayouts {
  /** A US board posting: San Francisco, remote, $120k–$160k, React/Node.js duties, TypeScript nice to have. */
  softwareEngineer: string;
  /** An Indian job-board posting in Gurgaon, remote for now, full time, with a yearly INR range. */
  indian: { file: string; salary: { min: number; max: number } };
  /** A Google-style ad with "Minimum" and "Preferred qualifications". */
  minimumPreferred: string;
  /** A PDF extraction with wrapped bullets and page numbers. */
  pdf: { file: string; firstResponsibility: string; location: string };
  /** "Up to" a monthly INR salary. */
  upTo: { file: string; max: number };
  /** "Work Remotely: No", and bullets under no heading that are its requirements. */
  noHeading: { file: string; requirement: string };
  /** Any posting, for determinism. */
  any: string;
}

/**
 * The job posting reader: every posting's title, company and requirements, and the fields of postings whose
 * layouts differ. One suite, run on our own postings (packages/domain/test) and on the shared corpus
 * (tests/corpus) when it is there; files are read inside the tests, so a skipped suite never opens them.
 */
export function parseJobPostingSuite(
  describeSuite: typeof describe | ReturnType<typeof describe.skipIf>,
  readJob: (path: string) => string,
  source: {
    name: string;
    postings: readonly PostingExpectation[];
    listFiles: () => string[];
    layouts: PostingLayouts;
  },
): void {
  const { postings, layouts } = source;

  describeSuite(`parseJobPosting over every ${source.name} posting`, () => {
    it('covers every posting text file on disk', () => {
      expect([...source.listFiles()].sort()).toEqual(postings.map(([f]) => f).sort());
    });

    it.each(postings)('%s', (file, title, company, hasRequirements) => {
      const posting = parseJobPosting(readJob(file));
      expect(posting.title).toBe(title);
      expect(posting.company).toBe(company);
      if (hasRequirements) expect(posting.requirements.length).toBeGreaterThan(0);
      else expect(posting.requirements).toEqual([]);
      expect(posting.description.length).toBeGreaterThan(200);
    });
  });

  describeSuite(`parseJobPosting fields, on ${source.name} postings`, () => {
    it('reads location, work mode and salary from a header and body', () => {
      const p = parseJobPosting(readJob(layouts.softwareEngineer));
      expect(p.location).toBe('San Francisco, CA');
      expect(p.remote).toBe('remote');
      expect(p.salaryRange).toEqual({ min: 120000, max: 160000, currency: 'USD', period: null });
      expect(p.responsibilities[0]).toBe(
        'Design and develop scalable web applications using React and Node.js',
      );
      expect(p.requirements).toContain('Strong proficiency in JavaScript, HTML, and CSS');
      expect(p.niceToHave).toContain('Experience with TypeScript');
      // Benefits are not requirements.
      expect(p.requirements.join(' ')).not.toMatch(/dental/i);
    });

    it('reads an Indian-format salary, a location line and temporary remote work', () => {
      const p = parseJobPosting(readJob(layouts.indian.file));
      expect(p.location).toBe('Gurgaon, Haryana');
      expect(p.remote).toBe('remote');
      expect(p.employmentType).toBe('full_time');
      expect(p.salaryRange).toEqual({ ...layouts.indian.salary, currency: 'INR', period: 'year' });
      expect(p.requirements.some((r) => r.startsWith('Excellent understanding of machine learning'))).toBe(
        true,
      );
    });

    it('splits "Minimum" and "Preferred qualifications"', () => {
      const p = parseJobPosting(readJob(layouts.minimumPreferred));
      expect(p.requirements).toContain('Experience in one or more of the following: C, C++, Java, Python.');
      expect(p.niceToHave[0]).toMatch(/^Program management or technical management experience/);
      expect(p.responsibilities.length).toBeGreaterThan(2);
    });

    it('joins PDF bullets wrapped over two lines and drops page numbers', () => {
      const p = parseJobPosting(readJob(layouts.pdf.file));
      expect(p.responsibilities[0]).toBe(layouts.pdf.firstResponsibility);
      expect(p.description).not.toMatch(/^\s*1\s*$/m);
      expect(p.location).toBe(layouts.pdf.location);
    });

    it('reads "Up to" salaries and "Work Remotely: No"', () => {
      expect(parseJobPosting(readJob(layouts.upTo.file)).salaryRange).toEqual({
        min: null,
        max: layouts.upTo.max,
        currency: 'INR',
        period: 'month',
      });
      expect(parseJobPosting(readJob(layouts.noHeading.file)).remote).toBe('onsite');
    });

    it('treats bullets under no heading as requirements when there is no requirements section', () => {
      const p = parseJobPosting(readJob(layouts.noHeading.file));
      expect(p.requirements).toContain(layouts.noHeading.requirement);
    });

    it('is deterministic', () => {
      const text = readJob(layouts.any);
      expect(parseJobPosting(text)).toEqual(parseJobPosting(text));
    });
  });
}
