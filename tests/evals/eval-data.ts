/**
 * Profiles and jobs for the tailoring evaluation, built from the shared test data (../shared/data, never
 * copied into the repository): JSON Resume documents through the real import mapping, postings through
 * the real parser and keyword extraction.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fromJsonResume, keywordsOf } from '@tailor/application';
import { SequentialIds } from '@tailor/application/testing';
import {
  normaliseProfileContent,
  parseJobPosting,
  type MatchableJob,
  type ProfileContent,
  type ProfileContentInput,
} from '@tailor/domain';

export const DATA = new URL('../../../shared/data/', import.meta.url);

export function profileFrom(input: ProfileContentInput): ProfileContent {
  const ids = new SequentialIds('item');
  return normaliseProfileContent(input, { keep: () => true, next: () => ids.next() });
}

export function loadResumes(): { name: string; profile: ProfileContent }[] {
  const dir = new URL('resumes/json/', DATA);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as unknown;
      const prefix = f.split('.')[0] ?? f;
      return { name: prefix, profile: profileFrom(fromJsonResume(doc, new SequentialIds(prefix))) };
    });
}

/** A posting's text as a stored job: parsed, keywords extracted as the jobs use cases do. */
export function jobFromText(text: string): MatchableJob {
  const parsed = parseJobPosting(text);
  const details = {
    title: parsed.title ?? 'Untitled',
    company: parsed.company,
    description: parsed.description,
    responsibilities: parsed.responsibilities,
    requirements: parsed.requirements,
    niceToHave: parsed.niceToHave,
  };
  return { ...details, keywords: keywordsOf(details, parsed.sections) };
}

export function loadPostings(): { name: string; text: string }[] {
  return ['txt', 'docx', 'pdf', 'onet-derived'].flatMap((dir) =>
    readdirSync(new URL(`jobs/${dir}/`, DATA))
      .filter((f) => f.endsWith('.txt') && !f.startsWith('LICENSE'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(new URL(`jobs/${dir}/${f}`, DATA), 'utf8') })),
  );
}

export function loadJob(path: string): MatchableJob {
  return jobFromText(readFileSync(new URL(`jobs/${path}`, DATA), 'utf8'));
}
