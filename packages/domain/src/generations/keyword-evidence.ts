import { phraseKey } from '../jobs/keyword-text.js';
import type { KeywordMatcher } from '../jobs/keyword-matcher.js';
import { defaultKeywordMatcher } from '../jobs/vocabulary.js';
import { PhraseFinder } from '../tailoring/phrase-scan.js';
import type { CompiledJob } from '../tailoring/match-report.js';

// A rewrite may tighten a line but must not cost the resume its evidence: a bullet that named a keyword the
// posting asks for and lost it in the rewrite is worth less than the original, so the original is kept.

/** A job's keywords as lookups: by vocabulary key, and by phrase for those the vocabulary does not know. */
interface KeywordLookup {
  readonly keys: ReadonlySet<string>;
  readonly phrases: PhraseFinder;
  /** For each phrase of `phrases`, the keys of the keywords searched for by it. */
  readonly phraseKeys: readonly (readonly string[])[];
}

// A generation checks every rewritten bullet against the same job: its lookups are built once. Looking each
// keyword's phrase up in each bullet cost keywords × bullets × characters (4 s of the task queue for a
// posting with 17,000 phrases of its own over a full profile).
const lookups = new WeakMap<CompiledJob, KeywordLookup>();

function lookupOf(job: CompiledJob): KeywordLookup {
  const known = lookups.get(job);
  if (known !== undefined) return known;
  const keys = new Set<string>();
  const byPhrase = new Map<string, string[]>();
  for (const k of [...job.required, ...job.preferred]) {
    keys.add(k.key);
    if (k.inVocabulary || k.phrase.trim() === '') continue;
    const samePhrase = byPhrase.get(k.phrase) ?? [];
    samePhrase.push(k.key);
    byPhrase.set(k.phrase, samePhrase);
  }
  const lookup = {
    keys,
    phrases: new PhraseFinder([...byPhrase.keys()]),
    phraseKeys: [...byPhrase.values()],
  };
  lookups.set(job, lookup);
  return lookup;
}

/**
 * The job keywords (their keys) a text evidences, read the way the match score reads a unit: a keyword whose
 * key the matcher finds in the text, or one the vocabulary does not know whose phrase the text holds.
 */
export function jobKeywordsIn(
  text: string,
  job: CompiledJob,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): Set<string> {
  const lookup = lookupOf(job);
  const found = new Set<string>();
  for (const hit of matcher.find(text)) if (lookup.keys.has(hit.key)) found.add(hit.key);
  lookup.phrases.eachIn(` ${phraseKey(text)} `, (phrase) => {
    for (const key of lookup.phraseKeys[phrase] ?? []) found.add(key);
  });
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
