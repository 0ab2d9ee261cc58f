import { extractJobKeywords, parseJobPosting, type ParsedJob } from '@tailor/domain';

const SUMMARY_MAX = 600;

/**
 * The local engine's `parse_job`: the domain's deterministic posting parser and keyword extraction, in the
 * shape every provider returns for that task.
 */
export function parseJobWithDomainParser(text: string): ParsedJob {
  const posting = parseJobPosting(text);
  const keywords = extractJobKeywords(posting);
  const names = [...keywords.required, ...keywords.preferred].map((keyword) => keyword.name);
  const intro = posting.sections.find((section) => section.kind === 'summary' || section.kind === 'intro');
  const summary = (intro?.items.join(' ') || posting.description).slice(0, SUMMARY_MAX).trim();
  return {
    title: posting.title ?? 'Untitled posting',
    company: posting.company,
    location: posting.location,
    summary,
    responsibilities: [...posting.responsibilities],
    requirements: [...posting.requirements],
    niceToHave: [...posting.niceToHave],
    skills: names,
    keywords: names,
  };
}
