import type { Keyword, KeywordHit, KeywordMatcher } from './keyword-matcher.js';
import { phraseKey, tokenize } from './keyword-text.js';
import type { JobSection, JobSectionKind } from './parsed-job-posting.js';
import { defaultKeywordMatcher } from './vocabulary.js';
import { textLanguage, type TextLanguage } from '../tailoring/text-language.js';

/** The parts of a job the extraction reads; a parsed posting or a structured job both fit. */
export interface JobKeywordSource {
  readonly title?: string | null;
  readonly company?: string | null;
  readonly location?: string | null;
  readonly description: string;
  readonly responsibilities?: readonly string[];
  readonly requirements: readonly string[];
  readonly niceToHave: readonly string[];
  /** When present (a parsed posting), benefits, application and legal sections are not read. */
  readonly sections?: readonly JobSection[];
}

/**
 * The most keywords a job keeps of each list, the first in its order. Real postings give up to ~45 required
 * and ~10 preferred; a posting at the size limits gave 17,000 of its own phrases, which every match report,
 * ranking and generation then evidenced one by one (a 6 MB match report).
 */
export const MAX_REQUIRED_KEYWORDS = 100;
export const MAX_PREFERRED_KEYWORDS = 50;

export interface JobKeywords {
  /** Most frequent first, then in order of first mention; at most MAX_REQUIRED_KEYWORDS. */
  readonly required: Keyword[];
  /** Keywords that appear only under nice-to-have / preferred headings; at most MAX_PREFERRED_KEYWORDS. */
  readonly preferred: Keyword[];
}

const IGNORED_KINDS: ReadonlySet<JobSectionKind> = new Set([
  'benefits',
  'application',
  'legal',
  'about',
  'details',
  'niceToHave',
]);

// Capitalised phrases that look like names but are not skills.
const PHRASE_STOP = new Set(
  [
    'bachelor',
    'master',
    'degree',
    'phd',
    'experience',
    'year',
    'strong',
    'excellent',
    'good',
    'proven',
    'solid',
    'great',
    'ability',
    'skill',
    'knowledge',
    'understanding',
    'the',
    'our',
    'we',
    'you',
    'your',
    'equal',
    'opportunity',
    'employer',
    'team',
    'fortune',
    'familiarity',
    'proficiency',
    'expertise',
    'minimum',
    'preferred',
    'required',
    'must',
    'plus',
    'bonus',
    'senior',
    'junior',
    'lead',
    'job',
    'role',
    'position',
    'company',
    'candidate',
    'engineer',
    'developer',
    'manager',
    'designer',
    'analyst',
    'scientist',
    'grado',
    'superior',
    'licenciatura',
    'máster',
    'diplôme',
    'licence',
    'studium',
    'ausbildung',
    'abschluss',
    'studia',
    'magister',
    'inżynier',
    'título',
    'monday',
    'friday',
    'saturday',
    'sunday',
  ].map((w) => phraseKey(w)),
);
const ACRONYM_STOP = new Set([
  'US',
  'USA',
  'UK',
  'EU',
  'CA',
  'NY',
  'TX',
  'MA',
  'WA',
  'FL',
  'IL',
  'OR',
  'CO',
  'BS',
  'MS',
  'BA',
  'BSC',
  'MSC',
  'PHD',
  'GPA',
  'EEO',
  'CV',
  'OK',
  'ETC',
  'IT',
  'HR',
  'AM',
  'PM',
  'ID',
  'NOTE',
  'II',
  'III',
  'IV',
  'OR',
  'AND',
  'TO',
  'IN',
  'OF',
  'A',
  'I',
  'WE',
  'YOU',
  'USD',
  'EUR',
  'INR',
  'GBP',
  'FAQ',
  'TBD',
  'ASAP',
  'HQ',
  'CEO',
  'CTO',
  'VP',
  'SOC',
  // Currencies, contract and degree words of other languages.
  'PLN',
  'CHF',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'CZK',
  'B2B',
  'CDI',
  'CDD',
  'FP',
  'BAC',
  'GMBH',
  'AG',
  'SA',
  'SL',
  'SAS',
  // Italian, Portuguese and Indian contract and pay words: collective agreement, gross annual pay, the
  // Brazilian labour code, cost to company, lakhs per annum, Polish employment contract.
  'BRL',
  'CCNL',
  'RAL',
  'CLT',
  'CTC',
  'LPA',
  'UOP',
  'SRL',
  'SPA',
  'LTDA',
  'LDA',
]);

// German capitalises every noun ("Jahre Berufserfahrung", "Klasse B"): in a German item a capitalised run of
// words is no name, so only acronyms are read from it.
const GERMAN_ITEM_RE =
  /\b(?:und|mit|der|die|das|für|von|im|zur|zum|oder|sowie|bei|auf|Jahre|Erfahrung|Kenntnisse|Ihre?|Deine?|Sie|wir)\b/;

// The trade a German posting asks to have trained in: "abgeschlossene Ausbildung als Elektroniker für
// Betriebstechnik", "Ausbildung zur Pflegefachkraft (m/w/d)". The name as written, without its gender marker.
const GERMAN_QUALIFICATION =
  /\b(?:Berufsausbildung|Ausbildung|Lehre)\s+(?:als|zum|zur|zum\/zur|zur\/zum)\s+(\p{Lu}[\p{L}-]{2,40}(?:\s+(?:für|im|in der)\s+\p{Lu}[\p{L}-]{2,40})?)/u;

function sectionText(source: JobKeywordSource): { required: string; preferred: string } {
  const preferred = source.niceToHave.join('\n');
  if (source.sections !== undefined && source.sections.length > 0) {
    const kept = source.sections.filter((s) => !IGNORED_KINDS.has(s.kind));
    const required = [source.title ?? '', ...kept.flatMap((s) => [s.heading ?? '', ...s.items])].join('\n');
    return { required, preferred };
  }
  // A structured job: description minus the lines that repeat a nice-to-have item.
  const nice = source.niceToHave.map((n) => n.trim()).filter((n) => n.length >= 4);
  const description = source.description
    .split('\n')
    .filter((line) => !nice.some((n) => line.includes(n)))
    .join('\n');
  const required = [
    source.title ?? '',
    ...(source.responsibilities ?? []),
    ...source.requirements,
    description,
  ].join('\n');
  return { required, preferred };
}

// People named in a posting ("Contact our recruiter Dana Whitfield", "Ansprechpartnerin: Frau Greta Lindholm",
// "Dr. Helen Okafor"): their names are never skills, whatever a vocabulary says about a word in them. The name
// is on the trigger's line: "LinkedIn Recruiter" ending an item does not make the next line's word a name.
const PERSON_RE =
  /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Pan|Pani|Mme|Mlle|Sr|Sra|Srta|Dña|Don)\.?\s+|\b(?:[Cc]all|[Aa]sk for|[Ww]rite to|[Rr]each out to|[Aa]ppelez|[Ll]lame a|[Zz]adzwoń do)\s+|\b(?:[Cc]ontact(?: person)?|[Rr]ecruiter|[Hh]iring manager|[Aa]nsprechpartner(?:in)?|[Kk]ontakt|[Oo]soba kontaktowa|[Cc]ontacto|[Cc]ontactez|[Rr]eports to|[Bb]erichtet an|[Rr]aportuje do)\b[^\n.:]{0,30}?[: \t][ \t]*)((?:\p{Lu}[\p{Ll}'’-]+)(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})/gu;

// A dollar sign with its country's letter ("R$ 2.650", "C$ 60,000"): the letter is no language called R or C.
const LETTERED_DOLLAR_RE = /\b(?:US|[RCAS])\$/g;

/**
 * Blanks out the names in a text (people it names, the company, the place) with spaces of the same length, so
 * no keyword is read from them and offsets stay where they were.
 */
function maskNames(text: string, names: readonly string[]): string {
  let out = text
    .replace(LETTERED_DOLLAR_RE, (sign) => ' '.repeat(sign.length))
    .replace(
      PERSON_RE,
      (whole, name: string) => whole.slice(0, whole.length - name.length) + ' '.repeat(name.length),
    );
  for (const name of names) if (name.length >= 3) out = blankOut(out, name);
  return out;
}

/**
 * The text with each occurrence of `name`, left to right and not overlapping, replaced by spaces. Built in one
 * pass: rebuilding the whole text at each occurrence took 55 s for 500 KB of a posting that names its
 * company in every other word ("Acme"), on the request's event loop.
 */
export function blankOut(text: string, name: string): string {
  if (name === '') return text;
  const blank = ' '.repeat(name.length);
  const pieces: string[] = [];
  let from = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    pieces.push(text.slice(from, at), blank);
    from = at + name.length;
  }
  if (from === 0) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** The company and place as written, and their parts ("Hamburg, Deutschland" → also "Hamburg"). */
const LEGAL_FORM_TAIL =
  /,?\s+(?:Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|plc|PLC|GmbH(?:\s*&\s*Co\.?\s*KG)?|gGmbH|AG|KG|e\.\s?V\.|SE|S\.?A\.?S?|S\.?L\.?U?|SARL|SAS|[Ss]p\.\s?[zZ]\s?[oO]\.\s?[oO]\.|S\.?p\.?A\.?|S\.r\.l\.?|Srl|Ltda\.?|Lda\.?)$/u;

function namesOf(posting: JobKeywordSource): string[] {
  const names: string[] = [];
  for (const value of [posting.company, posting.location]) {
    if (!value) continue;
    names.push(value);
    for (const part of value.split(/[,;()|/·]/)) if (part.trim().length >= 3) names.push(part.trim());
    // "Apex Access Ltd" writes itself "Apex Access" in its own text.
    const bare = value.replace(LEGAL_FORM_TAIL, '').trim();
    if (bare !== value && bare.length >= 3) names.push(bare);
  }
  // Longest first, so "Mercy Ridge Hospital" is blanked before "Mercy".
  return names.sort((a, b) => b.length - a.length);
}

function rank(hits: readonly KeywordHit[]): Keyword[] {
  return [...hits]
    .sort(
      (a, b) =>
        b.count - a.count || a.firstIndex - b.firstIndex || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .map(({ name, key, source }) => ({ name, key, source }));
}

/**
 * "TCP/IP", "QA/QC": two capitals' acronyms joined by a slash, one of them of at most two letters, are
 * one name. Longer pairs ("HTML/CSS", "DNS/DHCP") are lists and stay two keywords.
 */
function slashPairedAcronym(
  item: string,
  first: { surface: string; end: number },
  next: { surface: string; start: number; end: number; hyphenated?: boolean } | undefined,
): string | null {
  if (next === undefined || next.hyphenated === true || item.slice(first.end, next.start) !== '/')
    return null;
  const [a, b] = [first.surface, next.surface];
  if (!/^[A-Z]{1,6}$/.test(a) || !/^[A-Z]{1,6}$/.test(b) || Math.min(a.length, b.length) > 2) return null;
  return `${a}/${b}`;
}

/**
 * Skill-like phrases from the posting's own wording, conservatively: acronyms (HIPAA, SoC, RPC) and
 * capitalised multiword names (Google Slides, Chrome OS) inside requirement-type items, not at an item's
 * start (where any sentence is capitalised), and not already in the vocabulary.
 */
function postingPhrases(
  items: readonly string[],
  matcher: KeywordMatcher,
  exclude: ReadonlySet<string>,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const item of items) {
    const german = GERMAN_ITEM_RE.test(item);
    const qualification = german ? GERMAN_QUALIFICATION.exec(item)?.[1] : undefined;
    if (qualification !== undefined) {
      const key = phraseKey(qualification);
      if (matcher.nameOf(qualification) === null && !exclude.has(key) && !found.has(key))
        found.set(key, qualification);
    }
    const tokens = tokenize(item);
    const covered: boolean[] = [];
    matcher.findInTokens(tokens, covered);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || covered[i] === true || t.hyphenated) continue;
      const s = t.surface;
      if (
        /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*s?$/.test(s) &&
        s.length >= 2 &&
        s.length <= 8 &&
        /^[A-Z]{2}|^[A-Z][a-z][A-Z]/.test(s)
      ) {
        const paired = slashPairedAcronym(item, t, tokens[i + 1]);
        if (paired !== null) {
          const key = phraseKey(paired);
          if (matcher.nameOf(paired) === null && !exclude.has(key) && !found.has(key)) found.set(key, paired);
          i++;
          continue;
        }
        const bare = /^[A-Z]+s$/.test(s) ? s.slice(0, -1) : s;
        if (
          !ACRONYM_STOP.has(bare.toUpperCase()) &&
          matcher.nameOf(bare) === null &&
          !exclude.has(phraseKey(bare))
        ) {
          if (!found.has(phraseKey(bare))) found.set(phraseKey(bare), bare);
        }
        continue;
      }
      if (i === 0 || german || !/^\p{Lu}\p{Ll}/u.test(s)) continue;
      let j = i;
      while (
        j + 1 < tokens.length &&
        j - i < 3 &&
        covered[j + 1] !== true &&
        /^\p{Lu}/u.test(tokens[j + 1]?.surface ?? '')
      ) {
        // Stop at punctuation between tokens ("Python, Java" is two names, not one).
        const gap = item.slice(tokens[j]?.end ?? 0, tokens[j + 1]?.start ?? 0);
        if (gap.trim() !== '') break;
        j++;
      }
      if (j > i) {
        const words = tokens.slice(i, j + 1);
        if (!words.some((w) => PHRASE_STOP.has(w.norm))) {
          const name = item.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0);
          const key = phraseKey(name);
          if (matcher.nameOf(name) === null && !exclude.has(key) && !found.has(key)) found.set(key, name);
        }
        i = j;
      }
    }
  }
  return found;
}

// German leaves a compound's shared tail to its last member ("Kreditoren- und Debitorenbuchhaltung", "Lohn-
// und Gehaltsabrechnung", "Kreditoren-, Debitoren- und Anlagenbuchhaltung"): each hyphenated member is a word of
// its own. At most four members and 40 letters each, so the pattern stays linear.
const SUSPENDED_COMPOUND =
  /((?:\p{Lu}\p{L}{1,40}-,?[ \t]+){1,4})(?:und|oder|bzw\.|sowie|&)[ \t]+(\p{Lu}\p{L}{3,40})/gu;

// Words whose meaning the rest of the posting decides. German "Hydraulik" is hydraulics, Polish "hydraulik"
// (and its cases) is a plumber, the person, unless it is power hydraulics ("hydraulika siłowa"); Spanish
// "colegiación" is a nurse's registration only in a nursing posting (a pharmacist's or a social worker's is
// another college's). Where the posting says otherwise, the word names no keyword.
interface ContextRule {
  readonly form: RegExp;
  readonly keep: (text: string, language: () => TextLanguage | null) => boolean;
}
const CONTEXT_RULES: readonly ContextRule[] = [
  {
    form: /(?<!\p{L})hydrauli(?:k|ka|kiem|ków|cy|kowi|kach|kami|kom)(?!\p{L})(?!\s+siłow)/giu,
    keep: (_, language) => language() !== 'pl',
  },
  {
    form: /(?<!\p{L})(?:colegiaci[oó]n|n[uú]mero de colegiad[oa])(?!\p{L})/giu,
    keep: (text) => /enfermer/iu.test(text),
  },
];

/** The posting's texts with the words its context gives another meaning blanked out. */
function inContext(texts: readonly string[]): string[] {
  const rules = CONTEXT_RULES.filter(({ form }) => texts.some((t) => t.search(form) >= 0));
  if (rules.length === 0) return [...texts];
  const all = texts.join('\n');
  let language: TextLanguage | null | undefined;
  const languageOf = () => (language === undefined ? (language = textLanguage(all)) : language);
  let out = [...texts];
  for (const { form, keep } of rules)
    if (!keep(all, languageOf)) out = out.map((t) => t.replace(form, (w) => ' '.repeat(w.length)));
  return out;
}

/**
 * The members a suspended compound leaves unwritten ("Kreditorenbuchhaltung" of "Kreditoren- und
 * Debitorenbuchhaltung"), one a line. A member takes the longest tail of the last word that makes a known
 * keyword with it; a member that makes none is left out, as no guess is a skill.
 */
function spelledOutCompounds(text: string, matcher: KeywordMatcher): string {
  const out: string[] = [];
  for (const m of text.matchAll(SUSPENDED_COMPOUND)) {
    const [, members = '', last = ''] = m;
    for (const member of members.split(/-,?[ \t]+/).filter((w) => w !== '')) {
      for (let cut = 1; cut <= last.length - 4; cut++) {
        const word = member + last.slice(cut);
        if (matcher.nameOf(word) !== null) {
          out.push(word);
          break;
        }
      }
    }
  }
  return out.join('\n');
}

/**
 * Required and preferred keywords of a job. Required come from the title, requirements, responsibilities
 * and the rest of the description; preferred only from nice-to-have sections, and a keyword found in both
 * is required only. Deterministic: the same posting always gives the same lists in the same order.
 */
export function extractJobKeywords(
  posting: JobKeywordSource,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): JobKeywords {
  const names = namesOf(posting);
  const raw = sectionText(posting);
  const [required0 = '', preferred0 = '', ...items] = inContext([
    raw.required,
    raw.preferred,
    ...posting.requirements,
    ...posting.niceToHave,
  ]);
  const masked = { required: maskNames(required0, names), preferred: maskNames(preferred0, names) };
  const text = {
    required: `${masked.required}\n${spelledOutCompounds(masked.required, matcher)}`,
    preferred: `${masked.preferred}\n${spelledOutCompounds(masked.preferred, matcher)}`,
  };
  const requiredHits = matcher.find(text.required);
  const preferredHits = matcher.find(text.preferred);
  const requirements = items.slice(0, posting.requirements.length).map((item) => maskNames(item, names));
  const niceToHave = items.slice(posting.requirements.length).map((item) => maskNames(item, names));

  const exclude = new Set(
    [posting.company, posting.location, posting.title]
      .filter((v): v is string => !!v)
      .map((v) => phraseKey(v)),
  );
  for (const v of [posting.company, posting.location]) for (const t of tokenize(v ?? '')) exclude.add(t.norm);

  const required = rank(requiredHits);
  const seen = new Set(required.map((k) => k.key));
  for (const [key, name] of postingPhrases(requirements, matcher, exclude)) {
    if (!seen.has(key)) {
      required.push({ name, key, source: 'posting' });
      seen.add(key);
    }
  }
  const preferred = rank(preferredHits).filter((k) => !seen.has(k.key));
  const seenPreferred = new Set(preferred.map((k) => k.key));
  for (const [key, name] of postingPhrases(niceToHave, matcher, exclude)) {
    if (!seen.has(key) && !seenPreferred.has(key)) {
      preferred.push({ name, key, source: 'posting' });
      seenPreferred.add(key);
    }
  }
  return {
    required: required.slice(0, MAX_REQUIRED_KEYWORDS),
    preferred: preferred.slice(0, MAX_PREFERRED_KEYWORDS),
  };
}
