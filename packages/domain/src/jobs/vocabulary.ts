import {
  CASE_SENSITIVE_NAMES,
  CURATED_ALIASES,
  CURATED_SKILLS,
  NEVER_KEYWORDS,
  type VocabularyEntry,
} from './curated-vocabulary.js';
import {
  KeywordMatcher,
  entriesToTerms,
  type CaseRule,
  type KeywordHit,
  type MatcherTerm,
} from './keyword-matcher.js';
import { phraseKey } from './keyword-text.js';
import { inflectedPhrases } from './keyword-inflection.js';
import { GENERATED_SPELLED_NAMES, GENERATED_VOCABULARY } from './vocabulary.generated.js';
import { NOT_BEFORE, TRADE_VOCABULARY } from './trade-vocabulary.js';
import { EVERYDAY_VOCABULARY } from './everyday-vocabulary.js';

const caseSensitive = new Set(CASE_SENSITIVE_NAMES);
const never = new Set(NEVER_KEYWORDS.map((w) => phraseKey(w)));

function curatedCaseRule(form: string): CaseRule {
  if (!caseSensitive.has(form)) return 'any';
  if (form.length <= 2) return 'exact';
  return /^[A-Z]+$/.test(form) ? 'upper' : 'capital';
}

// Generated names come from product lists, where a one-word name is often an English word ("Maven",
// "Cassandra", "Chef"): such words count only when capitalised, short acronyms only in upper case.
function generatedCaseRule(form: string): CaseRule {
  if (caseSensitive.has(form)) return form.length <= 2 ? 'exact' : 'capital';
  if (/^[A-Z]{2,4}$/.test(form)) return 'upper';
  if (/^[A-Z][a-z]+$/.test(form)) return 'capital';
  if (form.length <= 2) return 'exact';
  return 'any';
}

const skip = (form: string): boolean => never.has(phraseKey(form));

let defaultMatcher: KeywordMatcher | undefined;
let defaultTerms: readonly MatcherTerm[] | undefined;

// The written vocabulary's activity phrases also match in their other verb forms ("Loading and unloading":
// "loaded and unloaded", "load and unload"); the product lists name things, not activities.
function withVerbForms(terms: readonly MatcherTerm[]): MatcherTerm[] {
  return terms.map((t) => {
    const notBefore = NOT_BEFORE[t.name];
    const term =
      notBefore === undefined ? t : { ...t, notBefore: new Set(notBefore.map((w) => phraseKey(w))) };
    const own = new Set(term.forms.map((f) => phraseKey(f.text)));
    const derived = term.forms
      .flatMap((f) => inflectedPhrases(phraseKey(f.text)))
      .filter((p) => !own.has(p) && !never.has(p));
    if (derived.length === 0) return term;
    const forms = [...new Set(derived)].map((text) => ({ text, caseRule: 'any' as const, derived: true }));
    return { ...term, forms: [...term.forms, ...forms] };
  });
}

/** The default vocabulary: curated aliases and skills first (their names win), then the generated list. */
export function vocabularyTerms(): MatcherTerm[] {
  defaultTerms ??= [
    ...withVerbForms([
      ...entriesToTerms(CURATED_ALIASES, curatedCaseRule, skip),
      ...entriesToTerms(CURATED_SKILLS, curatedCaseRule, skip),
      ...entriesToTerms(TRADE_VOCABULARY, curatedCaseRule, skip),
      ...entriesToTerms(EVERYDAY_VOCABULARY, curatedCaseRule, skip),
    ]),
    ...entriesToTerms(GENERATED_VOCABULARY, generatedCaseRule, skip),
    // Product names known only by their spelling match only as spelled (one-word forms; phrases match as any).
    ...entriesToTerms(GENERATED_SPELLED_NAMES, () => 'exact', skip),
  ];
  return [...defaultTerms];
}

/** The compiled default matcher (built once, on first use: about a millisecond). */
export function defaultKeywordMatcher(): KeywordMatcher {
  defaultMatcher ??= KeywordMatcher.compile(vocabularyTerms());
  return defaultMatcher;
}

/**
 * Compiles a matcher over the default vocabulary plus extra terms (e.g. a job's own keywords, to look for
 * them in a resume). Extra entries are `[name, ...aliases]`; they merge into known terms where they overlap.
 */
export function createKeywordMatcher(extra: readonly VocabularyEntry[] = []): KeywordMatcher {
  return KeywordMatcher.compile([...vocabularyTerms(), ...entriesToTerms(extra, () => 'any', skip)]);
}

/**
 * The canonical key of a keyword: case, punctuation, plural and known aliases folded.
 * normaliseKeyword("MS Excel") === normaliseKeyword("excel") === normaliseKeyword("Microsoft Excel").
 */
export function normaliseKeyword(text: string): string {
  return defaultKeywordMatcher().keyOf(text);
}

/** Finds vocabulary keywords in any text (a resume, a cover letter), in order of first occurrence. */
export function findKeywordsInText(text: string): KeywordHit[] {
  return defaultKeywordMatcher().find(text);
}
