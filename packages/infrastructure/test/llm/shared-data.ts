import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobFacts, ProfileFacts } from '@tailor/domain';
import { parseJobText } from './simple-job-parser.js';

/** The shared test data beside the repository (never copied into it). */
export const DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
export const dataAvailable = existsSync(DATA);

const filesIn = (folder: string, extension: string) =>
  dataAvailable
    ? readdirSync(`${DATA}${folder}`)
        .filter((name) => name.endsWith(extension) && !name.startsWith('LICENSE'))
        .sort()
        .map((name) => ({ name, path: `${DATA}${folder}/${name}` }))
    : [];

export const resumeTexts = () =>
  filesIn('resumes/txt', '.txt').map((file) => ({ name: file.name, text: readFileSync(file.path, 'utf8') }));

export const jobTexts = () =>
  [
    ...filesIn('jobs/txt', '.txt'),
    ...filesIn('jobs/onet-derived', '.txt'),
    ...filesIn('jobs/docx', '.txt'),
    ...filesIn('jobs/pdf', '.txt'),
  ].map((file) => ({
    name: file.name,
    text: readFileSync(file.path, 'utf8'),
  }));

interface JsonResume {
  basics?: { name?: string; label?: string };
  work?: Array<{
    name?: string;
    position?: string;
    startDate?: string;
    endDate?: string;
    highlights?: string[];
    summary?: string;
  }>;
  skills?: Array<{ name?: string; keywords?: string[] }>;
}

/** The JSON Resume files as the facts a writing task receives, plus the raw JSON (the task's whole input). */
export const profiles = () =>
  filesIn('resumes/json', '.json').map((file) => {
    const raw = readFileSync(file.path, 'utf8');
    const resume = JSON.parse(raw) as JsonResume;
    const facts: ProfileFacts = {
      fullName: resume.basics?.name ?? 'Unknown',
      headline: resume.basics?.label ?? null,
      experiences: (resume.work ?? []).map((work) => ({
        title: work.position ?? '',
        company: work.name ?? '',
        startDate: work.startDate ?? null,
        endDate: work.endDate ?? null,
        bullets: work.highlights ?? (work.summary ? [work.summary] : []),
      })),
      skills: (resume.skills ?? []).flatMap((skill) => skill.keywords ?? (skill.name ? [skill.name] : [])),
    };
    return { name: file.name, facts };
  });

export const jobs = (): Array<{ name: string; facts: JobFacts }> =>
  jobTexts().map(({ name, text }) => {
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
