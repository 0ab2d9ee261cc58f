/**
 * Names as claims: a capitalised word, an acronym, a product or a code ("BlackLine", "PMP", "5S", "S/4HANA")
 * that a generated sentence states is a claim about the candidate, whatever a keyword vocabulary says. It is
 * supported only where the profile itself names it; the job's keywords never are a source.
 *
 * Folding makes spellings meet: case, diacritics and Polish/German letters ("Łódź" = "Lodz"), possessives.
 * A credential the profile only qualifies ("CPA-eligible", "eligible for the CPA", "pursuing the PMP") is not
 * a mention of holding it: those phrases are left out of what supports a name.
 */
import { canonicalText } from './claim-text.js';

/** Lower case, no diacritics, one spelling of letters some keyboards lack. */
export function fold(text: string): string {
  return canonicalText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/gu, 'l')
    .replace(/Ł/gu, 'L')
    .replace(/ß/gu, 'ss')
    .replace(/[øØ]/gu, 'o')
    .replace(/[æÆ]/gu, 'ae')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}

// A word with its inner punctuation ("S/4HANA", "C++", "o.o", "10-Hour", "Luke's").
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'&+#./-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

// Credentials stated as not (yet) held, and what one wants to learn ("keen to learn Power BI").
const QUALIFIED_RE =
  /\b(?:eager|keen|excited|happy|glad|looking forward|hoping|hope|chance|opportunity|want|like|love)\s+to\s+(?:learn|pick up|get to know)\s+(?:more about\s+)?(?:the\s+)?[\p{L}\p{N}+#]+(?:\s+\p{Lu}[\p{L}\p{N}]*)?|\b[\p{L}\p{N}]+[-\s]eligible\b|\beligible (?:for|to sit for) (?:the )?[\p{L}\p{N}]+\b|\b(?:pursuing|working towards?|studying for|preparing for|candidate for) (?:the |a |an )?[\p{L}\p{N}]+\b|\b[\p{L}\p{N}]+ (?:candidate|\(in progress\)|in progress|exam scheduled)\b/giu;

/** The text without credentials it only qualifies ("CPA-eligible"): those are not held. */
export function withoutQualified(text: string): string {
  return canonicalText(text).replace(QUALIFIED_RE, (m) => ' '.repeat(m.length));
}

export interface NameWord {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
}

// A French or Italian elided article before a name ("l'Université Lyon 3", "d'Orange"): the name is the rest.
const ELIDED_ARTICLE = /^(?:[lLdD]|qu)['’](?=\p{Lu})/u;

export function words(text: string): NameWord[] {
  const out: NameWord[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const skip = ELIDED_ARTICLE.exec(m[0])?.[0].length ?? 0;
    out.push({ surface: m[0].slice(skip), start: m.index + skip, end: m.index + m[0].length });
  }
  return out;
}

// A profile repeats its words, and the truthfulness gate indexes each item and the whole profile: folding
// each distinct word once (nine passes over it) took the gate from ~5 s to ~2 s on a full profile. Bounded, so
// a stream of distinct words cannot grow it without limit.
const FOLDED_WORDS_LIMIT = 50_000;
const foldedWords = new Map<string, string>();

function foldWord(w: string): string {
  const known = foldedWords.get(w);
  if (known !== undefined) return known;
  const folded = fold(w).replace(/'s$/u, '').replace(/'$/u, '');
  if (foldedWords.size >= FOLDED_WORDS_LIMIT) foldedWords.clear();
  foldedWords.set(w, folded);
  return folded;
}

/** What a set of source texts names: whole words and their parts, folded. */
// Words an abbreviation skips: "GEA" is "Gestion des entreprises et des administrations", "MBA" "Master of
// Business Administration".
const LINKING_WORDS = new Set(
  'of and the for in a an de des du d l la le les et en a au aux y del el los las e i w z und fur der die das von im'.split(
    ' ',
  ),
);

/**
 * The abbreviation of a short name (three to six words that count), folded: a writer may name "Gestion des
 * entreprises et des administrations" as "GEA". A long line has none: it is no name.
 */
function initialsOf(foldedWords: readonly string[]): string | null {
  const counted = foldedWords.filter((w) => !LINKING_WORDS.has(w) && /^\p{L}/u.test(w));
  if (counted.length < 3 || counted.length > 6 || foldedWords.length > 9) return null;
  return counted.map((w) => w[0]).join('');
}

export class NameIndex {
  private constructor(
    private readonly whole: ReadonlySet<string>,
    private readonly parts: ReadonlySet<string>,
    /** Each text's folded words, the texts joined by " | " (a phrase never spans two texts). */
    private readonly text: string,
  ) {}

  static of(texts: readonly string[]): NameIndex {
    return NameIndex.ofUnqualified(texts.map(withoutQualified));
  }

  /** As `of`, for texts already read through `withoutQualified` (by a caller that needs them too). */
  static ofUnqualified(texts: readonly string[]): NameIndex {
    // Each text's words folded once, for the sets and for the text.
    const folded = texts.map((t) => words(t).map((w) => foldWord(w.surface)));
    const whole = new Set<string>();
    const parts = new Set<string>();
    for (const f of folded.flat()) {
      whole.add(f);
      for (const p of f.split(/[-./']/u)) if (p !== '') parts.add(p);
    }
    for (const f of folded) {
      const initials = initialsOf(f);
      if (initials !== null) whole.add(initials);
    }
    return new NameIndex(whole, parts, ` ${folded.map((f) => f.join(' ')).join(' | ')} `);
  }

  /**
   * What any of the indexes names, as one index of all their texts: the profile's index is the union of its
   * items' indexes, so no text is read twice.
   */
  static union(indexes: readonly NameIndex[]): NameIndex {
    const whole = new Set<string>();
    const parts = new Set<string>();
    for (const index of indexes) {
      for (const w of index.whole) whole.add(w);
      for (const p of index.parts) parts.add(p);
    }
    // Each text starts and ends with a space: joined by "|", they read " a b | c | d e ", as `of` writes them.
    return new NameIndex(whole, parts, indexes.map((index) => index.text).join('|'));
  }

  /** Whether the word (or each of its parts) is named. */
  has(word: string): boolean {
    const f = foldWord(word);
    if (this.whole.has(f)) return true;
    const parts = f.split(/[-./']/u).filter((p) => p !== '');
    return parts.length > 1 && parts.every((p) => this.parts.has(p) || /^\d+$/u.test(p));
  }

  /**
   * Whether the word is a named word declined, as Polish declines every name ("Politechniki Krakowskiej" for
   * "Politechnika Krakowska", "w Postmanie" for "Postman"): the same stem, all but the named word's last two
   * letters, and an ending of at most four.
   */
  hasDeclined(word: string): boolean {
    const f = foldWord(word);
    if (f.length < 5) return false;
    for (const named of this.whole) {
      if (named.length < 4 || named[0] !== f[0]) continue;
      let common = 0;
      while (common < named.length && common < f.length && named[common] === f[common]) common++;
      if (common >= Math.max(4, named.length - 2) && f.length - common <= 4) return true;
    }
    return false;
  }

  /** Whether the phrase occurs as written (folded, word by word). */
  hasPhrase(phrase: string): boolean {
    const f = words(canonicalText(phrase))
      .map((w) => foldWord(w.surface))
      .join(' ');
    return f !== '' && this.text.includes(` ${f} `);
  }
}

// Letter conventions, pronouns and calendar words: capitalised, yet no claim.
const NOT_NAMES = new Set(
  (
    'i im ive id ill dear hello hi sincerely regards kind best yours thank thanks respectfully cordially ' +
    'mr mrs ms mx miss sir madam hiring recruiting recruitment talent acquisition team ' +
    // Words German writes as loans, which look foreign but name nothing ("auf B1-Niveau", "im Team").
    'niveau level stufe ' +
    // A German magnitude, a noun written with its capital ("Dutzende Mandanten", "Hunderte von Anrufen").
    'dutzende dutzenden hunderte hunderten tausende tausenden ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'sehr geehrte geehrter geehrtes damen herren freundlichen grussen gruss liebe lieber ' +
    'szanowni szanowna szanowny pozdrawiam powazaniem ' +
    // The polite "you" of a Polish letter, capitalised in every case ("do Państwa zespołu", "Pani ofercie").
    'panstwo panstwa panstwu panstwem pan pana panu panem pani pania ' +
    'styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien ' +
    'januar februar marz juni juli oktober dezember ' +
    // Words that open a sentence of a letter in the other languages, capitalised mid-text when the sentence
    // before ends on an abbreviation ("… sp. z o.o. Obecnie pracuję …", "… GmbH. Derzeit bin ich …").
    'hiermit derzeit zuletzt davor zuvor gern vielen dank ihre ihr ihnen ' +
    'madame monsieur je auparavant actuellement veuillez agreer ' +
    'estimado estimada estimados le actualmente hasta anteriormente me gracias atentamente ' +
    'obecnie ostatnie ostatnio wczesniej chetnie dziekuje'
  ).split(' '),
);

// A figure, or a span of time as an adjective ("12-year", "10-jährige", "8-letnie"), which the number check reads.
const NUMBER_LIKE =
  /^[$€£]?\d[\d.,]*(?:k|m|mm|bn|b|x|st|nd|rd|th|%)?$|^\d+-(?:years?|months?|jährig\p{L}*|monatig\p{L}*|letni\p{L}*|miesięczn\p{L}*)$/iu;

/** German sentences capitalise every noun: there only codes, acronyms and foreign-looking words are names. */
export function looksGerman(sentence: string): boolean {
  const hits = fold(sentence).match(
    /\b(?:der|die|das|und|ich|mit|bei|fur|von|zu|den|dem|ein|eine|einer|einem|einen|eines|habe|haben|bin|ist|sind|wird|werden|auf|als|im|zum|zur|sehr|uber|meine[nmr]?|sich|mich|mir|nicht|auch|gerne|wir|sie|ihr|ihre[mnrs]?|unsere?[mnrs]?|oder|aber|dass)\b/gu,
  );
  const count = hits?.length ?? 0;
  // A short sentence ("Vielen Dank für Ihre Zeit.") has one such word: its umlauts and no English word tell.
  return (
    count >= 2 ||
    (count === 1 &&
      /[äöüß]/iu.test(sentence) &&
      !/\b(?:the|and|at|of|i|my|with|for|to|in|a)\b/iu.test(sentence))
  );
}

// German's own words end in "-ei" too ("Steuerkanzlei", "Bäckerei"): a final "i" after "e" looks German.
const FOREIGN_LOOKING = /c(?![hk])|[qxy]|oo|ee|eau|[aou]$|(?<!e)i$/iu;

/** Whether a word, where it stands, reads as a name (a claim) rather than an ordinary word. */
export function isNameWord(surface: string, initial: boolean, german: boolean): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || NUMBER_LIKE.test(surface)) return false;
  if (NOT_NAMES.has(foldWord(surface).replace(/'/gu, ''))) return false;
  const hasDigit = /\d/u.test(surface);
  const acronym =
    /^\p{Lu}{2,}/u.test(letters) || /\p{Ll}\p{Lu}/u.test(letters) || (hasDigit && letters.length > 0);
  if (acronym) return true;
  if (!/^\p{Lu}/u.test(surface)) return false;
  if (initial || letters.length < 2) return false;
  if (german) return FOREIGN_LOOKING.test(letters);
  return true;
}
