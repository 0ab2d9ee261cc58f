import { phraseKey } from '../jobs/keyword-text.js';
import type { KeywordMatcher } from '../jobs/keyword-matcher.js';
import { defaultKeywordMatcher } from '../jobs/vocabulary.js';
import type { ResolvedKeyword } from '../tailoring/evidence.js';
import type { CompiledJob } from '../tailoring/match-report.js';

// A rewrite may tighten a line but must not cost the resume its evidence: a bullet that named a keyword the
// posting asks for and lost it in the rewrite is worth less than the original, so the original is kept.

/** The job keywords (their keys) a text evidences, read the way the match score reads a unit. */
export function jobKeywordsIn(
  text: string,
  job: CompiledJob,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): Set<string> {
  const keys = new Set(matcher.find(text).map((h) => h.key));
  const norm = ` ${phraseKey(text)} `;
  const found = new Set<string>();
  const has = (k: ResolvedKeyword) =>
    keys.has(k.key) || (!k.inVocabulary && k.phrase.trim() !== '' && norm.includes(k.phrase));
  for (const k of [...job.required, ...job.preferred]) if (has(k)) found.add(k.key);
  return found;
}

/** True when `rewrite` evidences every job keyword `original` evidences. */
export function keepsKeywords(original: string, rewrite: string, job: CompiledJob): boolean {
  const before = jobKeywordsIn(original, job);
  if (before.size === 0) return true;
  const after = jobKeywordsIn(rewrite, job);
  return [...before].every((k) => after.has(k));
}

/** Each rewrite, or its original where the rewrite lost a job keyword the original named. */
export function keepKeywordEvidence(
  originals: readonly string[],
  rewrites: readonly string[],
  job: CompiledJob,
): string[] {
  return originals.map((original, i) => {
    const rewrite = rewrites[i];
    if (rewrite === undefined) return original;
    return keepsKeywords(original, rewrite, job) ? rewrite : original;
  });
}
