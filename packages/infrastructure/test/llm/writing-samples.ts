/**
 * Resumes and postings the local engine's writing tasks are checked on. Two sources: the repository's own
 * (tests/fixtures and the `@jsonresume/schema` examples) and the shared corpus beside the repository
 * (../shared/data, never copied into it; only when it is there).
 */
import type { JobFacts, ProfileFacts } from '@tailor/domain';
import { corpusFiles, readCorpus } from '../../../../tests/support/corpus.js';
import {
  JSON_RESUME_EXAMPLES,
  fixtureFiles,
  jsonResumeExample,
  readFixture,
  type JsonResumeExample,
} from '../../../../tests/support/fixtures.js';
import { parseJobText } from './simple-job-parser.js';

export type SampleSource = 'fixtures' | 'corpus';

interface Sample {
  name: string;
  text: string;
}

const fromCorpus = (folder: string, ending: string): Sample[] =>
  corpusFiles(folder, ending).map((name) => ({ name, text: readCorpus(`${folder}/${name}`) }));
/**
 * The local engine reads and writes English, so the fixtures in other languages (named `*.de.txt`,
 * `*.pl.resume.json`, …) are left to the parsing tests.
 */
const english = (name: string) => !/\.(?!en\.)[a-z]{2}\.(?:txt|resume\.json)$/u.test(name);
const fromFixtures = (folder: string, ending: string): Sample[] =>
  fixtureFiles(folder, ending)
    .filter(english)
    .map((name) => ({ name, text: readFixture(`${folder}/${name}`) }));

export const resumeTexts = (source: SampleSource): Sample[] =>
  source === 'corpus' ? fromCorpus('resumes/txt', '.txt') : fromFixtures('resumes/txt', '.txt');

export const jobTexts = (source: SampleSource): Sample[] =>
  source === 'corpus'
    ? [
        ...fromCorpus('jobs/txt', '.txt'),
        ...fromCorpus('jobs/onet-derived', '.txt'),
        ...fromCorpus('jobs/docx', '.txt'),
        ...fromCorpus('jobs/pdf', '.txt'),
      ]
    : fromFixtures('jobs', '.txt');

interface JsonResume {
  basics?: { name?: string; label?: string };
  work?: Array<{
    name?: string;
    /** FRESH-style resumes name the employer `company`. */
    company?: string;
    position?: string;
    startDate?: string;
    endDate?: string;
    highlights?: string[];
    summary?: string;
  }>;
  skills?: Array<{ name?: string; keywords?: string[] }>;
}

/** The JSON Resume files as the facts a writing task receives, plus the raw JSON (the task's whole input). */
const jsonResumes = (source: SampleSource): Array<{ name: string; resume: JsonResume }> =>
  source === 'corpus'
    ? fromCorpus('resumes/json', '.json').map(({ name, text }) => ({
        name,
        resume: JSON.parse(text) as JsonResume,
      }))
    : [
        ...(Object.keys(JSON_RESUME_EXAMPLES) as JsonResumeExample[]).map((name) => ({
          name,
          resume: jsonResumeExample(name) as JsonResume,
        })),
        ...fromFixtures('resumes/json', '.json').map(({ name, text }) => ({
          name,
          resume: JSON.parse(text) as JsonResume,
        })),
      ];

export const profiles = (source: SampleSource) =>
  jsonResumes(source).map(({ name, resume }) => {
    const facts: ProfileFacts = {
      fullName: resume.basics?.name ?? 'Unknown',
      headline: resume.basics?.label ?? null,
      experiences: (resume.work ?? []).map((work) => ({
        title: work.position ?? '',
        company: work.name ?? work.company ?? '',
        startDate: work.startDate ?? null,
        endDate: work.endDate ?? null,
        bullets: work.highlights ?? (work.summary ? [work.summary] : []),
      })),
      skills: (resume.skills ?? []).flatMap((skill) => skill.keywords ?? (skill.name ? [skill.name] : [])),
    };
    return { name, facts };
  });

export const jobs = (source: SampleSource): Array<{ name: string; facts: JobFacts }> =>
  jobTexts(source).map(({ name, text }) => {
    const parsed = parseJobText(text);
    return { name, facts: { title: parsed.title, company: parsed.company, keywords: parsed.keywords } };
  });

/** Lower-case word tokens. */
export const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/gu) ?? [];

/** Numbers as written ("1M+" → "1", "3.8/4.0" → "3.8", "4.0"). */
export const numbers = (text: string): string[] => text.match(/\d+(?:\.\d+)?/gu) ?? [];

/** What in `output` has no source in `input`: numbers, and words outside `input` and the `allowed` set. */
export function inventedFacts(output: string, input: string, allowed: ReadonlySet<string>): string[] {
  const inputWords = new Set(words(input));
  const inputNumbers = new Set(numbers(input));
  const newNumbers = numbers(output).filter((number) => !inputNumbers.has(number));
  const newWords = words(output).filter(
    (word) => !/^\d/u.test(word) && !inputWords.has(word) && !allowed.has(word),
  );
  return [...new Set([...newNumbers, ...newWords])];
}
