/**
 * The test fixtures that live in the repository: resumes and postings we wrote (tests/fixtures, see its
 * README), the PDF and DOCX files generated from them by tests/fixtures/generate.ts, and the MIT-licensed
 * JSON Resume examples that `@jsonresume/schema` ships on npm.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A fixture's path (relative to tests/fixtures). */
export const fixturePath = (relative: string): string => join(fixturesDir, relative);
export const readFixture = (relative: string): string => readFileSync(fixturePath(relative), 'utf8');
export const fixtureBytes = (relative: string): Buffer => readFileSync(fixturePath(relative));

/** The file names in a fixture folder with the given ending, sorted. */
export const fixtureFiles = (folder: string, ending: string): string[] =>
  readdirSync(fixturePath(folder))
    .filter((name) => name.endsWith(ending))
    .sort();

const jsonResumePackage = dirname(createRequire(import.meta.url).resolve('@jsonresume/schema/package.json'));

/** The JSON Resume schema (v1) as published in `@jsonresume/schema`. */
export const jsonResumeSchema = (): object =>
  JSON.parse(readFileSync(join(jsonResumePackage, 'schema.json'), 'utf8')) as object;

/** The example resumes `@jsonresume/schema` ships: the sample (Richard Hendriks) and three personas. */
export const JSON_RESUME_EXAMPLES = {
  sample: 'sample.resume.json',
  seniorEngineer: 'examples/senior-engineer.resume.json',
  newGrad: 'examples/new-grad.resume.json',
  careerChanger: 'examples/career-changer.resume.json',
} as const;

export type JsonResumeExample = keyof typeof JSON_RESUME_EXAMPLES;

export const jsonResumeExample = (name: JsonResumeExample): Record<string, unknown> =>
  JSON.parse(readFileSync(join(jsonResumePackage, JSON_RESUME_EXAMPLES[name]), 'utf8')) as Record<
    string,
    unknown
  >;

/** The sample job in the JSON Resume job schema, as `@jsonresume/schema` ships it. */
export const jsonResumeSampleJob = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(jsonResumePackage, 'sample.job.json'), 'utf8')) as Record<string, unknown>;
