import { extractJobKeywords, type JobDetails, type JobKeywordLists, type JobSection } from '@tailor/domain';

/** The keyword lists stored on a job, drawn from its sections (required) and nice-to-haves (preferred). */
export function keywordsOf(details: JobDetails, sections?: readonly JobSection[]): JobKeywordLists {
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
