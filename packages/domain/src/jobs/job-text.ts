import { extractJobKeywords } from './extract-job-keywords.js';
import type { JobDetails, JobKeywordLists } from './job.js';
import { storedPostingLayout, type StoredPostingLayout } from './parse-job-posting.js';
import type { JobSection } from './parsed-job-posting.js';
import { storedKnockouts, type StoredKnockouts } from '../tailoring/job-knockouts.js';

/** What a saved job keeps read from its text: its keywords, its description's layout and its knock-outs. */
export interface JobTextReading {
  keywords: JobKeywordLists;
  layout: StoredPostingLayout;
  knockouts: StoredKnockouts;
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

const trimmedItems = (items: readonly string[] | undefined): string[] =>
  (items ?? []).map((item) => item.trim()).filter(Boolean);

/**
 * A job's keywords, layout and knock-outs, read as Job.create would read the last two (from the trimmed title,
 * description and list items it keeps).
 */
export function readJobText(details: JobDetails, sections?: readonly JobSection[]): JobTextReading {
  const description = (details.description ?? '').trim();
  const layout = storedPostingLayout(description);
  return {
    keywords: jobKeywordLists(details, sections),
    layout,
    knockouts: storedKnockouts({
      title: details.title.trim(),
      description,
      responsibilities: trimmedItems(details.responsibilities),
      requirements: trimmedItems(details.requirements),
      niceToHave: trimmedItems(details.niceToHave),
      layout,
    }),
  };
}

/** Characters of text a job's reading goes through: its description and the items of its three lists. */
export function jobTextLength(details: JobDetails): number {
  let length = (details.description ?? '').length;
  for (const list of [details.responsibilities, details.requirements, details.niceToHave])
    for (const item of list ?? []) length += item.length;
  return length;
}
