/**
 * Profiles and jobs for the tailoring evaluation: JSON Resume documents through the real import mapping,
 * postings through the real parser and keyword extraction. Two sources: the repository's own (the
 * `@tailor/jsonresume` examples and tests/fixtures) and, when it is there, the shared corpus
 * (../shared/data, never copied into the repository).
 */
import { fromJsonResume, keywordsOf } from '@tailor/application';
import { SequentialIds } from '@tailor/application/testing';
import {
  normaliseProfileContent,
  parseJobPosting,
  type MatchableJob,
  type ProfileContent,
  type ProfileContentInput,
} from '@tailor/domain';

import { corpusFiles, readCorpus } from '../support/corpus.js';
import {
  JSON_RESUME_EXAMPLES,
  fixtureFiles,
  jsonResumeExample,
  readFixture,
  type JsonResumeExample,
} from '../support/fixtures.js';

export type EvalSource = 'fixtures' | 'corpus';

export function profileFrom(input: ProfileContentInput): ProfileContent {
  const ids = new SequentialIds('item');
  return normaliseProfileContent(input, { keep: () => true, next: () => ids.next() });
}

const asProfile = (name: string, doc: unknown) => ({
  name,
  profile: profileFrom(fromJsonResume(doc, new SequentialIds(name))),
});

export function loadResumes(source: EvalSource = 'fixtures'): { name: string; profile: ProfileContent }[] {
  if (source === 'corpus')
    return corpusFiles('resumes/json', '.json').map((f) =>
      asProfile(f.split('.')[0] ?? f, JSON.parse(readCorpus(`resumes/json/${f}`))),
    );
  return [
    ...(Object.keys(JSON_RESUME_EXAMPLES) as JsonResumeExample[]).map((name) =>
      asProfile(name, jsonResumeExample(name)),
    ),
    ...fixtureFiles('resumes/json', '.json').map((f) =>
      asProfile(f.split('.')[0] ?? f, JSON.parse(readFixture(`resumes/json/${f}`))),
    ),
  ];
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

/** A posting by its path under tests/fixtures/jobs, or under ../shared/data/jobs for the corpus. */
export function loadJob(path: string, source: EvalSource = 'fixtures'): MatchableJob {
  return jobFromText(source === 'corpus' ? readCorpus(`jobs/${path}`) : readFixture(`jobs/${path}`));
}
