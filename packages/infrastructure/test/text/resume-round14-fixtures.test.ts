import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { FileTextExtractor } from '../../src/text/file-text-extractor.js';
import { ROUND14_DIR as DIR } from '../fixtures/resumes/round14/generate.js';

/**
 * Round fourteen's hand-written resumes (fixtures/resumes/round14: see generate.ts there), read through the
 * real extractor and the built-in parser and compared with what each says (expected.json): the name, the
 * contact details, every role (title, employer, dates, how many bullets), education, skills, languages and
 * certifications. A role's bullet count of null is not checked.
 */
interface Expected {
  name: string;
  headline?: string;
  email: string;
  phone: string;
  links?: string[];
  experiences: Array<[string, string, string | null, string | null, number | null]>;
  education: Array<[string, string]>;
  skills: string[];
  languages: string[];
  certifications?: string[];
  projects?: string[];
}

const EXPECTED: Record<string, Expected> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const extractor = new FileTextExtractor();

describe('round fourteen resumes (14 people, 8 PDFs and 2 DOCX among them, 5 languages)', () => {
  it.each(Object.keys(EXPECTED))('%s imports field by field', async (file) => {
    const expected = EXPECTED[file] as Expected;
    const { text } = await extractor.extract(readFileSync(join(DIR, file)));
    const parsed = parseResumeText(text);
    expect(parsed.fullName).toBe(expected.name);
    if (expected.headline !== undefined) expect(parsed.headline).toBe(expected.headline);
    expect(parsed.contact.email).toBe(expected.email);
    expect(parsed.contact.phone).toBe(expected.phone);
    if (expected.links) expect(parsed.contact.links).toEqual(expected.links);
    expect(
      parsed.experiences.map((e, index) => [
        e.title,
        e.company,
        e.startDate,
        e.current ? null : e.endDate,
        expected.experiences[index]?.[4] === null ? null : e.bullets.length,
      ]),
    ).toEqual(expected.experiences);
    // The degree as it opens ("Bachelor of Science" of "Bachelor of Science in Data Science").
    expect(parsed.education.map((e) => e.institution)).toEqual(
      expected.education.map(([, school]) => school),
    );
    expected.education.forEach(([degree], index) =>
      expect(parsed.education[index]?.degree?.startsWith(degree), degree).toBe(true),
    );
    expect(parsed.skills).toEqual(expect.arrayContaining(expected.skills));
    expect(parsed.languages.map((l) => l.language)).toEqual(expected.languages);
    if (expected.certifications)
      expect(parsed.certifications.map((c) => c.name)).toEqual(expected.certifications);
    if (expected.projects) expect(parsed.projects.map((p) => p.name)).toEqual(expected.projects);
  });
});
