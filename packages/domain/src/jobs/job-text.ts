import { extractJobKeywords } from './extract-job-keywords.js';
import type { JobDetails, JobKeywordLists } from './job.js';
import { storedPostingLayout, type StoredPostingLayout } from './parse-job-posting.js';
import type { JobSection } from './parsed-job-posting.js';

/** What a saved job keeps read from its text: its keywords and its description's layout. */
export interface JobTextReading {
  keywords: JobKeywordLists;
  layout: StoredPostingLayout;
}

/** The keyword lists stored on a job, drawn from its sections (required) and nice-to-haves (preferred). */
export function jobKeywordLists(details: JobDetails, sections?: readonly JobSection[]): JobKeywordLists {
  const found = extractJobKeywords({
    title: details.title,
    company: details.company ?? null,
    location: details.location ?? null,
    description: details.description ?? '',
    responsibilities: details.responsibilities ?? [],
    requirements: details.requirements ?? [],
    niceToHave: details.niceToHave ?? [],
    ...(sections ? { sections } : {}),
  });
  return {
    required: found.required.map((keyword) => keyword.name),
    preferred: found.preferred.map((keyword) => keyword.name),
  };
}

/** A job's keywords and layout, read as Job.create would read the layout (of the trimmed description). */
export function readJobText(details: JobDetails, sections?: readonly JobSection[]): JobTextReading {
  return {
    keywords: jobKeywordLists(details, sections),
    layout: storedPostingLayout((details.description ?? '').trim()),
  };
}

/** Characters of text a job's reading goes through: its description and the items of its three lists. */
export function jobTextLength(details: JobDetails): number {
  let length = (details.description ?? '').length;
  for (const list of [details.responsibilities, details.requirements, details.niceToHave])
    for (const item of list ?? []) length += item.length;
  return length;
}
