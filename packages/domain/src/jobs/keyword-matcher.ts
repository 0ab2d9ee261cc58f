import { phraseKey, tokenize, type Token } from './keyword-text.js';
import type { VocabularyEntry } from './curated-vocabulary.js';

/** A skill, tool, certification or method, with a display name and a normalised key for comparison. */
export interface Keyword {
  /** Display name, e.g. "PostgreSQL". */
  readonly name: string;
  /** Canonical normalised key, e.g. "postgresql"; "Postgres" and "postgres" share it. */
  readonly key: string;
  /** Where the term came from: the shared vocabulary or the posting's own wording. */
  readonly source: 'vocabulary' | 'posting';
}

/** One keyword found in a text: how often and where first (character offset). */
export interface KeywordHit extends Keyword {
  readonly count: number;
  readonly firstIndex: number;
}

/** How strictly a one-word form must be written to count: as-is, capitalised, all upper case, or exactly. */
export type CaseRule = 'any' | 'capital' | 'upper' | 'exact';

export interface MatcherForm {
  readonly text: string;
  readonly caseRule: CaseRule;
  /**
   * A form worked out from another (a verb form of an activity phrase): it counts only where no term names
   * the same phrase itself, and a later term never merges into the term through it.
   */
  readonly derived?: boolean;
}

export interface MatcherTerm {
  readonly name: string;
  readonly forms: readonly MatcherForm[];
  readonly source?: Keyword['source'];
  /**
   * Words (normalised) that, written right after a form, show it is not this term: "on call" before
   * "handling" is a call being handled, not on-call duty.
   */
  readonly notBefore?: ReadonlySet<string>;
}

interface Target {
  readonly key: string;
  readonly name: string;
  readonly source: Keyword['source'];
  readonly caseRule: CaseRule;
  readonly surface: string;
  readonly notBefore?: ReadonlySet<string> | undefined;
}

// French elision is not part of the word: "d'Excel" is "Excel" written after "de".
const ELISION_RE = /^(?:[ldjnmstc]|qu)['’](?=\p{L})/iu;

function caseRulePasses(rule: CaseRule, written: string, form: string): boolean {
  const surface = written.replace(ELISION_RE, '');
  switch (rule) {
    case 'any':
      return true;
    case 'exact':
      return surface === form;
    case 'capital': {
      const first = surface[0] ?? '';
      return first !== first.toLowerCase();
    }
    case 'upper':
      return surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
  }
}

// A one-letter name ("C", "R", "D") after a grade, a class or a number is that grade or class: "GCSE Maths at
// grade 4/C", "grade C or above", "Category C licence", "Führerschein Klasse C", "Band D", not a language.
const GRADE_WORDS = new Set([
  'grade',
  'grades',
  'category',
  'categories',
  'cat',
  'kat',
  'class',
  'klasse',
  'band',
  'level',
  'type',
  'typ',
  'vitamin',
  'permis',
  'carnet',
  'carné',
  'kategoria',
  'kategorii',
  'categoría',
  'catégorie',
]);

function isGradeLetter(target: Target, before: Token | undefined): boolean {
  if (target.caseRule !== 'exact' || target.surface.length !== 1 || before === undefined) return false;
  return GRADE_WORDS.has(before.norm) || /^\d+$/.test(before.norm);
}

/**
 * A compiled vocabulary: finds the longest known phrase at each position of a text in one pass over its
 * tokens. Phrases are keyed by their normalised token sequence; a prefix set stops the look-ahead as soon as
 * no known phrase can continue, so almost every token costs a single Map lookup.
 */
export class KeywordMatcher {
  private constructor(
    private readonly phrases: ReadonlyMap<string, readonly Target[]>,
    private readonly prefixes: ReadonlySet<string>,
    private readonly maxTokens: number,
  ) {}

  /**
   * Compiles terms in priority order: a later term whose name or alias normalises to a phrase already known
   * is merged into the earlier term (it keeps the earlier display name and key).
   */
  static compile(terms: readonly MatcherTerm[]): KeywordMatcher {
    const phrases = new Map<string, Target[]>();
    const prefixes = new Set<string>();
    let maxTokens = 1;
    const derived: {
      form: MatcherForm;
      key: string;
      name: string;
      source: Keyword['source'];
      notBefore: ReadonlySet<string> | undefined;
    }[] = [];
    const add = (pk: string, target: Target) => {
      const parts = pk.split(' ');
      const list = phrases.get(pk) ?? [];
      list.push(target);
      phrases.set(pk, list);
      maxTokens = Math.max(maxTokens, parts.length);
      for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
    };
    for (const term of terms) {
      const own = term.forms.filter((f) => f.derived !== true);
      const keys = own.map((f) => phraseKey(f.text));
      const existing = keys.map((k) => phrases.get(k)?.[0]).find((t) => t !== undefined);
      const key = existing?.key ?? phraseKey(term.name);
      const name = existing?.name ?? term.name;
      if (key === '') continue;
      const source = term.source ?? 'vocabulary';
      const notBefore = term.notBefore;
      for (const form of term.forms)
        if (form.derived === true) derived.push({ form, key, name, source, notBefore });
      own.forEach((form, i) => {
        const pk = keys[i] ?? '';
        if (pk === '') return;
        const rule = pk.includes(' ') ? 'any' : form.caseRule;
        const list = phrases.get(pk);
        if (list?.some((t) => t.key === key && t.caseRule === rule && t.surface === form.text)) return;
        add(pk, { key, name, source, caseRule: rule, surface: form.text, notBefore });
      });
    }
    // Derived forms last: a phrase some term names itself keeps that term.
    for (const { form, key, name, source, notBefore } of derived) {
      const pk = phraseKey(form.text);
      if (pk === '' || phrases.has(pk)) continue;
      const caseRule = pk.includes(' ') ? 'any' : form.caseRule;
      add(pk, { key, name, source, caseRule, surface: form.text, notBefore });
    }
    return new KeywordMatcher(phrases, prefixes, maxTokens);
  }

  /** Canonical key of a phrase: its vocabulary key when known, else its normalised form. */
  keyOf(text: string): string {
    const pk = phraseKey(text);
    return this.phrases.get(pk)?.[0]?.key ?? pk;
  }

  /** The display name the vocabulary uses for a phrase, or null when it is not in the vocabulary. */
  nameOf(text: string): string | null {
    return this.phrases.get(phraseKey(text))?.[0]?.name ?? null;
  }

  /** Finds known keywords in a text. Order: first occurrence. Deterministic. */
  find(text: string): KeywordHit[] {
    return this.findInTokens(tokenize(text));
  }

  /** As find(); when `covered` is given, marks the tokens that are part of a found keyword. */
  findInTokens(tokens: readonly Token[], covered?: boolean[]): KeywordHit[] {
    const hits = new Map<
      string,
      { name: string; key: string; source: Keyword['source']; count: number; firstIndex: number }
    >();
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      const first = tokens[i] as Token;
      let phrase = first.norm;
      let best: Target | undefined;
      let bestEnd = i;
      for (let j = i; ;) {
        const candidates = this.phrases.get(phrase);
        if (candidates !== undefined) {
          const ok = candidates.find(
            (t) =>
              caseRulePasses(t.caseRule, first.surface, t.surface) &&
              !(t.caseRule === 'exact' && first.hyphenated) &&
              !(t.notBefore !== undefined && j + 1 < n && t.notBefore.has((tokens[j + 1] as Token).norm)),
          );
          if (ok !== undefined) {
            best = ok;
            bestEnd = j;
          }
        }
        if (!this.prefixes.has(phrase)) break;
        j++;
        if (j >= n || j - i >= this.maxTokens) break;
        phrase += ' ' + (tokens[j] as Token).norm;
      }
      if (best === undefined || isGradeLetter(best, tokens[i - 1])) {
        i++;
        continue;
      }
      const hit = hits.get(best.key);
      if (hit) hit.count++;
      else
        hits.set(best.key, {
          name: best.name,
          key: best.key,
          source: best.source,
          count: 1,
          firstIndex: first.start,
        });
      if (covered !== undefined) for (let k = i; k <= bestEnd; k++) covered[k] = true;
      i = bestEnd + 1;
    }
    return [...hits.values()];
  }
}

/** Turns `[name, ...aliases]` rows into matcher terms with the given case rules. */
export function entriesToTerms(
  entries: readonly VocabularyEntry[],
  caseRuleOf: (form: string) => CaseRule,
  skip: (form: string) => boolean,
): MatcherTerm[] {
  const terms: MatcherTerm[] = [];
  for (const [name, ...aliases] of entries) {
    const forms = [name, ...aliases]
      .filter((f) => !skip(f))
      .map((text) => ({ text, caseRule: caseRuleOf(text) }));
    if (forms.length > 0) terms.push({ name, forms });
  }
  return terms;
}
