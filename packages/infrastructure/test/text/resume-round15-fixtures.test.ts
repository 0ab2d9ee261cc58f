import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { FileTextExtractor } from '../../src/text/file-text-extractor.js';
import { ROUND15_DIR as DIR } from '../fixtures/resumes/round15/generate.js';

/**
 * Round fifteen's hand-written resumes (fixtures/resumes/round15: see generate.ts there), read through the
 * real extractor and the built-in parser and compared with what each says (expected.json): the name, the
 * contact details, every role (title, employer, dates, how many bullets), education, skills (and phrases
 * that must not be read as skills), languages, certifications, volunteer roles and publications.
 */
interface Expected {
  name: string;
  headline?: string;
  email: string;
  phone: string;
  experiences: Array<[string, string, string | null, string | null, number]>;
  education: Array<[string, string]>;
  skills: string[];
  notSkills?: string[];
  languages: string[];
  certifications: string[];
  volunteer?: Array<[string, string]>;
  publications?: number;
}

const EXPECTED: Record<string, Expected> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const extractor = new FileTextExtractor();

describe('round fifteen resumes (14 people, 6 PDFs and 2 DOCX among them, 6 languages)', () => {
  it.each(Object.keys(EXPECTED))('%s imports field by field', async (file) => {
    const expected = EXPECTED[file] as Expected;
    const { text } = await extractor.extract(readFileSync(join(DIR, file)));
    const parsed = parseResumeText(text);
    expect(parsed.fullName).toBe(expected.name);
    if (expected.headline !== undefined) expect(parsed.headline).toBe(expected.headline);
    expect(parsed.contact.email).toBe(expected.email);
    expect(parsed.contact.phone).toBe(expected.phone);
    expect(
      parsed.experiences.map((e) => [
        e.title,
        e.company,
        e.startDate,
        e.current ? null : e.endDate,
        e.bullets.length,
      ]),
    ).toEqual(expected.experiences);
    // The degree as it opens ("Bachelor of Science" of "Bachelor of Science in Nursing").
    expect(parsed.education.map((e) => e.institution)).toEqual(
      expected.education.map(([, school]) => school),
    );
    expected.education.forEach(([degree], index) =>
      expect(parsed.education[index]?.degree?.startsWith(degree), degree).toBe(true),
    );
    expect(parsed.skills).toEqual(expect.arrayContaining(expected.skills));
    for (const phrase of expected.notSkills ?? []) expect(parsed.skills).not.toContain(phrase);
    expect(parsed.languages.map((l) => l.language)).toEqual(expected.languages);
    expect(parsed.certifications.map((c) => c.name)).toEqual(expected.certifications);
    if (expected.volunteer)
      expect(parsed.volunteer.map((v) => [v.position, v.organization])).toEqual(expected.volunteer);
    if (expected.publications !== undefined) expect(parsed.publications).toHaveLength(expected.publications);
  });
});
