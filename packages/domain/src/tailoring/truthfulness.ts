import type { KeywordMatcher } from '../jobs/keyword-matcher.js';
import { phraseKey, tokenize, type Token } from '../jobs/keyword-text.js';
import { defaultKeywordMatcher } from '../jobs/vocabulary.js';
import type { ProfileContent } from '../profiles/profile-content.js';
import { statedEntries, type StatedEntry, type StatedSection } from '../profiles/unmodelled-sections.js';
import {
  NameIndex,
  fold,
  isNameWord,
  looksGerman,
  withoutQualified,
  words as nameWords,
} from './claim-names.js';
import {
  DURATION_SLACK_YEARS,
  canonicalText,
  contentWords,
  extractNumbers,
  extractYears,
  FOUNDING_RE,
  FRACTION_SLACK_POINTS,
  NOVELTY_RE,
  hasSourceFirst,
  hasSourceFounding,
  hasSourceScope,
  nameTokens,
  REACH_RE,
  PROMOTION_RE,
  readDegree,
  sameNumber,
  SCOPE_RE,
  titleTokens,
  WEAK_SCOPE_RE,
  titleWithin,
  wordsWithin,
  type NumberMention,
} from './claim-text.js';
import { ASSISTING_RE, CAREER_CLAIMS, OWNERSHIP_RE } from './career-claims.js';
import { monthIndex } from './evidence.js';
import { splitSentences } from './sentences.js';
import { AVAILABLE_RE, INTERVIEW_BEFORE, STATUS_CLAIMS, TIME_OF_DAY } from './status-claims.js';
import { textLanguage, type TextLanguage } from './text-language.js';
import {
  ALL_SITES_RE,
  AUDIENCES,
  EFFECT_RE,
  frequencyClaims,
  outcomesOf,
  sourceFrequencies,
  sourceSpansSites,
  statesChange,
  TAKE_OVER_RE,
  withoutFrequencies,
} from './work-claims.js';
import {
  languageClaims,
  profileLanguages,
  type LanguageClaim,
  type SpokenLanguage,
} from './language-claims.js';
import type {
  SourceRef,
  TailoredResumeContent,
  TailoredText,
  TailoredVolunteerRole,
} from './tailored-resume.js';

/**
 * A profile item the gate reads: a section a generated line can cite, or a section the profile keeps without
 * a field of its own (awards, volunteer work, publications), which supports free text only.
 */
export interface FactRef {
  readonly section: SourceRef['section'] | StatedSection;
  readonly itemId: string;
}

export const CLAIM_TYPES = [
  'source',
  'employer',
  'title',
  'institution',
  'degree',
  'certification',
  'award',
  'date',
  'number',
  'skill',
  'name',
  'scope',
  'language',
  'status',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];
export type Verdict = 'supported' | 'unsupported';

export interface TruthClaim {
  readonly type: ClaimType;
  readonly text: string;
  /** The sources checked: the ones the line cites, or for free text the item that supports it (if any). */
  readonly sourceRefs: FactRef[];
  readonly verdict: Verdict;
  readonly reason: string;
}

export interface TruthfulnessReport {
  /** True when every claim is supported. */
  readonly passed: boolean;
  readonly claims: TruthClaim[];
  readonly summary: {
    readonly total: number;
    readonly supported: number;
    readonly unsupported: number;
    readonly byType: Record<ClaimType, { supported: number; unsupported: number }>;
  };
}

/** What is being checked: a structured resume (bullets cite sources) or free text (a cover letter). */
export type GeneratedDocument =
  | { readonly kind: 'resume'; readonly content: TailoredResumeContent }
  | { readonly kind: 'text'; readonly text: string };

export interface TruthfulnessOptions {
  /**
   * Names that are not claims about the candidate: the target employer, the job title, its location, the
   * candidate's own name. A sentence that claims to hold the job's title is still checked as a title.
   */
  readonly allowedNames?: readonly string[];
}

export interface CompileOptions {
  /** Today, from the clock port: a current role runs to this month. Without it, to the latest date given. */
  readonly today?: Date;
}

interface UnitFacts {
  readonly text: string;
  readonly numbers: readonly NumberMention[];
  readonly words: ReadonlySet<string>;
  /** The words' crude stems (see `stems`), read once: each free-text sentence compares them with every unit. */
  readonly stems: ReadonlySet<string>;
  readonly scope: boolean;
  readonly weak: boolean;
  /** A name's text (a title, an employer, a place, a project, a school, a credential): its figures name. */
  readonly name: boolean;
}

/** What one profile item states, read once. */
interface ItemFacts {
  readonly ref: FactRef;
  readonly units: readonly UnitFacts[];
  readonly keys: ReadonlySet<string>;
  readonly norm: string;
  readonly years: ReadonlySet<number>;
  /** Years the item spans (from its dates), or null. */
  readonly spanYears: number | null;
  /** Leadership in the title ("Team Lead", "Engineering Manager"). */
  readonly scopeTitle: boolean;
  /** The names the item states (capitalised words, acronyms, products, codes). */
  readonly names: NameIndex;
  /** Award and honour mentions of the item, with the words around them. */
  readonly awards: readonly string[];
}

/** A profile read for checking: its items, and the names it mentions. */
export interface CompiledProfileFacts {
  readonly items: ReadonlyMap<string, ItemFacts>;
  readonly all: readonly ItemFacts[];
  readonly profile: ProfileContent;
  /** Years from the earliest experience start to today (or the latest date in the profile). */
  readonly careerYears: number;
  readonly matcher: KeywordMatcher;
  /** Every name the profile states. */
  readonly names: NameIndex;
  /**
   * The profile's own names (employers, titles, schools, certificates, projects) that hold a figure, as whole
   * words, longest first: a figure inside "Area 52" is no figure, and "Engineer 1" must not leave the "2" of
   * "Engineer 12". Null when no name holds a figure.
   */
  readonly numberedNames: RegExp | null;
  /** The language the profile is written in (by its function words), or null. */
  readonly language: TextLanguage | null;
  /** The spoken languages the profile lists, by code, with their level (null when not given). */
  readonly spoken: ReadonlyMap<string, SpokenLanguage>;
  /** Roles held outside employment (the positions of the volunteer work the profile keeps). */
  readonly volunteerRoles: readonly { readonly ref: FactRef; readonly title: string }[];
}

const refKey = (r: FactRef): string => `${r.section}:${r.itemId}`;

function yearsOfDates(...dates: (string | null | undefined)[]): number[] {
  return dates.flatMap((d) => (d && /^\d{4}/.test(d) ? [Number(d.slice(0, 4))] : []));
}

/**
 * The discipline a job title names: a Project Manager practises project management, a Data Analyst data
 * analysis, an Accountant accounting. Read for skills only ("4 years of project management" is no new skill
 * for a Project Manager); null when no word of the title names one.
 */
const DISCIPLINES: Readonly<Record<string, string>> = {
  manager: 'management',
  engineer: 'engineering',
  analyst: 'analysis',
  accountant: 'accounting',
  developer: 'development',
  designer: 'design',
  consultant: 'consulting',
  nurse: 'nursing',
  teacher: 'teaching',
  marketer: 'marketing',
  recruiter: 'recruiting',
  administrator: 'administration',
  architect: 'architecture',
  scientist: 'science',
  writer: 'writing',
  editor: 'editing',
  auditor: 'auditing',
  trainer: 'training',
  planner: 'planning',
  tester: 'testing',
  programmer: 'programming',
  bookkeeper: 'bookkeeping',
  translator: 'translation',
  photographer: 'photography',
};
function disciplineOf(title: string): string | null {
  let named = false;
  const words = title.split(/\s+/u).map((word) => {
    const discipline = DISCIPLINES[word.toLowerCase()];
    if (discipline === undefined) return word;
    named = true;
    return discipline;
  });
  return named ? words.join(' ') : null;
}

function itemFacts(
  matcher: KeywordMatcher,
  ref: FactRef,
  texts: (string | null | undefined)[],
  dates: { start?: string | null; end?: string | null; current?: boolean } = {},
  title = '',
  latest: number | null = null,
  // How many of the texts, from the first, are names ("Grade 3 Teacher", "Studio 54", "Route 66 Diner").
  namesFirst = 0,
): ItemFacts {
  const isName = texts.map((_, i) => i < namesFirst);
  const kept = texts.filter((t): t is string => !!t && t.trim() !== '');
  const keptIsName = texts.flatMap((t, i) => (!!t && t.trim() !== '' ? [isName[i] as boolean] : []));
  const keys = new Set<string>();
  const discipline = disciplineOf(title);
  if (discipline !== null) for (const h of matcher.find(discipline)) keys.add(h.key);
  const years = new Set<number>(yearsOfDates(dates.start, dates.end));
  const unqualified = kept.map(withoutQualified);
  const units = kept.map((text, i) => {
    for (const h of matcher.find(unqualified[i] as string)) keys.add(h.key);
    for (const y of extractYears(text)) for (const v of y.years) years.add(v);
    const words = contentWords(text);
    return {
      text,
      numbers: extractNumbers(text),
      words,
      stems: stems(words),
      scope: hasSourceScope(text),
      weak: WEAK_SCOPE_RE.test(text),
      name: keptIsName[i] === true,
    };
  });
  // Every year the item spans; a current role runs to today (or, without a clock, the latest date given).
  const s = monthIndex(dates.start);
  const e = dates.current === true ? latest : monthIndex(dates.end);
  if (s !== null && e !== null) for (let y = Math.floor(s / 12); y <= Math.floor(e / 12); y++) years.add(y);
  const spanYears = s !== null && e !== null ? Math.max(0, (e - s) / 12) : null;
  return {
    ref,
    units,
    keys,
    norm: ` ${kept.map((t) => phraseKey(t)).join(' | ')} `,
    years,
    spanYears,
    scopeTitle: hasSourceScope(title),
    names: NameIndex.ofUnqualified(unqualified),
    // An entry of the profile's awards states an award whatever its words ("President's Club 2022").
    awards: ref.section === 'awards' ? kept : kept.filter((t) => AWARD_RE.test(t)),
  };
}

// Reading a profile runs every line through some forty patterns (about 8 ms for a three-role resume, a fifth of
// a generation), and every generation from the same profile read it again. The last profiles read are kept
// by their content and the month that counts as today: an unchanged profile is read once. A handful, so the
// memory they hold stays small (a profile at its limits is a few MB read).
const RECENT_PROFILES = 8;
const recentFacts = new Map<string, CompiledProfileFacts>();

/** Reads a profile once for any number of checks (the generation pipeline checks several drafts). */
export function compileProfileFacts(
  profile: ProfileContent,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
  options: CompileOptions = {},
): CompiledProfileFacts {
  // Another matcher reads other keys: only the default one's readings are kept.
  if (matcher !== defaultKeywordMatcher()) return readProfileFacts(profile, matcher, options);
  const month = options.today ? options.today.getUTCFullYear() * 12 + options.today.getUTCMonth() : '';
  const key = `${month}\u0000${JSON.stringify(profile)}`;
  const kept = recentFacts.get(key);
  if (kept !== undefined) {
    // Most recently used last: the first key is the one to forget.
    recentFacts.delete(key);
    recentFacts.set(key, kept);
    return kept;
  }
  const facts = readProfileFacts(profile, matcher, options);
  recentFacts.set(key, facts);
  if (recentFacts.size > RECENT_PROFILES) recentFacts.delete(recentFacts.keys().next().value as string);
  return facts;
}

function readProfileFacts(
  profile: ProfileContent,
  matcher: KeywordMatcher,
  options: CompileOptions,
): CompiledProfileFacts {
  const dated = [...profile.experiences, ...profile.projects, ...profile.education];
  let latest: number | null = options.today
    ? options.today.getUTCFullYear() * 12 + options.today.getUTCMonth()
    : null;
  let earliest: number | null = null;
  for (const d of dated)
    for (const m of [monthIndex(d.startDate), monthIndex(d.endDate)])
      if (m !== null) {
        latest = latest === null ? m : Math.max(latest, m);
        earliest = earliest === null ? m : Math.min(earliest, m);
      }
  const items = new Map<string, ItemFacts>();
  const put = (f: ItemFacts) => items.set(refKey(f.ref), f);
  put(itemFacts(matcher, { section: 'headline', itemId: 'headline' }, [profile.headline]));
  put(itemFacts(matcher, { section: 'summary', itemId: 'summary' }, [profile.summary]));
  for (const e of profile.experiences)
    put(
      itemFacts(
        matcher,
        { section: 'experiences', itemId: e.id },
        [e.title, e.company, e.location, ...e.bullets, ...e.technologies],
        { start: e.startDate, end: e.endDate, current: e.current },
        e.title,
        latest,
        3,
      ),
    );
  for (const p of profile.projects)
    put(
      itemFacts(
        matcher,
        { section: 'projects', itemId: p.id },
        [p.name, p.description, ...p.bullets, ...p.technologies],
        { start: p.startDate, end: p.endDate },
        '',
        latest,
        1,
      ),
    );
  for (const e of profile.education)
    put(
      itemFacts(
        matcher,
        { section: 'education', itemId: e.id },
        [e.institution, e.degree, e.field, e.location, e.honors, e.gpa, ...e.coursework],
        { start: e.startDate, end: e.endDate },
        '',
        null,
        1,
      ),
    );
  for (const category of ['technical', 'tools', 'soft'] as const)
    put(itemFacts(matcher, { section: 'skills', itemId: category }, profile.skills[category]));
  profile.certifications.forEach((c, i) =>
    put(
      itemFacts(
        matcher,
        { section: 'certifications', itemId: String(i) },
        [c.name, c.issuer],
        { start: c.date },
        '',
        null,
        2,
      ),
    ),
  );
  profile.languages.forEach((l, i) =>
    put(itemFacts(matcher, { section: 'languages', itemId: String(i) }, [l.language, l.fluency])),
  );
  // Awards, volunteer work and publications the profile keeps without a field: what they state is the
  // person's own statement, so a letter may repeat it (a line citing an experience still cannot borrow it).
  const stated = statedEntries(profile.customFields);
  for (const e of stated)
    put(
      itemFacts(
        matcher,
        { section: e.section, itemId: e.itemId },
        [...e.names, ...e.sentences],
        { start: e.startDate, end: e.endDate },
        '',
        null,
        e.names.length,
      ),
    );
  const starts = profile.experiences.map((e) => monthIndex(e.startDate)).filter((m) => m !== null);
  const firstStart = starts.length > 0 ? Math.min(...starts) : earliest;
  const careerYears = firstStart !== null && latest !== null ? (latest - firstStart) / 12 : 0;
  // Every unit's text, through its item's index, and what only the profile as a whole states.
  const names = NameIndex.union([
    NameIndex.of([
      profile.fullName,
      profile.location ?? '',
      ...profile.languages.map((l) => `${l.language} ${l.fluency ?? ''}`),
    ]),
    ...[...items.values()].map((i) => i.names),
  ]);
  const numberedNames = wholeNamesPattern(
    [
      ...profile.experiences.flatMap((e) => [e.company, e.title]),
      ...profile.education.map((e) => e.institution),
      ...profile.certifications.map((c) => c.name),
      ...profile.projects.map((p) => p.name),
    ].filter((n) => /\d/u.test(n)),
  );
  const language = textLanguage(
    [profile.summary ?? '', ...profile.experiences.flatMap((e) => e.bullets)].join(' \n '),
  );
  return {
    items,
    all: [...items.values()],
    profile,
    careerYears,
    matcher,
    names,
    numberedNames,
    language,
    spoken: profileLanguages(profile),
    volunteerRoles: stated.flatMap((e) =>
      e.section === 'volunteer' && e.role !== null
        ? [{ ref: { section: e.section, itemId: e.itemId }, title: e.role }]
        : [],
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Checking one text against a scope (the cited items, or the whole profile for free text).

interface Scope {
  readonly items: readonly ItemFacts[];
  /** Free text: a figure must come from a source line that talks about the same thing. */
  readonly freeText: boolean;
  readonly refs: readonly SourceRef[];
}

const shortRef = (refs: readonly FactRef[]): string =>
  refs.length === 0 ? 'the whole profile' : refs.map((r) => `${r.section}/${r.itemId}`).join(', ');

class Collector {
  readonly claims: TruthClaim[] = [];

  add(type: ClaimType, text: string, refs: readonly FactRef[], ok: boolean, reason: string): void {
    this.claims.push({
      type,
      text,
      sourceRefs: refs.map((r) => ({ section: r.section, itemId: r.itemId })),
      verdict: ok ? 'supported' : 'unsupported',
      reason,
    });
  }
}

/** One sentence as the checks read it: as written, and with the posting's own names blanked out. */
interface SentenceView {
  readonly text: string;
  readonly masked: string;
  /** `masked` with the profile's own names blanked too: a figure inside "Area 52" is no figure. */
  readonly figures: string;
  readonly allowedWords: ReadonlySet<string>;
  /** The profile role the sentence names by its employer: its dates and titles are that role's. */
  readonly role: ItemFacts | null;
  /** Every role the sentence names (one: `role`). */
  readonly roles: readonly ItemFacts[];
  /** The roles the sentence names by their employer ("At Northwind Freight I…"). */
  readonly employerRoles: readonly ItemFacts[];
  readonly german: boolean;
  /** Written in Polish, which declines names ("absolwent Politechniki Krakowskiej"). */
  readonly polish: boolean;
  /** The spoken languages the sentence claims, read once for the language check and the name check. */
  readonly languages: readonly LanguageClaim[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** One pattern finding any of `names` as whole words (not inside a longer word or number), longest first. */
function wholeNamesPattern(names: readonly string[]): RegExp | null {
  const distinct = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  if (distinct.length === 0) return null;
  distinct.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${distinct.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** `target` (a copy of `source` with spans blanked) with every match of `pattern` in `source` blanked too. */
function blankMatches(target: string, source: string, pattern: RegExp): string {
  let out = target;
  for (const m of source.matchAll(pattern))
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}

function viewOf(sentence: string, facts: CompiledProfileFacts, allowed: readonly string[]): SentenceView {
  let masked = sentence;
  const allowedWords = new Set<string>();
  for (const a of allowed) {
    const name = canonicalText(a).trim();
    if (name === '') continue;
    // Whole words only: a posting located in "OR" must not blank the "or" of "Wundversorgung".
    masked = masked.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'giu'),
      (m) => ' '.repeat(m.length),
    );
    for (const w of nameWords(name)) allowedWords.add(fold(w.surface));
  }
  const folded = ` ${nameWords(sentence)
    .map((w) => fold(w.surface))
    .join(' ')} `;
  // Roles named by their employer. Two or more ("at A and B since 2016"): the dates may be any of theirs.
  const named: ItemFacts[] = [];
  // Polish declines an employer's name ("w Szpitalu Miejskim" for Szpital Miejski): there each word of it may
  // end otherwise, its stem kept.
  const polish = writtenInPolish(sentence, facts);
  const sentenceWords = folded.trim().split(' ');
  const declined = (key: readonly string[]) =>
    sentenceWords.some((_, i) =>
      key.every((k, j) => {
        const w = sentenceWords[i + j];
        return w !== undefined && (w === k || (k.length >= 4 && w.startsWith(k.slice(0, k.length - 1))));
      }),
    );
  // An employer inside a school's name ("IFSI du CHU de Bordeaux") names the school, not the role.
  let outsideSchools = folded;
  for (const e of facts.profile.education) {
    const school = nameWords(e.institution)
      .map((w) => fold(w.surface))
      .join(' ');
    if (school.includes(' ')) outsideSchools = outsideSchools.split(` ${school} `).join(' | ');
  }
  for (const e of facts.profile.experiences) {
    const tokens = nameTokens(e.company)
      .map((t) => fold(t))
      .filter((t) => t.length > 1)
      .slice(0, 2);
    const key = tokens.join(' ');
    const item = facts.items.get(`experiences:${e.id}`);
    if (key !== '' && item && (outsideSchools.includes(` ${key}`) || (polish && declined(tokens))))
      named.push(item);
  }
  let role: ItemFacts | null = named.length === 1 ? (named[0] as ItemFacts) : null;
  // No employer named: a role's full title names it just as well ("for 6 years I worked as a Clerk").
  if (named.length === 0) {
    const titled = facts.profile.experiences.filter((e) => {
      const t = nameWords(e.title)
        .map((w) => fold(w.surface))
        .join(' ');
      return t !== '' && folded.includes(` ${t} `);
    });
    if (titled.length === 1) role = facts.items.get(`experiences:${titled[0]?.id ?? ''}`) ?? null;
  }
  // "Available from 9am to 5pm": the hours one can be reached are no figure and no name.
  if (AVAILABLE_RE.test(sentence)) masked = masked.replace(TIME_OF_DAY, (m) => ' '.repeat(m.length));
  // The profile's numbered names are found in the sentence as written: a job's place blanked inside one ("IUT
  // Lyon 3" for a posting in Lyon) must not leave its figure behind as a claim.
  const figures = facts.numberedNames ? blankMatches(masked, sentence, facts.numberedNames) : masked;
  return {
    text: sentence,
    masked,
    figures,
    allowedWords,
    role,
    roles: role ? [role] : named,
    employerRoles: named,
    german: writtenInGerman(sentence, facts),
    polish,
    languages: languageClaims(sentence, facts.spoken),
  };
}

/**
 * German by its words, or, when nothing tells ("Senkung der Nacharbeiten um 5 Prozentpunkte"), because the
 * profile is written in German: there every noun is capitalised and only foreign-looking words are names.
 */
function writtenInGerman(sentence: string, facts: CompiledProfileFacts): boolean {
  // A German profile's line with nothing but German letters to tell ("Täglich rund 60 Kundenaufträge bearbeitet")
  // is German: its capitalised nouns are words, not names.
  const language = textLanguage(sentence);
  return looksGerman(sentence) || (facts.language === 'de' && (language === null || language === 'de'));
}

/** Polish by its words or letters, or, when nothing tells, because the profile is written in Polish. */
function writtenInPolish(sentence: string, facts: CompiledProfileFacts): boolean {
  const language = textLanguage(sentence);
  return language === 'pl' || (language === null && facts.language === 'pl');
}

const MORE_THAN_RE =
  /(?<![\p{L}])(?:over|more than|in excess of|upwards of|über|mehr als|ponad|powyżej|plus de|más de)\s+$/iu;

function checkNumbers(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const sentence = view.figures;
  const words = contentWords(sentence);
  // A figure stated at a named employer must be that employer's: "At Rocky Mountain Movers I cut late
  // deliveries by 18 %" is false when the 18 % was cut at Northwind Freight.
  const items = scope.freeText && view.employerRoles.length > 0 ? view.employerRoles : scope.items;
  for (const n of extractNumbers(maskCodes(sentence))) {
    // A figure is supported by the same figure in the source line it was written from: the line whose words
    // best meet the words around the figure ("6 entities" is not the "6 business days" of another line).
    const near = wordsNear(sentence, n.start, n.raw.length);
    const mine = stems(near.size > 0 ? near : words);
    // A sentence may join two lines ("I keep freight moving on time across three regional carriers"): a line
    // that meets the figure's words nearly as well as the best one (two words, and half as many) is an origin
    // too.
    const overlaps = items.flatMap((item) =>
      item.units.map((unit) => ({
        item,
        unit,
        overlap: [...unit.stems].filter((w) => mine.has(w)).length,
      })),
    );
    const best = Math.max(0, ...overlaps.map((o) => o.overlap));
    const origins = overlaps.filter(
      (o) => o.overlap > 0 && (o.overlap === best || (o.overlap >= 2 && o.overlap * 2 >= best)),
    );
    // A sentence written in another language than the profile (a French letter from an English profile)
    // shares no words with its source line: there the same figure anywhere in the profile is its source.
    // Only a name it keeps ("350 test cases in Selenium" from "350 przypadków testowych w Selenium") meets its
    // line's words then, so its figure too may be found anywhere.
    const translated = scope.freeText && writtenInAnotherLanguage(view.text, facts);
    const candidates =
      best > 0 && !translated
        ? origins
        : scope.freeText && !translated
          ? []
          : items.flatMap((item) => item.units.map((unit) => ({ item, unit })));
    // A name's figure stated as the name states it ("I taught Grade 3 at Lincoln Elementary") is its own
    // origin, whichever line the other words meet best.
    const stated =
      candidates.find(({ unit }) =>
        (n.atLeast === true ? figuresAbout(unit, mine) : unit.numbers).some(
          (s) => sameNumber(n, s) && (!unit.name || sameNamedFigure(sentence, n, unit.text, s)),
        ),
      )?.item ??
      items.find((item) =>
        item.units.some(
          (unit) =>
            unit.name &&
            unit.numbers.some((s) => sameNumber(n, s) && sameNamedFigure(sentence, n, unit.text, s)),
        ),
      );
    // Or worked out from two figures of its line: "by 8 points" for "from 78 to 86", "doubled" for 10 → 20.
    const found = stated ?? candidates.find(({ unit }) => !unit.name && derivedFigure(n, unit))?.item;
    // A duration its origin states otherwise ("over 9 years" where the line says "over 3 years").
    const contradicted =
      found === undefined && n.kind === 'duration' && best >= 2 && !translated
        ? candidates.find(({ unit }) => unit.numbers.some((s) => s.kind === 'duration'))?.unit
        : undefined;
    if (contradicted !== undefined) {
      c.add(
        'number',
        n.raw,
        scope.freeText ? [] : scope.refs,
        false,
        `the source says otherwise: "${contradicted.text}"`,
      );
      continue;
    }
    if (found === undefined && n.kind === 'duration') {
      // "5 years" is true when the role it speaks of (the one named, the cited one, else the career) lasted
      // at least that long; a current role runs to today.
      const span =
        view.role !== null
          ? (view.role.spanYears ?? 0)
          : scope.freeText
            ? facts.careerYears
            : Math.max(0, ...scope.items.map((i) => i.spanYears ?? 0));
      // "Over 10 years", "mehr als", "ponad", "plus de", "más de": more than the figure, so no slack above it.
      const more = MORE_THAN_RE.test(view.text.slice(Math.max(0, n.start - 16), n.start));
      const ok = more ? n.value < span : n.value <= span + DURATION_SLACK_YEARS;
      c.add(
        'number',
        n.raw,
        view.role ? [view.role.ref] : scope.refs,
        ok,
        ok
          ? `${n.raw} is within the ${span.toFixed(1)} years the dates show`
          : `${n.raw} is longer than the ${span.toFixed(1)} years the dates show`,
      );
      continue;
    }
    const refs = scope.freeText ? (found ? [found.ref] : []) : scope.refs;
    c.add(
      'number',
      n.raw,
      refs,
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} states the same ${n.kind}`
        : `no source states this ${n.kind} (checked ${shortRef(scope.refs)})`,
    );
  }
}

// What joins two figures of a change ("from 78 to 86", "10 → 20") and of a part and its whole ("45 of 50"),
// or of groups and their size ("5 classes of 30").
// (A figure written "40 000" reads as 40 and 000: the group of thousands may stand between.)
const CHANGE_RE =
  /^(?:\s\d{3})*\.?\s*[%$€£]?\s*(?:[\p{L}.]{1,12}\s+)?(?:to|auf|bis|à|au|aux|a|al|hasta|do|na|→|->|–|-)\s*[$€£]?\s*$/iu;
const PART_RE = /^\s*[\p{L}\s-]{0,40}?\s(?:of|von|aus|sur|de|z|out of)\s*[$€£]?\s*$/iu;

/** How far a percentage worked out from two figures may be rounded ("10%" for 78 → 86, 10.3 %). */
const DERIVED_SLACK_POINTS = 1;

/**
 * Whether a figure is worked out from two figures a line states, in the order it states them ("from 78 to 86",
 * "45 of 50 tickets"): their difference ("by 8 points"), their sum, the change as a percentage of the first
 * ("by 10%", "by a third", "halved"), the share one is of the other ("90%"), a multiple ("doubled"), or the
 * product of groups and their size ("150 students" for "5 classes of 30 students"). Only
 * within one line: figures of different lines are about different things.
 */
function derivedFigure(n: NumberMention, unit: UnitFacts): boolean {
  if (n.kind === 'duration' || n.atLeast === true) return false;
  const text = canonicalText(unit.text);
  const usable = unit.numbers.filter(
    (f) => f.kind !== 'duration' && f.atLeast !== true && f.approximate !== true,
  );
  const slack = n.approximate === true ? FRACTION_SLACK_POINTS : DERIVED_SLACK_POINTS;
  const near = (value: number, tolerance: number) => Math.abs(n.value - value) <= tolerance;
  const loose = (k: NumberMention['kind']) => k === 'count' || k === 'money';
  for (let i = 0; i < usable.length; i++)
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i] as NumberMention;
      const b = usable[j] as NumberMention;
      if (a.value === b.value || a.value <= 0 || b.value <= 0) continue;
      const sameKind = a.kind === b.kind || (loose(a.kind) && loose(b.kind));
      if (!sameKind) continue;
      const exact = 1e-9 * Math.max(1, a.value, b.value);
      // A change ("from 78 to 86", "von 10 auf 6", "z 8 do 5") gives a difference, a percentage and a
      // multiple; a list ("6 agents and 4 team leads") a sum; a part of a whole ("45 of 50") a share.
      const between = text.slice(a.start + a.raw.length, b.start);
      const change = CHANGE_RE.test(between);
      const part = PART_RE.test(between);
      if (loose(n.kind) || (n.kind === 'percent' && a.kind === 'percent')) {
        // A difference (in points: "by 4 points" for 12 % → 8 %).
        if (change && near(Math.abs(b.value - a.value), n.kind === 'percent' ? 0.5 : exact)) return true;
        if (!change && !part && loose(n.kind) && loose(a.kind) && near(a.value + b.value, exact)) return true;
        // Groups of a size: "5 classes of 30 students" are 150 students.
        if (
          part &&
          n.kind === 'count' &&
          a.kind === 'count' &&
          b.kind === 'count' &&
          near(a.value * b.value, exact)
        )
          return true;
      }
      if (n.kind === 'percent') {
        // A change in percent of the first, also of a rate ("halved" for 12 % → 6 %).
        if (change && near((Math.abs(b.value - a.value) / a.value) * 100, slack)) return true;
        if (
          part &&
          a.kind !== 'percent' &&
          near((Math.min(a.value, b.value) / Math.max(a.value, b.value)) * 100, slack)
        )
          return true;
      }
      if (change && n.kind === 'multiplier' && a.kind !== 'percent') {
        const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
        if (Math.abs(ratio - n.value) <= 0.1 * n.value) return true;
      }
    }
  return false;
}

/**
 * A figure of a name ("Grade 3 Teacher", "Studio 54") is no count: it supports the same figure only where the
 * sentence names it the same way, with the same word beside it ("I taught Grade 3"), not "Mentored 3 student
 * teachers" or "Managed 54 clients".
 */
function sameNamedFigure(sentence: string, n: NumberMention, name: string, s: NumberMention): boolean {
  const word = (text: string, from: number, to: number, last: boolean): string => {
    const words =
      text
        .slice(from, to)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    return (last ? words.at(-1) : words[0]) ?? '';
  };
  const before = word(sentence, Math.max(0, n.start - 30), n.start, true);
  const after = word(sentence, n.start + n.raw.length, n.start + n.raw.length + 30, false);
  const nameBefore = word(name, Math.max(0, s.start - 30), s.start, true);
  const nameAfter = word(name, s.start + s.raw.length, s.start + s.raw.length + 30, false);
  return (before !== '' && before === nameBefore) || (after !== '' && after === nameAfter);
}

/**
 * The figures of a source line that speak of what `near` speaks of: "dozens of carriers" is measured against
 * the "three regional carriers" of its line, not the "120 shipments" beside them. All of them when none does.
 */
/** A figure that ends a name ("Sage 100", "Office 365", "IUT Lyon 3"): a capitalised word, not the line's first, before it. */
const namesFigure = (text: string, figure: NumberMention): boolean =>
  /(?<=\S\s+)\p{Lu}[\p{L}\p{N}./-]*\s+$/u.test(text.slice(0, figure.start)) &&
  !/^\s+\p{Ll}/u.test(text.slice(figure.start + figure.raw.length));

function figuresAbout(unit: UnitFacts, near: ReadonlySet<string>): readonly NumberMention[] {
  const text = canonicalText(unit.text);
  let best = 0;
  let out: NumberMention[] = [];
  // A magnitude counts things: the figure of a product's or a place's name counts none.
  const counts = unit.numbers.filter((f) => !namesFigure(text, f));
  for (const figure of counts) {
    const words = stems(wordsNear(text, figure.start, figure.raw.length));
    const overlap = [...words].filter((w) => near.has(w)).length;
    if (overlap > best) {
      best = overlap;
      out = [figure];
    } else if (overlap === best && overlap > 0) out.push(figure);
  }
  return best > 0 ? out : counts;
}

function writtenInAnotherLanguage(sentence: string, facts: CompiledProfileFacts): boolean {
  const language = textLanguage(sentence);
  return language !== null && facts.language !== null && language !== facts.language;
}

/** Crude stems (first five letters), so "graduated" meets "graduates" and "reconciliation" its plural. */
const stems = (words: ReadonlySet<string>): Set<string> => new Set([...words].map((w) => w.slice(0, 5)));

/** The text within a few words of a mention (five before, three after). */
function wordsNearText(text: string, start: number, length: number): string {
  const before = text.slice(0, start).trim().split(/\s+/u).slice(-5).join(' ');
  const after = text
    .slice(start + length)
    .trim()
    .split(/\s+/u)
    .slice(0, 3)
    .join(' ');
  return `${before} ${after}`;
}

/** Content words within a few words of a figure. */
function wordsNear(text: string, start: number, length: number): Set<string> {
  const before = text.slice(0, start).trim().split(/\s+/u).slice(-5).join(' ');
  const after = text
    .slice(start + length)
    .trim()
    .split(/\s+/u)
    .slice(0, 3)
    .join(' ');
  return contentWords(`${before} ${after}`);
}

// Codes are names, not figures: "ISO 9001", "IATF 16949", "5S", "8D", "OSHA 10-Hour", "B2".
const CODE_RE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[\s-]?\d+(?:[.-]\d+)*(?:-\p{L}+)?|\d+\p{L}{1,2}(?![\p{L}\p{N}])(?<!\d(?:st|nd|rd|th|k|m|x|K|M|X|bn|mm|yr|h|am|pm))|\p{Lu}\d+)/gu;
const maskCodes = (s: string) => s.replace(CODE_RE, (m) => ' '.repeat(m.length));

/**
 * The item with a line stating the same year among the same words: "Infirmière diplômée d'État depuis 2018, j'exerce
 * au CHU…" repeats the summary's "Infirmière diplômée d'État depuis 2018", whatever role the sentence goes on to
 * name. Two words in common near the year at least.
 */
function statedAround(
  y: { readonly years: readonly number[]; readonly raw: string; readonly start: number },
  view: SentenceView,
  items: readonly ItemFacts[],
  facts: CompiledProfileFacts,
): ItemFacts | undefined {
  const near = wordsNear(canonicalText(view.figures), y.start, y.raw.length);
  // A year beside the named employer ("at Acme since 2018") is that role's, whatever else says 2018.
  const employers = view.roles.flatMap((r) => [...contentWords(roleCompany(facts, r) ?? '')]);
  if (employers.some((w) => near.has(w))) return undefined;
  const mine = stems(near);
  return items.find((item) =>
    item.units.some((u) => {
      if (u.name) return false;
      const text = canonicalText(u.text);
      return extractYears(text).some((theirs) => {
        if (!y.years.every((v) => theirs.years.includes(v))) return false;
        const theirWords = stems(wordsNear(text, theirs.start, theirs.raw.length));
        return [...theirWords].filter((w) => mine.has(w)).length >= 2;
      });
    }),
  );
}

/** What a claim cites: the item that supports it, else (a resume line) the items the line cites, else none. */
function refsFor(found: { readonly ref: FactRef } | undefined, scope: Scope): FactRef[] {
  return found ? [found.ref] : scope.freeText ? [] : [...scope.refs];
}

function checkYears(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const items = view.roles.length > 0 ? view.roles : scope.items;
  for (const y of extractYears(view.figures)) {
    // "2000 requests" for the source's "2,000 requests" is a count, not a year.
    if (
      y.years.length === 1 &&
      scope.items.some((i) =>
        i.units.some((u) => u.numbers.some((n) => n.value === y.years[0] && n.kind !== 'duration')),
      )
    )
      continue;
    const found =
      items.find((i) => y.years.every((v) => i.years.has(v))) ??
      (view.roles.length > 0 ? statedAround(y, view, scope.items, facts) : undefined);
    const refs = scope.freeText || view.role ? (found ? [found.ref] : []) : scope.refs;
    c.add(
      'date',
      y.raw,
      refs,
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} covers ${y.years.join('–')}`
        : view.role
          ? `${view.role.ref.section}/${view.role.ref.itemId}, the role named beside it, does not cover ${y.raw}`
          : `no source dates match ${y.raw} (checked ${shortRef(scope.refs)})`,
    );
  }
}

/**
 * An activity a source line states as a verb: "Scheduling" for "Scheduled 120 shipments", "Negotiation" for
 * "Negotiated rates", "Budgeting" for "Budgeted…". Only one-word activity nouns (-ing, -ion, -ment): a
 * product's name ("Excel") is never met by a word that merely starts like it ("excellent").
 */
function activityVerb(skill: string): { root: string; forms: RegExp } | null {
  const activity = /^(\p{L}{4,}?)(?:ing|ation|ion|ment)$/iu.exec(skill.trim());
  if (activity === null) return null;
  const root = (activity[1] as string).toLowerCase();
  // A verb's endings ("scheduled", "schedules"), or the bare verb opening a bullet ("Train new hires"): not a
  // noun that starts alike ("key accounts" is no accounting, "market share" no marketing).
  return { root, forms: new RegExp(`^${escapeRe(root)}(?:e|es|ed|d|ate|ates|ated)$`, 'u') };
}

function statedAsVerb(verb: { root: string; forms: RegExp }, item: ItemFacts): boolean {
  return item.units.some(
    (u) =>
      [...u.words].some((w) => verb.forms.test(w)) ||
      u.text
        .trimStart()
        .slice(0, verb.root.length + 1)
        .toLowerCase() === `${verb.root} `,
  );
}

/**
 * The words a skill is written with in the sentence ("regression tests" for "Regression analysis"): the run of
 * tokens the matcher took, from where it first found the skill.
 */
function skillSurface(tokens: readonly Token[], covered: readonly boolean[], at: number): string[] {
  const first = tokens.findIndex((t) => t.start === at);
  if (first < 0) return [];
  const out: string[] = [];
  for (let i = first; i < tokens.length && covered[i] === true; i++) out.push((tokens[i] as Token).surface);
  return out;
}

/**
 * A skill written in lower case in another language than the profile's ("automated API regression tests" from
 * "Zautomatyzowałam testy regresyjne API") is the profile's when a line of it has a word starting as each of
 * the skill's words does: the stems of most skills' words are shared across the five languages ("regre").
 * A capitalised product ("SAP") still needs its own name.
 */
function statedInOtherWords(surface: readonly string[], item: ItemFacts): boolean {
  const heads = surface.map((w) => fold(w).slice(0, 5));
  if (heads.length === 0 || surface.some((w) => /\p{Lu}/u.test(w) || w.length < 5)) return false;
  return item.units.some((u) => {
    const words = [...u.words].map((w) => fold(w));
    return heads.every((h) => words.some((w) => w.startsWith(h)));
  });
}

function checkSkills(
  c: Collector,
  sentence: string,
  scope: Scope,
  facts: CompiledProfileFacts,
  translated = false,
): void {
  const tokens = tokenize(sentence);
  const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
  for (const hit of facts.matcher.findInTokens(tokens, covered)) {
    const verb = activityVerb(hit.name);
    const surface = translated ? skillSurface(tokens, covered, hit.firstIndex) : [];
    const found = scope.items.find(
      (i) =>
        i.keys.has(hit.key) ||
        (verb !== null && statedAsVerb(verb, i)) ||
        (translated && statedInOtherWords(surface, i)),
    );
    const elsewhere =
      found === undefined && !scope.freeText ? facts.all.find((i) => i.keys.has(hit.key)) : undefined;
    const refs = scope.freeText ? (found ? [found.ref] : []) : scope.refs;
    c.add(
      'skill',
      hit.name,
      refs,
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} mentions ${hit.name}`
        : elsewhere
          ? `${hit.name} is in ${elsewhere.ref.section}/${elsewhere.ref.itemId}, not in the cited source`
          : `${hit.name} is not in the profile (checked ${shortRef(scope.refs)})`,
    );
  }
}

/**
 * Every name the sentence states must be named by its sources: the cited items (bullets) or the profile
 * (free text). A vocabulary term is found by any of its spellings ("Postgres" for "PostgreSQL").
 */
// Who the work was for, named after "wie" in German ("Kunden wie Allianz und Deutsche Bahn", "Marken wie …"):
// each capitalised word of that list is a name, noun or not.
const GERMAN_NAMED_FOR =
  /(?<!\p{L})(?:Kund\p{L}*|Auftraggeber\p{L}*|Partner\p{L}*|Marken|Firmen|Unternehmen|Konzern\p{L}*|Hersteller\p{L}*|Großkund\p{L}*|Mandant\p{L}*)\s+(?:wie|darunter|etwa)\s+(?:[\p{L}&.-]+,?\s+){0,4}?(?:(?:und|oder|sowie)\s+(?:[\p{L}&.-]+\s+){0,2})?$/u;

function checkNames(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const text = view.masked;
  const tokens = tokenize(text);
  const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const hits = facts.matcher.findInTokens(tokens, covered);
  const vocab = new Set(hits.map((h) => h.key));
  const spans = tokens.filter((_, i) => covered[i]).map((t) => [t.start, t.end] as const);
  const inVocab = (s: number, e: number) => spans.some(([a, b]) => s < b && a < e);
  const first = /[\p{L}\p{N}]/u.exec(text)?.index ?? 0;
  const index = scope.freeText ? facts.names : null;
  // A language spoken ("I speak English") is the language check's claim, in whatever language it is named.
  const spoken = new Set(view.languages.map((claim) => claim.text));
  const seen = new Set<string>();
  for (const w of nameWords(text)) {
    if (spoken.has(fold(w.surface))) continue;
    const initial =
      w.start <= first ||
      (/[:;!?.]\s*["'(]?$/u.test(text.slice(Math.max(0, w.start - 3), w.start)) && w.start <= first + 1);
    // In a German list ("Wundversorgung, Snowflake, ORBIS") every item is a named skill, noun or not; a noun
    // before the comma of a clause ("in einem Gespräch, wie ich …") is none.
    const listed =
      view.german &&
      /^\p{Lu}/u.test(w.surface) &&
      (/,\s*$/u.test(text.slice(0, w.start)) ||
        /^\s*,\s*\p{Lu}/u.test(text.slice(w.end)) ||
        GERMAN_NAMED_FOR.test(text.slice(0, w.start)));
    // A sentence that opens with a product: "Snowflake is part of my workflow".
    const subject =
      initial &&
      !view.german &&
      /^\p{Lu}\p{Ll}+$/u.test(w.surface) &&
      !COMMON_OPENERS.has(fold(w.surface)) &&
      !/(?:ing|ed|ly|ity|ness|ment|tion|sion|ance|ence|ship|ism|ure|cy)$/u.test(w.surface) &&
      /^\s+(?:is|are|was|were|has|have|helps|powers|runs|lets|keeps|became|remains)\b/u.test(
        text.slice(w.end),
      );
    if (inVocab(w.start, w.end) || !(isNameWord(w.surface, initial, view.german) || listed || subject))
      continue;
    const f = fold(w.surface);
    if (view.allowedWords.has(f) || seen.has(f)) continue;
    seen.add(f);
    // "B1-Niveau", "SAP-Kenntnisse": a compound of a name the profile states and ordinary words.
    const named = (part: string) => (index ? index.has(part) : scope.items.some((i) => i.names.has(part)));
    const parts = w.surface.split('-').filter(Boolean);
    if (
      parts.length > 1 &&
      parts.some(named) &&
      parts.every((part) => named(part) || !isNameWord(part, false, view.german))
    )
      continue;
    const found = index
      ? index.has(w.surface) || (view.polish && index.hasDeclined(w.surface))
        ? facts.all[0]
        : undefined
      : scope.items.find((i) => i.names.has(w.surface) || (view.polish && i.names.hasDeclined(w.surface)));
    c.add(
      'name',
      w.surface,
      scope.freeText ? [] : scope.refs,
      found !== undefined,
      found
        ? `the ${scope.freeText ? 'profile' : 'cited source'} names ${w.surface}`
        : `${w.surface} is not named in ${scope.freeText ? 'the profile' : shortRef(scope.refs)}`,
    );
  }
  void vocab;
  // Codes as a whole: "IATF 16949" is named, "IATF 39925" is not.
  for (const m of text.matchAll(CODE_RE)) {
    const code = m[0].trim();
    if (!/\s|-/u.test(code) || seen.has(fold(code))) continue;
    seen.add(fold(code));
    const ok = scope.freeText
      ? facts.names.hasPhrase(code)
      : scope.items.some((i) => i.names.hasPhrase(code));
    c.add(
      'name',
      code,
      scope.freeText ? [] : scope.refs,
      ok,
      ok
        ? `the profile names ${code}`
        : `${code} is not named in ${scope.freeText ? 'the profile' : shortRef(scope.refs)}`,
    );
  }
}

// Closed-class words and usual openers: a sentence starting with one of them does not open with a name.
const COMMON_OPENERS = new Set(
  'this that these those it there here what which who whoever everything something nothing one each every all both either neither such my our your their his her its the a an and but or so yet because since while although though when where if unless until after before during from in on at by for with of to as into over under about between through across per what today tomorrow yesterday now then also still even only just however therefore moreover furthermore finally first second third last next another other teamwork communication leadership quality safety patient patients customer customers service experience work training accuracy'.split(
    ' ',
  ),
);

const SEPARABLE_PARTICLE_RE = /\s(?:durch|ein|aus|vor|zusammen|herbei|fort|weiter|zu)\s*$/iu;

function checkScope(c: Collector, view: SentenceView, scope: Scope): void {
  const sentence = view.text;
  const m = SCOPE_RE.exec(sentence);
  if (m === null) return;
  // German "führte … durch / ein / aus" is carrying out, introducing, performing: no leadership.
  if (
    /^führte$/iu.test(m[1] ?? '') &&
    SEPARABLE_PARTICLE_RE.test(sentence.slice(m.index).split(/[,;:.!?]/u)[0] ?? '')
  )
    return;
  // What the sentence is about, without its leadership words (they are what needs support).
  const words = contentWords(sentence.replace(new RegExp(SCOPE_RE.source, 'giu'), ' '));
  const related = (u: UnitFacts) => [...u.words].some((w) => words.has(w));
  const after = sentence.slice(m.index).split(/\s+/u).slice(0, 6).join(' ');
  const items = view.role && scope.freeText ? [view.role] : scope.items;
  // The same verb of a line about the same work: "Drove a box truck" says what "Drove a 26-foot box truck" does.
  const verb = new RegExp(`(?<![\\p{L}])${escapeRe(m[1] ?? '')}(?![\\p{L}])`, 'iu');
  let found: ItemFacts | undefined;
  let weak: string | undefined;
  for (const item of items) {
    // A source line supports a leadership word only when it talks about the same work.
    if (
      item.scopeTitle ||
      item.units.some((u) => (u.scope && (related(u) || scope.freeText)) || (related(u) && verb.test(u.text)))
    ) {
      found = item;
      break;
    }
    weak ??= item.units.find((u) => u.weak && related(u))?.text;
  }
  const refs = scope.freeText ? (found ? [found.ref] : []) : scope.refs;
  c.add(
    'scope',
    after,
    refs,
    found !== undefined,
    found
      ? `${found.ref.section}/${found.ref.itemId} states this leadership`
      : weak
        ? `"${m[1]}" overstates the source, which says: "${weak}"`
        : `no source says "${m[1]}" about this work (checked ${shortRef(scope.refs)})`,
  );
}

/**
 * What a team is made of, stated as a fact: "a cross-functional team of planners and buyers", "ein
 * interdisziplinäres Team", "une équipe pluridisciplinaire", "zespół międzynarodowy". A leadership title
 * supports leading a team, not the people a letter says it held: the members ("planners", "buyers") need a line
 * of the profile that names them, and a kind of team a line that says the same kind. The employer's team the
 * letter would join ("your team of nurses") is none of the person's.
 */
const TEAM_KINDS: readonly RegExp[] = [
  /cross[- ]functional|multi[- ]?disciplinar\p{L}*|inter[- ]?disciplinar\p{L}*|interdisziplinär\p{L}*|funktionsübergreifend\p{L}*|interdyscyplinarn\p{L}*|międzydziałow\p{L}*|pluridisciplinaire|transverse|multifuncional\p{L}*/iu,
  /international\p{L}*|internacional\p{L}*|multinational\p{L}*|multinacional\p{L}*|global\p{L}*|multicultural\p{L}*|multikulturell\p{L}*|międzynarodow\p{L}*|wielokulturow\p{L}*|multiculturel\p{L}*/iu,
  /remote|distributed|virtual|verteilt\p{L}*|zdaln\p{L}*|rozproszon\p{L}*|à distance|distribuid\p{L}*|remoto/iu,
];
const TEAM_KIND_RE = new RegExp(
  `(?<![\\p{L}])(${TEAM_KINDS.map((k) => k.source).join('|')})(?![\\p{L}])\\s+(?:\\p{L}+\\s+)?(?:teams?|groups?|staff|crews?|zesp\\p{L}*|équipes?|equipos?)(?![\\p{L}])|(?<![\\p{L}])(?:teams?|zesp\\p{L}*|équipes?|equipos?)\\s+(?:\\p{L}+\\s+)?(${TEAM_KINDS.map((k) => k.source).join('|')})(?![\\p{L}])`,
  'iu',
);
// "team of (14) planners and buyers", "Team aus 12 Elektrikern", "équipe de 8 techniciens", "equipo de
// operarios", "zespół 6 elektryków": the members, up to the first word that is none of them.
const MEMBER =
  '(?!(?:at|in|for|across|to|who|that|which|on|from|with|during|over|while|bei|für|à|chez|pour|dans|qui|en|para|con|que|w|na|dla|przy|de|del|and|und|et|y|i)(?![\\p{L}]))[\\p{L}-]+';
const TEAM_MEMBERS_RE = new RegExp(
  `(?<![\\p{L}])(?:teams? of|crew of|group of|staff of|team (?:aus|von)|équipe de|equipo de|zesp\\p{L}* (?:złożon\\p{L}* z|z))\\s+(?:(?:more than|over|nearly|almost|about|around|up to|some|roughly|mehr als|über|plus de|près de|más de|casi|ponad|około|prawie)\\s+)?(?:\\d[\\d.,]*\\s+)?((?:${MEMBER}(?:,\\s*|\\s+(?:and|&|or|und|et|y|i)\\s+|\\s+)){0,4}${MEMBER})`,
  'iu',
);
const YOUR_TEAM_RE =
  /(?<![\p{L}])(?:your|their|ihr\p{L}*|euer|eure[mn]?|votre|vos|su|sus|vuestro|wasz\p{L}*|państwa)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The head nouns of a list of members: "warehouse associates and forklift drivers" → associates, drivers. */
function memberHeads(members: string): string[] {
  return (
    members
      .split(/,|\s+(?:and|&|or|und|et|y|i)\s+/u)
      .map((part) => part.trim().split(/\s+/u).at(-1) ?? '')
      .filter((w) => w.length >= 4)
      // Who does the work meets the work: "pickers" the "picking" of a line, "planners" its "planning".
      .map((w) =>
        fold(w)
          .replace(/(?:ers|ors|s)$/u, '')
          .slice(0, 5),
      )
      .filter((w) => w.length >= 4)
  );
}

function checkTeamMakeup(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const items = scope.freeText ? (view.role ? [view.role] : facts.all) : scope.items;
  const said = (test: (word: string) => boolean) =>
    items.find((item) => item.units.some((u) => [...u.words].some((w) => test(fold(w)))));
  const kind = TEAM_KIND_RE.exec(view.text);
  if (kind !== null && !YOUR_TEAM_RE.test(view.text.slice(0, kind.index))) {
    const claimed = kind[1] ?? kind[2] ?? '';
    const same = TEAM_KINDS.find((k) => k.test(claimed));
    const found = same ? items.find((item) => item.units.some((u) => same.test(u.text))) : undefined;
    c.add(
      'scope',
      kind[0],
      refsFor(found, scope),
      found !== undefined,
      found ? `${found.ref.section}/${found.ref.itemId} says so` : `no line of the profile says "${claimed}"`,
    );
  }
  const members = TEAM_MEMBERS_RE.exec(view.text);
  if (members === null || YOUR_TEAM_RE.test(view.text.slice(0, members.index))) return;
  const heads = memberHeads(members[1] ?? '');
  if (heads.length === 0) return;
  // Written in another language than the profile, the members meet its words in none ("Team von 12
  // Mitarbeitern" for "a team of 12 associates"): a line that names who its team was supports them.
  if (writtenInAnotherLanguage(view.text, facts)) {
    const named = items.find((item) => item.units.some((u) => !u.name && TEAM_MEMBERS_RE.test(u.text)));
    c.add(
      'scope',
      members[0].trim(),
      named ? [named.ref] : scope.freeText ? [] : scope.refs,
      named !== undefined,
      named
        ? `${named.ref.section}/${named.ref.itemId} names who its team was (in the profile's language)`
        : 'no line of the profile names who a team was',
    );
    return;
  }
  const missing = heads.filter((head) => said((w) => w.startsWith(head)) === undefined);
  const found = said((w) => w.startsWith(heads[0] as string));
  c.add(
    'scope',
    members[0].trim(),
    found && missing.length === 0 ? [found.ref] : scope.freeText ? [] : scope.refs,
    missing.length === 0,
    missing.length === 0
      ? 'the profile names who the team was'
      : `no line of the profile names the ${missing.join('…, ')}… of this team`,
  );
}

/**
 * "Founded the robotics club" where the source says "Assisted with the robotics club": founding needs a
 * source line that says the thing was started (founded, set up, created, launched, introduced…) and talks
 * about the same work.
 */
// Starting something and being first at it: each needs a source line that says so about the same work.
const STARTED_CLAIMS = [
  { claim: FOUNDING_RE, source: hasSourceFounding, says: 'it was started' },
  { claim: NOVELTY_RE, source: hasSourceFirst, says: 'it was the first' },
] as const;

function checkFounding(c: Collector, view: SentenceView, scope: Scope): void {
  for (const { claim, source, says } of STARTED_CLAIMS) {
    const m = claim.exec(view.text);
    if (m === null) continue;
    const words = contentWords(view.text.replace(new RegExp(claim.source, 'giu'), ' '));
    const items = view.role && scope.freeText ? [view.role] : scope.items;
    const found = items.find((item) =>
      item.units.some((u) => source(u.text) && [...u.words].some((w) => words.has(w))),
    );
    c.add(
      'scope',
      view.text.slice(m.index).split(/\s+/u).slice(0, 6).join(' '),
      refsFor(found, scope),
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} says ${says}`
        : `no source says "${m[1]}" about this work (checked ${shortRef(scope.refs)})`,
    );
  }
}

// What a record is about: safety, quality, complaints, attendance, discipline.
const RECORD_KINDS: readonly RegExp[] = [
  /incident|accident|injur|lost-time|unfäll|unfall|wypad/iu,
  /defect|error|finding|fehler/iu,
  /complaint/iu,
  /absence|attendance/iu,
  /violation|write-up/iu,
];

/**
 * What the writer claims to have produced or earned, in words a model adds freely: published work ("I have
 * published papers on…", "I authored a book"), talks ("I spoke at industry conferences"), a patent, press or
 * review praise, a rank among peers, a record without a figure ("a perfect safety record"), the biggest of
 * something ("the company's largest account"). Each needs a line of the profile about the same kind of
 * thing; writing design documents or presenting to leadership is neither a publication nor a talk.
 */
const OUTPUT_CLAIMS: ReadonlyArray<{
  claim: RegExp;
  /** What a source line must say, or, given the claim's words, what it must say about the same thing. */
  source: RegExp | ((claimed: string) => RegExp);
  what: string;
  type?: ClaimType;
  /** A kept section whose every entry is such a thing: an entry of the profile's publications is published. */
  section?: StatedSection;
}> = [
  {
    claim:
      /(?<!\p{L})(?:published (?:(?:\p{L}+|\d+) ){0,3}(?:papers?|articles?|research|books?|stud(?:y|ies)|chapters?)|published (?:author|researcher|writer|scientist)|(?:co-?)?authored (?:(?:\p{L}+|\d+) ){0,2}(?:books?|papers?|articles?|stud(?:y|ies)|chapters?|publications?)|peer-reviewed|(?:veröffentlichte|publizierte) \p{L}+|(?:fach)?(?:artikel|aufsätze|aufsatz|beiträge|publikationen|bücher|buch|paper|studien)\s+(?:\p{L}+\s+){0,4}(?:veröffentlicht|publiziert)|opublikował\p{L}*|(?:j'ai )?publié (?:\p{L}+ ){0,2}(?:articles?|livres?|travaux)|publiqué)(?!\p{L})/iu,
    source:
      /publi|paper|journal|proceedings|article|book|author|chapter|thesis|dissertation|veröffentlich|artikel|czasopism|revue|revista|livre|libro/iu,
    what: 'published work',
    section: 'publications',
  },
  {
    claim:
      /(?<!\p{L})(?:(?:spoke|speak|speaks|speaking|spoken) at|speaker at|keynote|(?:gave|give|given|delivered|deliver) (?:a |the |several |many |\d+ )?(?:talks?|keynotes?|lectures?|presentations?) at|presented (?:(?:\p{L}+|\d+) ){0,3}at (?:(?:\p{L}+|\d+) ){0,2}(?:conferences?|summits?|meetups?|symposi(?:um|a))|vortr(?:a|ä)g\p{L}* (?:auf|bei)|wystąpienia? na|prelegent\p{L}*|conférencier|conférencière|ponente en|interv(?:iens|ient|enu\p{L}*|enant\p{L}*|iendrai|ention\p{L}*) (?:\p{L}+ ){0,3}(?:conférences?|colloques?|congrès|salons? professionnels?|séminaires?|tables? rondes?)|(?:donné|animé|présenté|tenu) (?:des|une|plusieurs|deux|trois|\d+) (?:conférences?|interventions?) (?:lors|à|au|aux|dans|sur)|(?:participado|intervenido|participé|intervine) (?:\p{L}+ ){0,2}(?:como ponente|en congresos|en jornadas)|(?:impartido|impartí|di|dado|ofrecido) (?:\p{L}+ ){0,2}(?:conferencias|ponencias) (?:en|sobre))(?!\p{L})/iu,
    source:
      /(?<!\p{L})(?:talks?|spoke|speak\p{L}*|presented (?:\p{L}+ ){0,4}at|keynote|lecture\p{L}*|conference|summit|meetup|symposi\p{L}*|webinar|panelists?|panel discussions?|vortr\p{L}*|konferenz\p{L}*|konferencj\p{L}*|wystąpi\p{L}*|conférence\p{L}*|colloque\p{L}*|congrès|séminaire\p{L}*|congreso\p{L}*|ponencia\p{L}*|jornadas)(?!\p{L})/iu,
    what: 'a talk',
  },
  {
    claim:
      /(?<!\p{L})(?:(?:hold|holds|held|have|has|own|owns|filed|granted|awarded|earned|secured) (?:(?:\p{L}+|\d+) ){0,2}patents?|patent[- ]holder|(?:named |co-?)?inventor (?:on|of)|patented|inhaber\p{L}* (?:\p{L}+ ){0,2}patent\p{L}*|brevet\p{L}* déposé\p{L}*|titular de (?:\p{L}+ ){0,2}patentes?)(?!\p{L})/iu,
    source: /patent|brevet|inventor|erfind/iu,
    what: 'a patent',
  },
  {
    claim:
      /(?<!\p{L})(?:featured (?:in|on|by)|interviewed by|quoted in|profiled (?:in|by)|(?:highest|top|outstanding|exceptional) (?:possible )?(?:performance )?rating|exceed(?:ed|s) expectations)(?!\p{L})/iu,
    source: /featur|interview|quot|press|magazine|news|rating|exceed|expectation/iu,
    what: 'this recognition',
  },
  {
    // A rank among peers: "ranked among the top leads", "top-ranked", "ranked first in the region".
    claim:
      /(?<!\p{L})(?:ranked (?:among|in) the top|ranked (?:first|second|third|highest|number one|no\.? ?1|#1)|top[- ]ranked|among the (?:top|best)(?: performing)? (?:\p{L}+ ){0,2}(?:in|of|across) (?:the|my|our) )/iu,
    source: /rank|top|best|first|#1|highest/iu,
    what: 'a rank',
  },
  {
    // Praise from others: "customers praised my seafood dishes", "Mandanten loben meine Zuverlässigkeit", "les
    // parents saluent mon engagement", "los clientes valoran", "klienci chwalą", "glowing reviews". What people
    // said of the person is a fact the profile must hold; the employer's customers ("your customers") are not.
    claim:
      /(?<!(?:your|their|ihre|vos|vosotros|sus|wasi|państwa)\s)(?<!\p{L})(?:(?:customers?|clients?|guests?|patients?|parents|students|families|diners|residents|colleagues|peers|shoppers|visitors|managers|kunden|mandanten|gäste|patienten|eltern|schüler|kollegen|clientèle|élèves|familles|collègues|clientes|pacientes|padres|alumnos|compañeros|huéspedes|klienci|pacjenci|rodzice|uczniowie|współpracownicy|przełożeni|goście)\s+(?:\p{L}+\s+){0,2}?(?:praised|praise|praises|complimented|compliment|commended|commend|applauded|raved|lauded|loben|lobten|lobt|saluent|louent|félicitent|ont salué|elogian|elogiaron|valoran|valoraron|destacan|felicitan|chwal\p{L}*|chwalą|doceniają|docenili|doceniali)|(?:praised|commended|complimented|lauded) (?:by|for)|(?:glowing|positive|excellent|five-star|5-star|rave|outstanding) (?:reviews?|feedback|testimonials?|comments)|gelobt|positive[ns]? (?:rückmeldung|bewertung)\p{L}*|félicitée? (?:par|pour)|(?:retours|avis|commentaires) (?:très )?(?:positifs|élogieux|excellents)|elogiad[oa]s?|(?:opiniones|valoraciones|reseñas) (?:muy )?(?:positivas|excelentes)|pochwał\p{L}*|pozytywn\p{L}* (?:opini\p{L}*|recenzj\p{L}*))(?!\p{L})/iu,
    source:
      /prais|compliment|commend|feedback|review|testimonial|rating|satisf|lob|rückmeld|bewertung|félicit|salu|avis|retour|elogi|valoraci|reseña|opini|pochwał|chwal|zadowol|nps|csat/iu,
    what: 'praise from others',
  },
  {
    // Outdoing others without a figure: "record sales", "the best-performing store", "the busiest kitchen in
    // the city", "die beste Abschlussprüfung meines Jahrgangs", "le meilleur taux de réussite de l'académie",
    // "el operario más rápido del almacén", "rekordowa sprzedaż". Doing well is no record.
    claim:
      /(?<!\p{L})(?:record[- ](?!of\s)(?:[\p{L}-]+ )?(?:sales|revenue|profits?|year|quarter|month|week|numbers|results|growth|volumes?|turnover|margins?|takings|footfall|highs?|levels?|breaking|setting)|all-time (?:high|record)|(?:set|broke|beat) (?:a |the |\p{L}+ )?record|(?:best|top|highest|lowest)[- ](?:performing|selling|rated|grossing)|(?:the|our|my|its) (?:best|highest|fastest|busiest|lowest|most (?:productive|profitable|successful|efficient|accurate))\s+(?!(?:standards?|quality|level|levels|possible|care|way|ways)(?!\p{L}))(?:[\p{L}-]+\s+){1,3}?(?:in|across|among|within)(?=\s)|(?:der|die|das|den|dem|des) (?:beste[nrs]?|schnellste\p{L}*|höchste\p{L}*|erfolgreichste\p{L}*|umsatzstärkste\p{L}*)\s+(?!(?:qualität|standards?|sorgfalt)(?!\p{L}))(?:\p{L}+\s+){0,3}?(?:meines|meiner|unter|aller|im (?:bezirk|konzern|unternehmen|team)|in der (?:region|filiale|kanzlei|firma))|rekord\p{L}*|(?:le|la|les) (?:meilleure?s?|plus (?:rapide|performant|rentable|élevé)\p{L}*) (?:[\p{L}'’-]+ ){0,6}?(?:de l['’](?:académie|entreprise|équipe|établissement)|du (?:département|groupe|magasin|réseau|secteur)|de la (?:région|ville|promotion|zone|chaîne))|(?:chiffre d['’]affaires|ventes|résultats?) records?|(?:ventas|facturación|cifras?|resultados?) récord|récord de (?:ventas|facturación)|(?:el|la|los|las) (?:\p{L}+ )?(?:mejor(?:es)?|más (?:rápid|productiv|eficient|rentable)\p{L}*) (?:\p{L}+ ){0,3}?(?:del?|de la) (?:almacén|empresa|región|equipo|zona|tienda|grupo|cadena|ciudad|país|turno|plantilla|centro)|rekordow\p{L}*|(?:najlepsz|najszybsz|najwyższ)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:w (?:firmie|regionie|zespole|oddziale|spółce|mieście|kraju|polsce|branży|sklepie|magazynie)|wśród))(?!\p{L})/iu,
    source:
      /record|rekord|récord|best|top|highest|fastest|busiest|rank|first|#1|no\.? ?1|number one|beste|höchst|schnellst|meilleur|premier|mejor|primer|najlep|najszyb|najwyż|pierwsz/iu,
    what: 'outdoing others',
  },
  {
    // A record without a figure: "a perfect safety record", "zero lost-time incidents", "no accidents".
    claim:
      /(?<!\p{L})(?:(?:perfect|flawless|spotless|clean|unblemished) (?:safety |attendance |audit |quality )?record|(?:accident|incident|injury|defect|error)[- ]free|(?:zero|no) (?:(?:\p{L}+[- ])?\p{L}+ )?(?:incidents|accidents|injuries|defects|errors|complaints|findings|violations|write-ups|absences)|null (?:unfälle|fehler)|bezwypadkow\p{L}*|zero (?:accident|incident)s?)(?!\p{L})/iu,
    // About the same thing: no complaints are not met by an accident-free record.
    source: (claimed) =>
      RECORD_KINDS.find((kind) => kind.test(claimed)) ?? /(?<!\p{L})record(?!\p{L})|zero|[- ]free/iu,
    what: 'this record',
    type: 'number',
  },
  {
    // A thesis: "my dissertation on welfare reform", "Masterarbeit", "praca inżynierska", "mémoire",
    // "trabajo de fin de grado".
    claim:
      /(?<!\p{L})(?:thesis|dissertation|capstone project|(?:bachelor|master|diplom|abschluss|doktor)arbeit|prac\p{L}* (?:magistersk|inżyniersk|licencjack|dyplomow)\p{L}*|mémoire (?:de (?:fin d'études|master|recherche)|sur)|thèse|trabajo (?:de )?fin de (?:grado|máster|carrera)|tfg|tfm|tesis)(?!\p{L})/iu,
    // A capstone project (a course's or a certificate's) is no thesis, and a thesis no capstone.
    source: (claimed) =>
      /capstone/iu.test(claimed)
        ? /capstone/iu
        : /thesis|dissertation|(?:bachelor|master|diplom|abschluss|doktor)arbeit|magistersk|inżyniersk|licencjack|dyplomow|mémoire|thèse|fin de (?:grado|máster|carrera)|(?<!\p{L})(?:tfg|tfm|tesis)(?!\p{L})/iu,
    what: 'a thesis',
  },
  {
    // Studies abroad: "an exchange semester", "Erasmus", "Auslandssemester", "semestr na wymianie".
    claim:
      /(?<!\p{L})(?:exchange (?:semester|year|student|program(?:me)?)|stud(?:y|ied|ying) abroad|semester abroad|erasmus|auslandssemester|auslandsjahr|austauschsemester|semestr\p{L}* (?:na wymianie|za granicą)|wymian\p{L}* studenck\p{L}*|semestre (?:d'échange|à l'étranger|en el extranjero|de intercambio)|année d'échange|intercambio (?:académico|universitario))(?!\p{L})/iu,
    source:
      /exchange|abroad|erasmus|ausland|austausch|wymian|za granicą|échange|étranger|extranjero|intercambio/iu,
    what: 'studies abroad',
  },
  {
    // A degree's honours or grade in words: "with distinction", "a First", "mention très bien",
    // "sobresaliente", "mit Auszeichnung" (the award check reads "honours" and "cum laude").
    claim:
      /(?<!\p{L})(?:(?:with|a) (?:distinction|high distinction)|with merit|first[- ]class|mention (?:très bien|bien|assez bien)|avec (?:les )?félicitations du jury|sobresaliente|matrícula de honor|mit (?:sehr gut|auszeichnung))(?!\p{L})/iu,
    source:
      /distinction|merit|honou?r|cum laude|first[- ]class|mention|félicitations|sobresaliente|matrícula|auszeichnung|sehr gut|wyróżn|gpa|grade|note|średni|nota/iu,
    what: 'this grade',
    type: 'degree',
  },
  {
    // Holding a budget or a P&L: "owned the P&L", "managed the site budget", "Budgetverantwortung",
    // "zarządzałem budżetem", "géré le budget", "gestioné el presupuesto". Working with one is not holding it.
    claim:
      /(?<!\p{L})(?:(?:managed|manage|manages|managing|owned|own|owns|owning|oversaw|oversee|oversees|overseeing|ran|run|controlled|control|held|hold|responsible for|accountable for|in charge of|responsibility for|ownership of|administered|allocated)\s+(?:(?:\p{L}+|\$?[\d.,]+\p{L}?)\s+){0,3}(?:budgets?|p&l|profit (?:and|&) loss|cost cent(?:er|re)s?)|(?:full |budget |p&l )(?:p&l|budget|profit and loss) (?:responsibility|ownership|accountability)|budget (?:owner|holder)|\p{L}*(?:budget|ergebnis|p&l-)verantwortung|(?:verantwortete|verwaltete|steuerte|führte)\s+(?:\p{L}+\s+){0,3}\p{L}*budget\p{L}*|(?:zarządza\p{L}*|odpowiada\p{L}*|kontrolowa\p{L}*|nadzorowa\p{L}*)\s+(?:za\s+)?(?:\p{L}+\s+){0,2}budżet\p{L}*|(?:géré|gérais|gère|piloté|pilotais|pilote|responsable (?:du|de))\s+(?:\p{L}+\s+){0,2}(?:budget|compte de résultat)|(?:gestioné|gestionaba|gestiono|administré|responsable del?|a cargo del?|controlé)\s+(?:\p{L}+\s+){0,2}(?:presupuesto|cuenta de resultados))(?!\p{L})/iu,
    source:
      /budget|p&l|profit (?:and|&) loss|cost cent|budż|presupuest|compte de résultat|cuenta de resultados|ergebnisverantwortung|kostenstelle/iu,
    what: 'a budget',
    type: 'scope',
  },
  {
    // The biggest of something: "the company's largest account", "our most important client".
    claim:
      /(?<!\p{L})(?:largest|biggest|most (?:important|valuable|profitable|strategic)|highest[- ](?:value|revenue|volume)|flagship) (?:\p{L}+ ){0,2}(?:accounts?|clients?|customers?|projects?|deals?|contracts?|products?|sites?|stores?|branch(?:es)?|programs?)(?!\p{L})/iu,
    // The same kind of thing ranked the same way: "Managed our two largest accounts", "key client accounts".
    source: (claimed) => {
      const thing =
        /(account|client|customer|project|deal|contract|product|site|store|branch|program)/iu.exec(
          claimed,
        )?.[1];
      return new RegExp(
        `(?:largest|biggest|most|highest|flagship|key|top|major|strategic)\\s+(?:\\p{L}+\\s+){0,2}${thing ?? '\\p{L}+'}`,
        'iu',
      );
    },
    what: 'this ranking of the work',
    type: 'scope',
  },
];

function checkOutputClaims(
  c: Collector,
  view: SentenceView,
  scope: Scope,
  facts: CompiledProfileFacts,
): void {
  for (const { claim, source: says, what, type = 'award', section } of OUTPUT_CLAIMS) {
    const m = claim.exec(view.text);
    if (m === null) continue;
    const source = typeof says === 'function' ? says(m[0]) : says;
    // A letter's or summary's claim may rest on any line of the profile; a bullet's on its own.
    const items = scope.freeText ? facts.all : scope.items;
    const found = items.find(
      (item) => item.ref.section === section || item.units.some((u) => source.test(u.text)),
    );
    c.add(
      type,
      wholeWordsAround(view.text, m.index, 30, 40),
      refsFor(found, scope),
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} speaks of ${what}`
        : `no line of the profile speaks of ${what}`,
    );
  }
}

/** "I speak fluent Spanish", "Ich spreche fließend Englisch": a language the profile lists, at its level. */
function checkLanguages(c: Collector, view: SentenceView): void {
  for (const claim of view.languages)
    c.add(
      'language',
      claim.text,
      claim.index === null ? [] : [{ section: 'languages', itemId: String(claim.index) }],
      claim.supported,
      claim.reason,
    );
}

/** "Adopted school-wide", "rolled out company-wide": the source must state the same reach. */
function checkReach(c: Collector, view: SentenceView, scope: Scope): void {
  const m = REACH_RE.exec(canonicalText(view.text));
  if (m === null) return;
  const unit = (m[1] ?? m[2] ?? m[3] ?? m[0]).toLowerCase().slice(0, 5);
  const found = scope.items.find((item) =>
    item.units.some((u) => {
      const reach = REACH_RE.exec(canonicalText(u.text));
      return (
        reach !== null && (reach[1] ?? reach[2] ?? reach[3] ?? reach[0]).toLowerCase().slice(0, 5) === unit
      );
    }),
  );
  c.add(
    'scope',
    m[0],
    refsFor(found, scope),
    found !== undefined,
    found ? `${found.ref.section}/${found.ref.itemId} states this reach` : `no source says "${m[0]}"`,
  );
}

// A name: capitalised words (any script's capitals), joined by "&", "of", "de", "von", "z", "und".
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{N}&'.-]*";
// A name goes on over capitalised words, but not over the pronoun: "At Acme Corp I cut…" names Acme Corp.
const NEXT_CAP_WORD = `(?!I(?![\\p{L}\\p{N}&'.-]))${CAP_WORD}`;
const CAP_PHRASE = `${CAP_WORD}(?:\\s+(?:&\\s+|of\\s+|de\\s+|von\\s+|und\\s+|sp\\.\\s+z\\s+)?${NEXT_CAP_WORD}){0,5}`;
const EMPLOYER_RE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]t|[Jj]oined|join|for|with|[Bb]ei(?:\\s+(?:der|dem|den))?|[Bb]eim|[Ww]|[Ww]e|[Dd]la|u)\\s+(${CAP_PHRASE})`,
  'gu',
);

// German writes "bei" before any noun: "Bei Fragen stehe ich Ihnen gerne zur Verfügung", "bei der Einarbeitung",
// "Bei Bedarf", "bei Kunden vor Ort". One capitalised word there that reads as a common noun (an abstract noun's
// ending, or one of the nouns letters put there) is no employer; "bei Siemens", "bei der Deutschen Post" are.
const GERMAN_NOUN_ENDING =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nissen|ismus)$/u;
const GERMAN_TOPICS = new Set(
  'fragen rückfragen anfragen interesse bedarf problemen schwierigkeiten reklamationen beschwerden störungen engpässen notfällen ausfällen krankheit urlaub terminen veranstaltungen projekten kunden kundinnen patienten patientinnen bewohnern bewohnerinnen kindern inventuren audits prüfungen abschlüssen einsätzen übergaben lieferungen bestellungen aufträgen schichtwechseln spitzenzeiten'.split(
    ' ',
  ),
);

function germanTopicAfterBei(view: SentenceView, preposition: string, name: string): boolean {
  const word = name.trim();
  if (!view.german || !/^[Bb]ei/u.test(preposition) || /\s/u.test(word)) return false;
  if (isNameWord(word, false, true)) return false;
  const lower = word.toLowerCase();
  return GERMAN_TOPICS.has(lower) || GERMAN_NOUN_ENDING.test(lower);
}
const INSTITUTION_RE = new RegExp(
  `((?:${CAP_PHRASE}\\s+)?(?:University|College|Institute|Polytechnic|Academy|School|Universität|Hochschule|Fachhochschule|Akademie|Uniwersytet|Politechnika|Akademia|Szkoła)(?:\\s+(?:of|w|im\\.|für|der)(?:\\s+\\p{Lu}[\\p{L}&'.-]*){1,4})?)`,
  'gu',
);
const DEGREE_RE =
  /(?<![\p{L}])(?:(?:bachelor|master|associate)(?='s\b|s\s+(?:degree\b|in\b(?!\s+(?:a|an|the|my|our|his|her|their|its|each|every|two|three|four|five|\d+)\b))|\s+degree|\s+of\b|\s+in\b)(?:'?s)?(?:\s+degree)?(?:\s+of\s+(?:science|arts|engineering|education|business administration|nursing|fine arts|commerce|laws|public health|social work))?|b\.\s?sc?\.?|b\.a\.|m\.\s?sc?\.?|m\.a\.|m\.ed\.?|b\.ed\.?|bsc|msc|mba|bsn|msn|ph\.?\s?d\.?|doctorate|doctoral degree|dr\.-ing\.?|magister|mgr(?:\s+inż\.?)?|diplom-\p{L}+|promoviert\p{L}*|doktor\p{L}*|(?:bs|ba|ms|ma)(?=\s+(?:in|degree)\b)|(?:master|licence|doctorat|diplôme d['’]ingénieur|grado|licenciad[oa]|máster|doctorad[oa]|ingenier[oa])(?=\s+(?:en|de|d['’])\s?\p{L}))(?:\s+(?:degree\s+)?(?:in|w zakresie|im fach|en|de|d['’])\s*([\p{L}-]+(?:\s+(?:and\s+|&\s+|i\s+|und\s+|et\s+|y\s+)?(?!from\b|at\b|while\b|with\b|to\b|and\b|which\b|that\b|who\b|z\b|an\b|der\b|à\b|chez\b|pour\b|avec\b|dans\b|qui\b|que\b|en\b|de\b|del\b|la\b|le\b|les\b|para\b|con\b|por\b|y\b|et\b)[\p{L}-]+){0,3}))?/giu;
const CERT_RE = new RegExp(
  `(?:(?<![\\p{L}])(?:certified(?:\\s+in)?|certification in|certificate in|licensed|zertifizierte[rn]?|certyfikowan\\p{L}*)\\s+(?:as\\s+(?:a|an)\\s+)?(${CAP_PHRASE}))|(?:(${CAP_PHRASE})(?:\\s+|-)(?:[Cc]ertification|[Cc]ertificate|[Cc]ertified|[Ll]icen[cs]e|[Cc]redential|[Zz]ertifizierung|[Zz]ertifikat)(?![\\p{L}]))|(?:(?<![\\p{L}])(?:certyfikat|zertifikat)\\s+(${CAP_PHRASE}))`,
  'gu',
);
export const AWARD_RE =
  /(?<![\p{L}])(?:awards?|awarded|prize|medal|honou?rs?|honou?red (?:with|as|for)|recipient|recogni[sz]ed (?:as|with|for|by)|nominated|named (?:the |an? )?\p{Lu}|dean'?s list|top (?:performer|producer|seller|salesperson|biller|earner)s?|star performer|(?:employee|salesperson|engineer|teacher|nurse|agent|associate|manager) of the (?:month|quarter|year)|mitarbeiter(?:in)? des (?:monats|jahres)|pracownik\p{L}* (?:miesiąca|roku)|employée? du mois|emplead[oa] del (?:mes|año)|employée? de l'année|cum laude|valedictorian|salutatorian|(?:first|top) (?:in|of) (?:my|the|his|her) (?:class|cohort|year)|scholarship|fellowship|trophy|first place|first prize|auszeichnung|ausgezeichnet|preis(?:träger\p{L}*)?|nagrod\p{L}*|wyróżni\p{L}*|(?:reçu|remporté|obtenu|décroché|gagné)\s+(?:le|un|une|la|les|deux|trois|\d+)\s+(?:premiers?\s+)?(?:prix|distinctions?|récompenses?|trophées?|médailles?)|prix\s+(?:du|de la|de l['’]|d['’])\s*(?:meilleur\p{L}*|excellence|innovation)|lauréat\p{L}*|récompensé\p{L}*|trophées?|premios?|premiad[oa]s?|galard\p{L}+|(?:désigné|élu|nommé|classé|sacré)e?s?\s+(?:comme\s+)?(?:le\s+|la\s+)?meilleur\p{L}*|(?:nombrad|elegid|designad|reconocid)[oa]s?\s+(?:como\s+)?(?:el\s+|la\s+)?mejor(?:es)?|(?:collaborat(?:eur|rice)|salariée?|vendeu(?:r|se)|conseill(?:er|ère)|technicien(?:ne)?|infirmi(?:er|ère)|agent|commerciale?)s?\s+(?:du mois|de l['’]année)|(?:trabajador|vendedor|técnic|enfermer|camarer|cociner|agente)\p{L}*\s+del\s+(?:mes|año))(?![\p{L}])/iu;

// Titles stated as held: "my role as X", "worked as X", "promoted to X", "As X, I…", "I am a X at Y".
const TITLE_WORDS =
  "[\\p{L}&'/-]+(?:\\s+(?!at\\b|for\\b|with\\b|in\\b|since\\b|from\\b|where\\b|and\\b|who\\b|to\\b|on\\b|of\\b(?=\\s+(?:the|my|a)\\b)|bei\\b|seit\\b|w\\b|we\\b|od\\b|dla\\b)[\\p{L}&'/-]+){0,5}";
// A title said of oneself with no verb before it: words, none an article or a possessive ("Supported the unit
// manager with …" is a bullet, not what the person is).
const IDENTITY_WORDS =
  "[\\p{L}&'/-]+(?:\\s+(?!(?:the|a|an|my|our|their|his|her|its|this|that|these|those|with|who|and|to|of|in|at|for|on|from)(?![\\p{L}]))[\\p{L}&'/-]+){0,5}";
const TITLE_CLAIM_RES: readonly RegExp[] = [
  // Anywhere: "as (a) Senior Accountant", "als Teamleiterin", "jako Kierownik" (the application context is
  // excluded below: "apply as", "join you as", "would … as").
  new RegExp(`(?<![\\p{L}])(?:as|als|jako)\\s+(?:an?\\s+|the\\s+|eine?\\s+)?(${TITLE_WORDS})`, 'giu'),
  // A capitalised title right before an employer: "Charge Nurse at St. Luke's".
  new RegExp(
    `((?:\\p{Lu}[\\p{L}'-]*\\s+){0,4}\\p{Lu}[\\p{L}'-]*)(?=\\s+(?:at|bei|with|w|we)\\s+\\p{Lu})`,
    'gu',
  ),
  new RegExp(
    `\\b(?:my|current|previous|former)\\s+(?:role|position|job|title|post|work|experience|time|tenure|years?)\\s+as\\s+(?:an?\\s+|the\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
  new RegExp(
    `\\b(?:work(?:ed|ing|s)?|serv(?:e|ed|ing|es)|employed|hired|started|began|act(?:ed|ing)?)\\s+as\\s+(?:an?\\s+|the\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
  // "X appointed me Senior Accountant", "My current title at X is Y".
  new RegExp(
    `\\b(?:appointed|named|made|promoted|hired)\\s+me\\s+(?:as\\s+|to\\s+)?(?:an?\\s+|the\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
  new RegExp(
    `\\b(?:title|position|role|job)(?:\\s+(?:at|with)\\s+[^,;]{1,60}?)?\\s+(?:is|was|has been)\\s+(?:an?\\s+|the\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
  new RegExp(
    `\\b(?:promoted|advanced|rose|elevated|appointed)\\s+to\\s+(?:the\\s+(?:role|position|title)\\s+of\\s+)?(?:an?\\s+|the\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
  new RegExp(
    `^(?:As|In my role as|In my current role as)\\s+(?:an?\\s+|the\\s+)?(${TITLE_WORDS})(?=\\s*(?:,|at\\b|with\\b|for\\b|in\\b))`,
    'gu',
  ),
  new RegExp(
    `\\b(?:I am|I'm|I was|I have been)\\s+(?:currently\\s+)?(?:an?|the)\\s+(${TITLE_WORDS})\\s+(?=at|with|for|in)\\b`,
    'gu',
  ),
  // What a summary opens by saying the person is: "Experienced Store Manager with 8 years…", "Dependable
  // delivery driver who…", "Senior Data Analyst, skilled in SQL", and "I am a seasoned head chef".
  new RegExp(
    `^(?!(?:Dear|Hello|Hi|Hey|To|Sehr|Liebe|Lieber|Hallo|Szanown\\p{L}*|Madame|Monsieur|Estimad\\p{L}*|Hola)\\s)(?:An?\\s+)?(${IDENTITY_WORDS})(?=\\s*(?:,|\\s(?:with|who|bringing|offering|skilled|specializing|specialising|known|focused|experienced|having|adept|versed|combining|trained)(?![\\p{L}])))`,
    'gu',
  ),
  // German and Polish: "Erfahrene Stationsleitung mit …", "Doświadczony Główny Księgowy z …".
  new RegExp(
    `^(?:Erfahrene[rn]?|Engagierte[rn]?|Zuverlässige[rn]?|Motivierte[rn]?|Versierte[rn]?|Doświadczon\\p{L}*|Zaangażowan\\p{L}*|Rzeteln\\p{L}*|Sumienn\\p{L}*)\\s+(${IDENTITY_WORDS})(?=\\s*(?:,|\\s(?:mit|z|ze)(?![\\p{L}])))`,
    'gu',
  ),
  // (A licensed or certified one is a credential, which the credential check reads.)
  new RegExp(
    `\\b(?:I am|I'm|I have been)\\s+(?:currently\\s+)?(?:an?)\\s+(?!licensed|certified|chartered|registered)(${TITLE_WORDS})`,
    'gu',
  ),
  new RegExp(
    `\\b(?:hold|holds|held|holding)\\s+the\\s+(?:position|title|role)\\s+(?:of\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
  new RegExp(
    `(?<![\\p{L}])(?:tätig als|arbeite(?:te)? als|war ich als|bin ich als|befördert zu[mr]?|ernannt zu[mr]?|^Als)\\s+(${TITLE_WORDS})`,
    'gu',
  ),
  // Anchored by the verb, the title may hold an abbreviation ("zum Inżynier ds. Jakości befördert").
  new RegExp(
    `(?<![\\p{L}])zu[mr]\\s+([\\p{L}&'/-]+\\.?(?:\\s+[\\p{L}&'/-]+\\.?){0,5})\\s+(?:befördert|ernannt)`,
    'gu',
  ),
  new RegExp(
    `(?<![\\p{L}])(?:jako|na stanowisku|awansował\\p{L}*\\s+na(?:\\s+stanowisko)?)\\s+(${TITLE_WORDS})`,
    'giu',
  ),
  // French and Spanish: "En tant que directrice régionale", "Como enfermera jefe", "trabajé como", "en qualité de".
  new RegExp(
    `(?<![\\p{L}])(?:en tant que|en qualité de|comme|como|en calidad de)\\s+(?:une?\\s+|el\\s+|la\\s+|le\\s+|l'|una?\\s+)?(${TITLE_WORDS})`,
    'giu',
  ),
];
// Head nouns of job titles: a lower-case phrase is a title only when it has one (so "as part of" is not).
const TITLE_HEADS =
  /(?<![\p{L}])(?:nurse|accountant|teacher|engineer|manager|lead|leader|supervisor|director|developer|analyst|electrician|technician|assistant|specialist|coordinator|officer|consultant|administrator|operator|head|chief|president|designer|architect|scientist|clerk|associate|intern|apprentice|journeyman|foreman|controller|auditor|principal|instructor|lecturer|professor|therapist|pharmacist|physician|bookkeeper|cashier|representative|barista|chef|cook|receptionist|secretary|librarian|dentist|surgeon|midwife|paramedic|firefighter|carpenter|plumber|welder|machinist|programmer|tester|master|steward|attendant|agent|broker|underwriter|actuary|economist|lawyer|attorney|paralegal|counsel|pilot|captain|nanny|caregiver|carer|hygienist|technologist|dietitian|psychologist|counselor|counsellor|dean|superintendent|registrar|trainer|coach|strategist|marketer|merchandiser|estimator|inspector|surveyor|dispatcher|scheduler|handler|picker|packer|loader|courier|executive|advisor|adviser|owner|founder|partner|worker|driver|mechanic|planner|buyer|recruiter|editor|writer|tutor|aide|cpa|inżynier\p{L}*|kierownik\p{L}*|specjalist\p{L}*|pielęgniar\p{L}*|nauczyciel\p{L}*|księgow\p{L}*|brygadzist\p{L}*|dyrektor\p{L}*|lider\p{L}*|techni\p{L}*|elektryk\p{L}*)(?![\p{L}])|(?:ingenieur|leiter|leitung|pfleger|pflegefachkraft|fachkraft|meister|elektriker|lehrer|manager|berater|referent|sachbearbeiter|buchhalter|kaufmann|kauffrau|disponent|koordinator|spediteur|verkäufer|mechaniker|mechatroniker|monteur|koch|köchin|fahrer|erzieher|assistent)(?:in|innen)?(?![\p{L}])|(?<![\p{L}])(?:enfermer[oa]|jef[ea]|supervisor[a]?|director[a]?|directeur|directrice|responsable|gerente|coordinador[a]?|coordinat(?:eur|rice)|ingenier[oa]|ingénieur\p{L}*|técnic[oa]|technicien\p{L}*|commercial\p{L}*|vendeu(?:r|se)|comptable|contable|analista|analyste|consultor[a]?|consultant[e]?|chef|cheffe|asistente|assistant[e]?|administrativ[oa]|enseignant\p{L}*|profesor[a]?|professeur\p{L}*|infirmi(?:er|ère)|auxiliar|agente|délégué\p{L}*|representante|cajer[oa]|encargad[oa]|gestor[a]?|gestionnaire|inspect(?:or|eur)\p{L}*|operari[oa]|opérat(?:eur|rice)|conduct(?:or|eur)\p{L}*|chauffeur|adjoint\p{L}*|attaché\p{L}*|chargé\p{L}*)(?![\p{L}])/iu;

// A lower-case word after "I" that is no preposition or conjunction: a verb, so the "I" is the pronoun.
const PRONOUN_BEFORE_VERB = /^(?!(?:at|with|for|in|on|of|from|since|and|or|to|until|between)$)\p{Ll}/u;

// Words that say what someone is like: "experienced", "dependable", "results-driven", "compassionate" (never a
// bullet's verb: "Assisted Head Chef with …" names whom one assisted; never what ranks the title: "Associate",
// "Student", "Graduate").
const PRAISE_WORD =
  /^(?:\p{L}+-)?(?:\p{L}{3,}(?:ive|ful|ous|able|ible|ent|ic|ate)|oriented|driven|focused|minded|motivated|thinking|working|winning|experienced|seasoned|skilled|accomplished|dedicated|qualified|certified|licensed|registered|talented|organi[sz]ed|committed|trusted|proven|friendly|bilingual|multilingual|on|highly|very|strong|reliable|versatile|diligent|hardworking|caring|outstanding|enthusiastic|(?:erfahren|engagiert|zuverlässig|motiviert|versiert|examiniert)e[rns]?|doświadczon\p{L}*|zaangażowan\p{L}*|rzeteln\p{L}*|sumienn\p{L}*)$/iu;
const NOT_PRAISE =
  /^(?:student|graduate|associate|resident|patient|client|parent|content|talent|\p{L}*ment)$/iu;
function isPraiseWord(word: string): boolean {
  return PRAISE_WORD.test(word) && !TITLE_HEADS.test(word) && !NOT_PRAISE.test(word);
}
// A person's kind, not a title: "a hard worker", "a natural leader", "a healthcare professional".
const GENERIC_HEAD_RE =
  /^(?:worker|leader|professional|player|learner|communicator|person|individual|thinker|self-starter|problem-solver|team|people)$/iu;

/**
 * The title itself out of what follows a title trigger: a capitalised title is its run of capitalised words
 * ("Staff Nurse covers the work" → "Staff Nurse"); a lower-case one ends at its last head noun ("charge
 * nurse for years" → "charge nurse").
 */
function titlePhrase(raw: string): string {
  const words = raw
    .replace(/[,.;:]+$/u, '')
    .trim()
    .split(/\s+/u);
  // "As Sous Chef at …": the preposition that introduced it; "Experienced Store Manager": what the person is
  // like, not the title ("Senior", "Lead" and "Assistant" stay).
  if (/^(?:As|Als|Jako|Como|Comme)$/u.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && isPraiseWord(words[0] as string)) words.shift();
  if (words.length === 0 || words[0] === '') return '';
  if (/^\p{Lu}/u.test(words[0] ?? '')) {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      // "As Logistics Supervisor I cut…": the pronoun before its verb, not the level of "Engineer I at …".
      if (w === 'I' && i > 0 && PRONOUN_BEFORE_VERB.test(words[i + 1] ?? '')) break;
      if (/^\p{Lu}|^\d/u.test(w)) out.push(w);
      else if (/^(?:of|&|and|-|und|i|ds\.|do|spraw)$/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''))
        out.push(w);
      else break;
    }
    return out.join(' ');
  }
  let end = -1;
  words.forEach((w, i) => {
    if (TITLE_HEADS.test(w)) end = i;
  });
  return end < 0 ? '' : words.slice(0, end + 1).join(' ');
}

const APPLYING_RE =
  /(?<![\p{L}])(?:appl(?:y|ying|ied|ication)|join(?:ing)?|become|becoming|next|would|will|could|hope|eager|excited|interested|welcome|candidacy|position(?!\s+of)|role of|opening|vacancy|your|bewerbe\p{L}*|möchte|würde|stelle|aplikuj\p{L}*|ubiegam|chciał\p{L}*|chętnie|stanowisko|poste|postule\p{L}*|candidature|rejoindre|intégrer|souhait\p{L}*|aimerais|votre|vos|puesto|vacante|candidatura|unirme|incorporarme|formar parte|gustaría|postul\p{L}*|oferta)(?![\p{L}])/iu;

function checkTitles(
  c: Collector,
  view: SentenceView,
  facts: CompiledProfileFacts,
  spans: [number, number][],
): void {
  const p = facts.profile;
  const roles = view.role ? p.experiences.filter((e) => view.role?.ref.itemId === e.id) : p.experiences;
  const seen = new Set<string>();
  for (const re of TITLE_CLAIM_RES) {
    re.lastIndex = 0;
    for (const m of view.text.matchAll(re)) {
      const title = titlePhrase(m[1] ?? '');
      if (title === '' || seen.has(title)) continue;
      // The job applied for, not a title held: "apply as", "join your team as", "would thrive as", "your".
      if (APPLYING_RE.test(view.text.slice(0, m.index + (m[0].length - (m[1] ?? '').length)))) continue;
      if (!TITLE_HEADS.test(title)) continue;
      const words = title.split(/\s+/u);
      if (GENERIC_HEAD_RE.test(words.at(-1) ?? '') && words.every((w) => !/^\p{Lu}/u.test(w))) continue;
      seen.add(title);
      spans.push([m.index, m.index + m[0].length]);
      const tokens = titleTokens(title);
      const exp = roles.find((e) => titleWithin(tokens, titleTokens(e.title)));
      // The headline is what the person is ("RN at St. Luke's" for a Staff Nurse whose headline says RN).
      const head = !!p.headline && titleWithin(tokens, titleTokens(p.headline));
      // A volunteer role is held too, though at no employer ("as Volunteer Coordinator at the Food Bank").
      const unpaid = view.role
        ? undefined
        : facts.volunteerRoles.find((r) => titleWithin(tokens, titleTokens(r.title)));
      c.add(
        'title',
        title,
        exp ? [{ section: 'experiences', itemId: exp.id }] : unpaid ? [unpaid.ref] : [],
        exp !== undefined || head || unpaid !== undefined,
        exp
          ? `experiences/${exp.id} has the title ${exp.title}`
          : unpaid
            ? `${unpaid.ref.section}/${unpaid.ref.itemId} has the title ${unpaid.title}`
            : head
              ? 'the headline says so'
              : view.role
                ? `the role named beside it (${view.role.ref.itemId}) has another title`
                : 'no role in the profile has this title',
      );
    }
  }
}

/** About `before` and `after` characters around `at`, widened to whole words ("Fieldwire", not "ieldwire"). */
function wholeWordsAround(text: string, at: number, before: number, after: number): string {
  const from = Math.max(0, at - before);
  const start = from === 0 ? 0 : text.lastIndexOf(' ', from) + 1;
  const stop = text.indexOf(' ', Math.min(text.length, at + after));
  return text.slice(start, stop < 0 ? text.length : stop).trim();
}

function checkAwards(c: Collector, view: SentenceView, scope: Scope): void {
  const m = AWARD_RE.exec(view.text);
  if (m === null) return;
  const words = contentWords(view.text.replace(new RegExp(AWARD_RE.source, 'giu'), ' '));
  const units = scope.items.flatMap((i) => i.awards.map((text) => ({ i, text })));
  // An award is supported by a source line that states an award about the same thing.
  const found = units.find(({ text }) => {
    const have = contentWords(text);
    return words.size === 0 || [...words].filter((w) => have.has(w)).length >= Math.min(2, words.size);
  });
  c.add(
    'award',
    wholeWordsAround(view.text, m.index, 30, 40),
    found ? [found.i.ref] : scope.freeText ? [] : scope.refs,
    found !== undefined,
    found
      ? `${found.i.ref.section}/${found.i.ref.itemId} states it: "${found.text}"`
      : 'no award or honour in the profile matches',
  );
}

/**
 * A licence or certification stated in lower case: "a licensed electrician", "a certified scrum master",
 * "board-certified in project management", "I hold a valid commercial driver's license", "I hold an agile
 * certification". The capitalised kind ("licensed CPA", "PMP-certified") is read by CERT_RE.
 */
const CREDENTIAL_WORDS =
  "((?:(?!with\\b|in\\b|and\\b|who\\b|for\\b|since\\b|at\\b|of\\b)[\\p{Ll}'-]+\\s+){0,2}[\\p{Ll}'-]+)";
const HELD = '(?:hold|have|possess|carry|earned|obtained|completed|gained)';
const LOWER_CASE_CREDENTIAL_RES: readonly RegExp[] = [
  new RegExp(
    `(?<![\\p{L}])(?:a|an|as)\\s+(?:fully\\s+|currently\\s+|state[\\s-]|board[\\s-])?(?:licensed|certified)\\s+${CREDENTIAL_WORDS}`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}])(?:board[\\s-])?certified\\s+(?:in|as)\\s+(?:an?\\s+)?${CREDENTIAL_WORDS}`, 'gu'),
  new RegExp(
    `(?<![\\p{L}])${HELD}\\s+(?:a|an|the|my)\\s+(?:valid\\s+|current\\s+|active\\s+|full\\s+|clean\\s+)?${CREDENTIAL_WORDS}\\s+(?:licen[cs]e|certification|certificate)(?![\\p{L}])`,
    'gu',
  ),
  // "Je suis expert-comptable diplômée", "en tant qu'infirmière agréée".
  /(?<![\p{L}])(?:suis|est|être|comme|en tant qu['’]e?)\s*(?:une?\s+)?(\p{Ll}[\p{L}'-]+(?:\s+\p{Ll}[\p{L}'-]+)?)\s+(?:diplômée?s?|certifiée?s?|agréée?s?|assermentée?s?|habilitée?s?)(?![\p{L}])/gu,
  // "Titulada en enfermería", "certificado como técnico", "colegiada en psicología".
  /(?<![\p{L}])(?:[Tt]itulad[oa]s?|[Cc]ertificad[oa]s?|[Cc]olegiad[oa]s?|[Aa]creditad[oa]s?|[Hh]abilitad[oa]s?)\s+(?:en|como)\s+((?:\p{Ll}[\p{L}'-]+\s+){0,2}\p{Ll}[\p{L}'-]+)/gu,
  // "Posiadam specjalizację z pielęgniarstwa anestezjologicznego", "mam uprawnienia SEP"-like lower-case ones.
  /(?<![\p{L}])(?:[Pp]osiadam|[Mm]am|[Uu]zyskał\p{L}*|[Zz]dobył\p{L}*|[Uu]kończył\p{L}*)\s+(?:\p{Ll}+\s+)?(?:specjalizacj\p{L}*|certyfikat\p{L}*|uprawnieni\p{L}*|licencj(?!at)\p{L}*)\s+(?:z|w zakresie|do|na)\s+((?:\p{Ll}[\p{L}'-]+\s+){0,2}\p{Ll}[\p{L}'-]+)/gu,
];
// German further training, capitalised like every noun: "Fachweiterbildung Intensivpflege", "Weiterbildung
// zur Praxisanleiterin", "Zusatzqualifikation Palliative Care".
const GERMAN_TRAINING_RE =
  /(?<![\p{L}])(?:Fach)?(?:[Ww]eiterbildung|[Ff]ortbildung|Zusatzqualifikation|Spezialisierung)(?:\s+(?:zur|zum|als|in|im|für))?\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu;
const CREDENTIAL_SOURCE_RE =
  /licen[cs]|certif|zertifi|certyfik|weiterbildung|fortbildung|qualifikation|spezialisierung|specjaliz|uprawnien|diplôm|agréé|titulad|colegiad|acreditad/iu;
/**
 * A course or training the profile lists (among its certifications, as CVs list "Training" and
 * "Weiterbildung"): taking a Scrum Master course makes no one a Certified Scrum Master.
 */
const COURSE_RE =
  /(?:course|training|workshop|seminar|bootcamp|webinar|lehrgang|schulung|kurs|szkoleni|warsztat|curso|taller|cursillo)\p{L}{0,2}(?!\p{L})|(?<!\p{L})formation(?!\p{L})/iu;

// Holding a credential: "I hold …", "I am a licensed …", "with a … licence".
const HELD_CREDENTIAL_RE =
  /(?<![\p{L}])(?:hold|holds|holding|held|have|has|possess|earned|obtained|gained|with an?|licensed|certified)(?![\p{L}])/iu;

// A driving or trade licence's class ("Class A", "Klasse CE", "kat. C+E", "catégorie C", "clase C") and its
// endorsements ("hazmat and tanker endorsements"): each needs a credential line with the same class or word.
const LICENCE_CONTEXT_RE =
  /licen[cs]|(?<![\p{L}])cdl|driv|führerschein|fahrerlaubnis|prawo jazdy|uprawnieni|permis|carnet|endorse/iu;
const LICENCE_CLASS_RE =
  /(?<![\p{L}])(?:[Cc]lass|[Cc]ategory|[Kk]lasse|[Kk]at\.|[Kk]ategori[ia]|[Cc]atégorie|[Cc]ategoría|[Cc]lase)\s*(\p{Lu}{1,2}\d?(?:\s?\+\s?E)?|\d)(?![\p{L}\p{N}])|(?<![\p{L}])CDL[-\s]([A-C])(?![\p{L}\p{N}])/gu;
const ENDORSEMENT_RE =
  /(?<![\p{L}])((?:[\p{L}-]+(?:,\s*|\s+and\s+|\s*\/\s*|\s+)){0,3})endorse(?:ment|ments|d)(?![\p{L}])/giu;
const licenceClass = (code: string) => code.replace(/[\s+]/gu, '').toUpperCase();
const NOT_ENDORSED = new Set([
  'a',
  'an',
  'the',
  'and',
  'with',
  'my',
  'valid',
  'current',
  'full',
  'clean',
  'all',
]);

function checkLicenceClasses(c: Collector, view: SentenceView, scope: Scope): void {
  if (!LICENCE_CONTEXT_RE.test(view.text)) return;
  const credentialUnits = scope.items.flatMap((item) =>
    item.units
      .filter((u) => item.ref.section === 'certifications' || LICENCE_CONTEXT_RE.test(u.text))
      .map((u) => ({ item, u })),
  );
  for (const m of view.text.matchAll(LICENCE_CLASS_RE)) {
    const code = licenceClass(m[1] ?? m[2] ?? '');
    const found = credentialUnits.find(({ u }) =>
      [...u.text.matchAll(LICENCE_CLASS_RE)].some((s) => licenceClass(s[1] ?? s[2] ?? '') === code),
    );
    c.add(
      'certification',
      m[0].trim(),
      refsFor(found?.item, scope),
      found !== undefined,
      found
        ? `${found.item.ref.section}/${found.item.ref.itemId} states this class`
        : `no licence in the profile is of class ${code}`,
    );
  }
  for (const m of view.text.matchAll(ENDORSEMENT_RE)) {
    const words = (m[1] ?? '')
      .toLowerCase()
      .split(/[\s,/]+/u)
      .filter((w) => w !== '' && !NOT_ENDORSED.has(w));
    if (words.length === 0) continue;
    const found = credentialUnits.find(({ u }) => words.every((w) => fold(u.text).includes(fold(w))));
    c.add(
      'certification',
      m[0].trim(),
      refsFor(found?.item, scope),
      found !== undefined,
      found
        ? `${found.item.ref.section}/${found.item.ref.itemId} states this endorsement`
        : 'no licence in the profile carries this endorsement',
    );
  }
}

function checkLowerCaseCredentials(c: Collector, view: SentenceView, scope: Scope): void {
  for (const re of [...LOWER_CASE_CREDENTIAL_RES, GERMAN_TRAINING_RE])
    for (const m of view.text.matchAll(re)) {
      const what = stems(contentWords(m[1] ?? ''));
      // A course supports further training ("Fortbildung SPS-Technik"), not a licence or certification.
      const training = re === GERMAN_TRAINING_RE;
      // Supported by a source line about a credential that names the same thing ("Journeyman Electrician
      // License", "Certified ScrumMaster (CSM)" for "a certified scrum master" does not: its words differ).
      // Whatever the certifications section lists is a credential, whatever its words.
      const found = scope.items.find((item) =>
        item.units.some(
          (u) =>
            (item.ref.section === 'certifications' || CREDENTIAL_SOURCE_RE.test(u.text)) &&
            (training || !COURSE_RE.test(u.text)) &&
            [...what].every((w) => u.stems.has(w)),
        ),
      );
      c.add(
        'certification',
        m[0].trim(),
        refsFor(found, scope),
        found !== undefined,
        found
          ? `${found.ref.section}/${found.ref.itemId} states this credential`
          : 'no licence or certification in the profile matches',
      );
    }
}

// Words a capitalised run may start with that are no part of the name ("At Lincoln High School").
const LEADING_NOISE = new Set(
  'at in on from for with by as since during my our his her their the a an this that these i we bei im am der die das w we z na od dla moje moja'.split(
    ' ',
  ),
);
function trimName(name: string): string {
  const words = name.trim().split(/\s+/u);
  while (words.length > 0 && LEADING_NOISE.has(fold(words[0] as string))) words.shift();
  return words.join(' ').replace(/[.,;:]+$/u, '');
}

function isKnownPhrase(facts: CompiledProfileFacts, phrase: string, allowed: readonly string[]): boolean {
  const key = phraseKey(phrase);
  if (key === '' || NOT_NAMES.has(key.split(' ')[0] ?? '')) return true;
  if (facts.matcher.nameOf(phrase) !== null) return true;
  if (allowed.some((a) => phraseKey(a).includes(key) || key.includes(phraseKey(a)))) return true;
  return false;
}
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday i we my our the a an this that dear hiring'.split(
    ' ',
  ),
);

function checkEntities(
  c: Collector,
  view: SentenceView,
  facts: CompiledProfileFacts,
  allowed: readonly string[],
): void {
  const sentence = view.text;
  const p = facts.profile;
  const seenSpans: [number, number][] = [];
  const overlaps = (s: number, e: number) => seenSpans.some(([a, b]) => s < b && a < e);
  const anywhere = (phrase: string): boolean => facts.names.hasPhrase(phrase);

  checkTitles(c, view, facts, seenSpans);
  for (const m of sentence.matchAll(INSTITUTION_RE)) {
    let name = trimName(m[1] ?? '');
    // The sentence's first word ("Ukończyłem Uniwersytet …") is capitalised for the sentence, not the name.
    if (m.index === 0 && /\s/u.test(name) && !facts.names.has(name.split(/\s+/u)[0] as string))
      name = name.split(/\s+/u).slice(1).join(' ');
    if (name === '') continue;
    if (isKnownPhrase(facts, name, allowed)) continue;
    seenSpans.push([m.index, m.index + m[0].length]);
    const edu = p.education.find((e) => wordsWithin(nameTokens(fold(name)), nameTokens(fold(e.institution))));
    // Named elsewhere in the profile (a partner, a client): the text repeats the profile, it adds nothing.
    const item = edu ? false : anywhere(name);
    c.add(
      'institution',
      name,
      edu ? [{ section: 'education', itemId: edu.id }] : [],
      edu !== undefined || item,
      edu
        ? `education/${edu.id} is ${edu.institution}`
        : item
          ? 'the profile names it'
          : 'no education entry names this institution',
    );
  }
  for (const m of sentence.matchAll(DEGREE_RE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    seenSpans.push([m.index, m.index + m[0].length]);
    const claim = readDegree(m[0]);
    const edu = p.education.find((e) => {
      const have = readDegree(`${e.degree ?? ''} ${e.field ?? ''}`);
      const all = new Set([...have.words, ...nameTokens(fold(`${e.degree ?? ''} ${e.field ?? ''}`))]);
      // The field's first word must be the entry's; words after it may be the sentence going on ("… in
      // nursing gave me …"), so a word the entry lacks ends the field unless it is the first.
      const field = claim.words.filter(
        (w) => !['science', 'arts', 'art', 'engineering', 'education'].includes(w),
      );
      const head = claim.words.filter((w) => !field.includes(w));
      const sameLevel = claim.level === null || claim.level === have.level;
      const has = (w: string) => all.has(w) || all.has(fold(w));
      return sameLevel && head.every(has) && (field.length === 0 || has(field[0] as string));
    });
    c.add(
      'degree',
      m[0].trim(),
      edu ? [{ section: 'education', itemId: edu.id }] : [],
      edu !== undefined,
      edu
        ? `education/${edu.id} records ${[edu.degree, edu.field].filter(Boolean).join(', ')}`
        : 'no education entry records this degree',
    );
  }
  for (const m of sentence.matchAll(CERT_RE)) {
    const name = trimName(m[1] ?? m[2] ?? m[3] ?? '');
    if (name === '' || overlaps(m.index, m.index + m[0].length)) continue;
    // The posting's own name ("the Certified Nursing Assistant role") is no credential, unless held: "I hold a
    // Master Electrician Licence" for the Master Electrician job claims the licence.
    if (
      allowed.some((a) => phraseKey(a) === phraseKey(name)) &&
      (APPLYING_RE.test(sentence.slice(0, m.index)) || !HELD_CREDENTIAL_RE.test(sentence))
    )
      continue;
    seenSpans.push([m.index, m.index + m[0].length]);
    const idx = p.certifications.findIndex(
      (cert) =>
        !COURSE_RE.test(`${cert.name} ${cert.issuer ?? ''}`) &&
        wordsWithin(nameTokens(fold(name)), nameTokens(fold(`${cert.name} ${cert.issuer ?? ''}`))),
    );
    // Else a line of the profile that states it ("Earned the Tableau Desktop Specialist certification"): a
    // skill, a product or an employer the profile names is no certification in it ("Tableau-certified").
    const tokens = nameTokens(fold(name));
    const stated =
      idx < 0 &&
      facts.all.some((item) =>
        item.units.some(
          (u) =>
            CREDENTIAL_SOURCE_RE.test(u.text) &&
            !COURSE_RE.test(u.text) &&
            wordsWithin(tokens, nameTokens(fold(u.text))),
        ),
      );
    const ok = idx >= 0 || stated;
    c.add(
      'certification',
      name,
      idx >= 0 ? [{ section: 'certifications', itemId: String(idx) }] : [],
      ok,
      ok ? 'the profile records this certification' : 'no certification in the profile matches',
    );
  }
  for (const m of sentence.matchAll(EMPLOYER_RE)) {
    const raw = (m[1] ?? '').trim();
    const name = trimName(raw);
    if (name === '') continue;
    const start = m.index + m[0].length - raw.length;
    if (overlaps(start, start + name.length) || isKnownPhrase(facts, name, allowed)) continue;
    if (germanTopicAfterBei(view, m[0], name)) continue;
    const exp = p.experiences.find((e) => wordsWithin(nameTokens(fold(name)), nameTokens(fold(e.company))));
    const item = exp
      ? false
      : anywhere(name) ||
        nameWords(name).every(
          // Polish and German decline a name: "w Szpitalu Miejskim", "bei den Stadtwerken Bonn".
          (w) =>
            facts.names.has(w.surface) ||
            ((view.polish || view.german) && facts.names.hasDeclined(w.surface)),
        );
    const ok = exp !== undefined || item;
    c.add(
      'employer',
      name,
      exp ? [{ section: 'experiences', itemId: exp.id }] : [],
      ok,
      exp
        ? `experiences/${exp.id} is at ${exp.company}`
        : item
          ? 'the profile names it'
          : 'no employer or other name in the profile matches',
    );
  }
}

function checkText(
  c: Collector,
  text: string,
  scope: Scope,
  facts: CompiledProfileFacts,
  allowed: readonly string[],
): void {
  const t = canonicalText(text);
  // The profile's own words, cited: nothing new is stated.
  if (
    !scope.freeText &&
    scope.items.some((i) => i.units.some((u) => canonicalText(u.text).trim() === t.trim()))
  )
    return;
  const sentences = scope.freeText ? splitSentences(t) : [t];
  for (const sentence of sentences) {
    if (sentence.trim() === '') continue;
    const first = c.claims.length;
    const view = viewOf(sentence, facts, allowed);
    checkEntities(c, view, facts, allowed);
    checkAwards(c, view, scope);
    checkLowerCaseCredentials(c, view, scope);
    checkLicenceClasses(c, view, scope);
    checkYears(c, view, scope, facts);
    checkNumbers(c, view, scope, facts);
    // A credential the sentence itself only qualifies ("CPA-eligible") is not claimed as held.
    const unqualified = { ...view, masked: withoutQualified(view.masked) };
    checkSkills(c, unqualified.masked, scope, facts, writtenInAnotherLanguage(view.text, facts));
    checkNames(c, unqualified, scope, facts);
    checkScope(c, view, scope);
    checkFounding(c, view, scope);
    checkTeamMakeup(c, view, scope, facts);
    checkOutputClaims(c, view, scope, facts);
    checkLanguages(c, view);
    checkReach(c, view, scope);
    checkPromotion(c, view, scope, facts);
    checkStatus(c, view, scope, facts);
    checkFrequency(c, view, scope, facts);
    checkAllSites(c, view, scope, facts);
    checkAudience(c, view, scope, facts);
    checkTakeOver(c, view, scope, facts);
    checkCareerClaims(c, view, scope, facts);
    checkAssistedWork(c, view, scope, facts);
    checkMisattributedWork(c, view, scope, facts);
    checkEffects(c, view, scope, facts, first);
  }
}

// A result hoped for, not achieved: "I would help grow your sales", "eager to improve patient satisfaction".
const HOPED_RE =
  /(?<![\p{L}])(?:would|could|will|hope|hoping|eager|excited|keen|aim|plan|want|look forward|goal|möchte|würde|chciał\p{L}*|chcę|souhaite|aimerais|pourrais|quisiera|podría|me gustaría)(?![\p{L}])/iu;

/**
 * "Designed a brunch menu, increasing weekend revenue", "significantly reducing wait times": an effect with no
 * figure needs a line about the same work that states a change of the same outcome (a verb of change, a
 * percentage); without an outcome named, a change in a line sharing the sentence's words.
 */
function checkEffects(
  c: Collector,
  view: SentenceView,
  scope: Scope,
  facts: CompiledProfileFacts,
  first: number,
): void {
  const m = EFFECT_RE.exec(view.masked);
  if (m === null || YOU_RE.test(view.text) || HOPED_RE.test(view.text)) return;
  // An effect whose figure ("grew 18%", "doubled") is already refused is not refused twice.
  const around = view.text.slice(m.index, m.index + m[0].length + 20);
  if (
    c.claims
      .slice(first)
      .some(
        (claim) => claim.type === 'number' && claim.verdict === 'unsupported' && around.includes(claim.text),
      )
  )
    return;
  const outcomes = outcomesOf(view.masked).map((o) => fold(o).slice(0, 5));
  const words = stems(contentWords(view.masked));
  const items = scope.freeText ? (view.role ? [view.role] : facts.all) : scope.items;
  const found = items.find((item) =>
    item.units.some((u) => {
      if (!statesChange(u.text)) return false;
      if (outcomes.length > 0) return outcomes.some((o) => fold(u.text).includes(o));
      return [...stems(u.words)].some((w) => words.has(w));
    }),
  );
  c.add(
    'number',
    wholeWordsAround(view.text, m.index, 0, 50),
    refsFor(found, scope),
    found !== undefined,
    found
      ? `${found.ref.section}/${found.ref.itemId} states this change`
      : `no line of the profile states "${m[0]}"`,
  );
}

/**
 * A membership, hiring, training others, work abroad, an expert level (see CAREER_CLAIMS): each needs a line
 * of the profile that says the same kind of thing. A membership or a level is the person's wherever the profile
 * states it; hiring, training and work abroad are a role's: the cited one, or the one the sentence names.
 */
// "Advanced Month-end close", "expert Excel": a level word right before a skill the profile lists.
const levelledSkills = new WeakMap<CompiledProfileFacts, RegExp | null>();
function levelledSkillRe(facts: CompiledProfileFacts): RegExp | null {
  let re = levelledSkills.get(facts);
  if (re === undefined) {
    const s = facts.profile.skills;
    const names = [...s.technical, ...s.tools].map((x) => x.trim()).filter((x) => x.length > 1);
    re =
      names.length === 0
        ? null
        : new RegExp(
            `(?<!\\p{L})(?:advanced|expert|expert-level|fortgeschrittene?[snr]?|zaawansowan\\p{L}*|avanzad[oa]s?|avancée?s?)\\s+(?:${names.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`,
            'iu',
          );
    levelledSkills.set(facts, re);
  }
  return re;
}

const YOU_RE =
  /(?<![\p{L}])(?:you|your|Sie|Ihr\p{L}*|vous|votre|vos|usted|ustedes|su empresa|Państw\p{L}*|wasz\p{L}*)(?![\p{L}])/u;

function aboutTheEmployerAppliedTo(view: SentenceView, at: number): boolean {
  if (YOU_RE.test(view.text)) return true;
  const named = (from: number, to: number) => view.masked.slice(from, to) !== view.text.slice(from, to);
  return named(0, 3) || named(Math.max(0, at - 40), at);
}

function checkCareerClaims(
  c: Collector,
  view: SentenceView,
  scope: Scope,
  facts: CompiledProfileFacts,
): void {
  for (const { what, trigger, claim, source, notAfter } of CAREER_CLAIMS) {
    if (!trigger.test(view.masked)) continue;
    const m =
      claim.exec(view.masked) ??
      (what === 'this level of skill' ? (levelledSkillRe(facts)?.exec(view.masked) ?? null) : null);
    if (m === null) continue;
    if (notAfter?.test(view.masked.slice(Math.max(0, m.index - 30), m.index)) === true) continue;
    // The employer applied to, addressed or named as the subject or right before ("Fieldstone Retail is one of
    // the largest retailers", "join Fieldstone Retail, a leading brand").
    const standing = what === "the employer's standing";
    if (standing && view.employerRoles.length === 0 && aboutTheEmployerAppliedTo(view, m.index)) continue;
    const anywhere = what === 'a membership' || what === 'this level of skill' || standing;
    const items =
      anywhere || scope.freeText ? (view.role && !anywhere ? [view.role] : facts.all) : scope.items;
    // A level is about a skill: the line stating it must name something the sentence names beside it.
    const near =
      what === 'this level of skill'
        ? stems(contentWords(wholeWordsAround(view.masked, m.index, 40, 40)))
        : null;
    const found = items.find((item) =>
      item.units.some(
        (u) =>
          source.test(u.text) &&
          (near === null || [...stems(contentWords(u.text))].some((w) => near.has(w) && !source.test(w))),
      ),
    );
    c.add(
      what === 'this level of skill'
        ? 'skill'
        : what === 'a membership'
          ? 'name'
          : standing
            ? 'employer'
            : 'scope',
      wholeWordsAround(view.text, m.index, 0, 50),
      refsFor(found, scope),
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} speaks of ${what}`
        : `no line of the profile speaks of ${what}`,
    );
  }
}

/**
 * "Coordinated bed assignments" where the line it was written from says "Assisted the Charge Nurse with bed
 * assignments": running the work oneself overstates helping someone with it. The line about the same work
 * (most words in common) decides; a sentence that still says it helped is faithful.
 */
function checkAssistedWork(
  c: Collector,
  view: SentenceView,
  scope: Scope,
  facts: CompiledProfileFacts,
): void {
  if (ASSISTING_RE.test(view.masked)) return;
  // Without a verb of running it, the work done oneself ("Planifiqué las obras", "Performed fillings") still
  // overstates a line that helped someone named by title with it, when two of its words are that line's.
  const m = OWNERSHIP_RE.exec(view.masked) ?? { index: 0, 0: '' };
  const owned = m[0] !== '';
  // Leading or founding it is read by its own check.
  if (!owned && (SCOPE_RE.test(view.masked) || FOUNDING_RE.test(view.masked))) return;
  // The work's own words: not the ownership words, nor the employer the sentence names.
  const company = stems(contentWords(view.role ? (roleCompany(facts, view.role) ?? '') : ''));
  const words = new Set(
    [...stems(contentWords(view.masked.replace(new RegExp(OWNERSHIP_RE.source, 'giu'), ' ')))].filter(
      (w) => !company.has(w),
    ),
  );
  const items = scope.freeText ? (view.role ? [view.role] : facts.all) : scope.items;
  const units = items.flatMap((item) =>
    item.ref.section === 'skills'
      ? []
      : item.units
          .filter((u) => !u.name)
          .map((u) => ({ item, u, overlap: [...u.stems].filter((w) => words.has(w)).length })),
  );
  const best = Math.max(0, ...units.map((x) => x.overlap));
  // Two words in common, or every word when the work is named in one ("die Dienstplanung").
  const enough = owned ? Math.min(2, words.size) : 2;
  if (enough === 0 || best < enough) return;
  const top = units.filter((x) => x.overlap >= best - 1 && x.overlap >= enough);
  const assisted = top.find((x) => {
    if (x.overlap !== best) return false;
    if (owned) return ASSISTING_RE.test(x.u.text);
    // Two words of the work helped with, not of whom it helped ("join … as Charge Nurse").
    const work = helpedWith(x.u.text);
    return work !== null && [...stems(contentWords(work))].filter((w) => words.has(w)).length >= 2;
  });
  if (assisted === undefined || top.some((x) => !ASSISTING_RE.test(x.u.text))) return;
  c.add(
    'scope',
    wholeWordsAround(view.text, m.index, 0, 50),
    [assisted.item.ref],
    false,
    owned
      ? `"${m[0]}" overstates the source, which says: "${assisted.u.text}"`
      : `the source helped someone with this work: "${assisted.u.text}"`,
  );
}

/**
 * The work a line helped someone named by title with: "fillings and extractions" of "Assisted the dentist
 * during fillings and extractions", "la planificación de las obras" of "Ayudo al encargado en la planificación
 * de las obras"; null when the line helps no role.
 */
function helpedWith(line: string): string | null {
  const m = ASSISTING_RE.exec(line);
  if (m === null) return null;
  const after = line
    .slice(m.index + m[0].length)
    .trim()
    .split(/\s+/u);
  const head = after.slice(0, 5).findIndex((w) => TITLE_HEADS.test(w.replace(/[,.;:]+$/u, '')));
  return head < 0 ? null : after.slice(head + 1).join(' ');
}

/**
 * "At Metro Freight, I schedule shifts in Excel" where that line is another employer's: a sentence naming one
 * employer, all of whose work words meet a line of another employer's role and none of the named role's, moves
 * the achievement. Words shared by every role (the trade's own) decide nothing.
 */
function checkMisattributedWork(
  c: Collector,
  view: SentenceView,
  scope: Scope,
  facts: CompiledProfileFacts,
): void {
  if (!scope.freeText || view.employerRoles.length !== 1 || view.role === null) return;
  const named = view.role;
  const company = roleCompany(facts, named) ?? '';
  const nameStems = stems(contentWords(company));
  const words = new Set([...stems(contentWords(view.masked))].filter((w) => !nameStems.has(w)));
  if (words.size < 3) return;
  const roles = facts.all.filter((i) => i.ref.section === 'experiences');
  const unitStems = (item: ItemFacts) => item.units.filter((u) => !u.name).map((u) => ({ u, s: u.stems }));
  const mine = new Set(unitStems(named).flatMap((x) => [...x.s]));
  const mineOverlap = [...words].filter((w) => mine.has(w)).length;
  if (mineOverlap > 1) return;
  for (const other of roles) {
    if (other === named || fold(roleCompany(facts, other) ?? '') === fold(company)) continue;
    const moved = unitStems(other).find(({ s }) => {
      const shared = [...s].filter((w) => words.has(w) && !mine.has(w)).length;
      return shared >= 3 && shared * 10 >= s.size * 6;
    });
    if (moved === undefined) continue;
    c.add(
      'employer',
      wholeWordsAround(view.text, 0, 0, 60),
      [],
      false,
      `${other.ref.section}/${other.ref.itemId} states this work ("${moved.u.text}"), not the role at ${company}`,
    );
    return;
  }
}

/**
 * "I went on to lead the night shift", "übernahm die Leitung des Lagers", "pasé a coordinar el turno de noche":
 * a responsibility taken over is a promotion without a title. It needs a role (the cited one, the one named,
 * else any) that states leadership (in its title or a line) or a promotion, and names what was taken over: the
 * "night shift" of a Shift Supervisor who ran the day shift is not that role's.
 */
function checkTakeOver(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const m = TAKE_OVER_RE.exec(view.text);
  if (m === null) return;
  const items = scope.freeText ? (view.role ? [view.role] : facts.all) : scope.items;
  const after = view.masked.slice(m.index + m[0].length).split(/[,;.:!?()]/u)[0] ?? '';
  const object = [...stems(contentWords(after.split(/\s+/u).slice(0, 6).join(' ')))];
  const said = (item: ItemFacts) => new Set(item.units.flatMap((u) => [...u.stems]));
  // Written in another language, the object meets no line in any word: only the leadership is checked then.
  const translated = writtenInAnotherLanguage(view.text, facts);
  const found = items.find(
    (item) =>
      (item.scopeTitle ||
        item.units.some(
          (u) =>
            !u.name && (hasSourceScope(u.text) || PROMOTION_RE.test(u.text) || TAKE_OVER_RE.test(u.text)),
        )) &&
      (translated || object.every((w) => said(item).has(w))),
  );
  c.add(
    'title',
    wholeWordsAround(view.text, m.index, 0, 40),
    refsFor(found, scope),
    found !== undefined,
    found
      ? `${found.ref.section}/${found.ref.itemId} states this leadership`
      : `no role of the profile leads what "${m[0]}" claims`,
  );
}

/**
 * "I served celebrities and VIP guests", "clients included government ministers": who the work was for, when it
 * claims standing, needs a line of the profile naming the same kind of audience. The employer's own guests
 * ("your VIP guests") are none of the person's.
 */
function checkAudience(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  for (const { what, claim } of AUDIENCES) {
    const m = claim.exec(view.text);
    if (m === null || YOUR_SITES_RE.test(view.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const items = scope.freeText ? facts.all : scope.items;
    const found = items.find((item) => item.units.some((u) => claim.test(u.text)));
    c.add(
      'name',
      m[0],
      refsFor(found, scope),
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} names ${what}`
        : `no line of the profile names ${what}`,
    );
  }
}

/**
 * "Ran stock counts for all stores in the district", "in allen Filialen", "dans toutes les agences": the work
 * said to cover every site needs a line of the cited item (for free text, of the role it names, else of any)
 * that speaks of every site or of several. The employer's sites the letter would serve ("all your stores") are
 * none of the person's.
 */
const YOUR_SITES_RE =
  /(?<!\p{L})(?:your|their|ihre[nr]?|eure[nr]?|vos|leurs|sus|vuestr[oa]s|wasz\p{L}*|państwa)(?!\p{L})/iu;

function checkAllSites(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const m = ALL_SITES_RE.exec(view.text);
  // The employer's own sites ("all your stores"), not a reader's team before it ("their orientation for every
  // site" is still the person's claim).
  if (m === null || YOUR_SITES_RE.test(m[0])) return;
  const items = scope.freeText ? (view.role ? [view.role] : facts.all) : scope.items;
  const found = items.find((item) => item.units.some((u) => !u.name && sourceSpansSites(u.text, m[0])));
  c.add(
    'scope',
    m[0],
    refsFor(found, scope),
    found !== undefined,
    found
      ? `${found.ref.section}/${found.ref.itemId} speaks of several sites`
      : `no line of the profile says the work covered "${m[0]}"`,
  );
}

/**
 * "I ran daily stock counts" where the profile says monthly, or says nothing of how often: a frequency needs a
 * line about the same work that states the same period ("per day" for "daily"). A sentence written in another
 * language than the profile meets its line in no word: there any line stating the period supports it.
 */
function checkFrequency(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const claims = frequencyClaims(view.text);
  if (claims.length === 0) return;
  const items = scope.freeText ? (view.role ? [view.role] : facts.all) : scope.items;
  const mine = stems(contentWords(withoutFrequencies(view.masked)));
  // A name (the employer "Tienda Norte") meets a Spanish sentence's "tienda" but says nothing of the work.
  const related = (u: UnitFacts) => !u.name && [...u.stems].some((w) => mine.has(w));
  // Another language, by its words or because no line meets the sentence in any word.
  // (A skills list is words, not work: "inventory" meets "inventarios" in any language.)
  const translated =
    writtenInAnotherLanguage(view.text, facts) ||
    !items.some((item) => item.ref.section !== 'skills' && item.units.some(related));
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.period)) continue;
    seen.add(claim.period);
    // The line the frequency was written from: the one whose words best meet the words around it ("Mise en
    // rayon quotidienne" is the weekly restocking line's, not the "par jour" of the advice line beside it).
    const near = stems(
      contentWords(withoutFrequencies(wordsNearText(view.masked, claim.index, claim.raw.length))),
    );
    const words = near.size > 0 ? near : mine;
    // (A skills list states no period and no work: its words are no origin.)
    const overlaps = items.flatMap((item) =>
      item.units
        .filter((u) => !u.name && item.ref.section !== 'skills')
        .map((u) => ({ item, u, overlap: [...u.stems].filter((w) => words.has(w)).length })),
    );
    const best = Math.max(0, ...overlaps.map((o) => o.overlap));
    const found =
      overlaps.find(
        ({ u, overlap }) =>
          sourceFrequencies(u.text).has(claim.period) &&
          (translated ||
            best === 0 ||
            (overlap > 0 && (overlap === best || (overlap >= 2 && overlap * 2 >= best)))) &&
          (translated || related(u)),
      )?.item ??
      // A skill the list names with its period ("Month-end close").
      items.find(
        (item) =>
          item.ref.section === 'skills' &&
          item.units.some((u) => sourceFrequencies(u.text).has(claim.period) && related(u)),
      );
    c.add(
      'number',
      claim.raw,
      refsFor(found, scope),
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} states this frequency`
        : `no line about this work says "${claim.raw}"`,
    );
  }
}

/**
 * "I hold an active Secret clearance", "I am authorized to work in the US", "ab sofort verfügbar": a status an
 * employer hires on needs a line of the profile that states the same kind of status (see STATUS_CLAIMS).
 */
function checkStatus(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  for (const { claim, source, what, unless } of STATUS_CLAIMS) {
    const m = claim.exec(view.text);
    if (m === null) continue;
    if (unless?.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 60)) === true) continue;
    if (unless !== undefined && INTERVIEW_BEFORE.test(view.text.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    const items = scope.freeText ? facts.all : scope.items;
    const found = items.find((item) => item.units.some((u) => source.test(u.text)));
    c.add(
      'status',
      m[0],
      refsFor(found, scope),
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} states ${what}`
        : `no line of the profile states ${what}`,
    );
  }
}

/**
 * "I was promoted twice": a promotion needs two roles at one employer (the one the sentence names, if it
 * names one), or a source that mentions it. Moving between employers is no promotion.
 */
function checkPromotion(c: Collector, view: SentenceView, scope: Scope, facts: CompiledProfileFacts): void {
  const m = PROMOTION_RE.exec(view.text);
  if (m === null) return;
  const stated = scope.items.find((item) => item.units.some((u) => PROMOTION_RE.test(u.text)));
  const roles = facts.profile.experiences;
  // The employer the sentence names, else a bullet's own role's, else (free text) any.
  const cited = scope.freeText ? [] : scope.items.filter((i) => i.ref.section === 'experiences');
  const employers =
    view.roles.length > 0
      ? view.roles.map((r) => roleCompany(facts, r))
      : cited.length > 0
        ? cited.map((r) => roleCompany(facts, r))
        : roles.map((e) => e.company);
  const progression = employers.find(
    (company) => company !== null && roles.filter((e) => fold(e.company) === fold(company)).length >= 2,
  );
  const ok = stated !== undefined || progression !== undefined;
  c.add(
    'title',
    view.text.slice(m.index).split(/\s+/u).slice(0, 6).join(' '),
    stated ? [stated.ref] : [],
    ok,
    stated
      ? `${stated.ref.section}/${stated.ref.itemId} mentions it`
      : progression
        ? `the profile holds two roles at ${progression}`
        : 'no two roles at one employer, and no source mentions a promotion',
  );
}

function roleCompany(facts: CompiledProfileFacts, role: ItemFacts): string | null {
  return facts.profile.experiences.find((e) => e.id === role.ref.itemId)?.company ?? null;
}

function scopeOf(
  c: Collector,
  facts: CompiledProfileFacts,
  line: TailoredText,
  where: string,
  requireRefs: boolean,
): Scope | null {
  if (line.sourceRefs.length === 0) {
    if (!requireRefs) return { items: facts.all, freeText: true, refs: [] };
    c.add('source', line.text, [], false, `${where} cites no source`);
    return null;
  }
  const items: ItemFacts[] = [];
  for (const r of line.sourceRefs) {
    const item = facts.items.get(refKey(r));
    if (item === undefined) {
      c.add(
        'source',
        line.text,
        [r],
        false,
        `${where} cites ${r.section}/${r.itemId}, which is not in the profile`,
      );
      return null;
    }
    items.push(item);
  }
  return { items, freeText: false, refs: line.sourceRefs };
}

const sameDate = (a: string | null | undefined, b: string | null | undefined): boolean => {
  if (!a || !b) return !a === !b;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
};

function checkResume(
  c: Collector,
  resume: TailoredResumeContent,
  facts: CompiledProfileFacts,
  allowed: readonly string[],
) {
  const p = facts.profile;
  if (resume.headline) {
    const titles = [p.headline ?? '', ...p.experiences.map((e) => e.title)];
    const ok = titles.some((t) => titleWithin(titleTokens(resume.headline ?? ''), titleTokens(t)));
    c.add(
      'title',
      resume.headline,
      [],
      ok,
      ok ? 'the profile uses this title' : 'no title in the profile matches',
    );
  }
  if (resume.summary) {
    const scope = scopeOf(c, facts, resume.summary, 'the summary', false);
    if (scope) checkText(c, resume.summary.text, scope, facts, allowed);
  }
  resume.experiences.forEach((e, i) => {
    const src = e.itemId === null ? undefined : p.experiences.find((x) => x.id === e.itemId);
    const refs: SourceRef[] = src ? [{ section: 'experiences', itemId: src.id }] : [];
    const companyOk = src
      ? wordsWithin(nameTokens(e.company), nameTokens(src.company))
      : p.experiences.some((x) => wordsWithin(nameTokens(e.company), nameTokens(x.company)));
    c.add(
      'employer',
      e.company,
      refs,
      companyOk,
      companyOk
        ? 'the profile names this employer'
        : src
          ? `the cited role is at ${src.company}`
          : 'no role in the profile is at this employer',
    );
    const titleOk = src
      ? titleWithin(titleTokens(e.title), titleTokens(src.title))
      : p.experiences.some((x) => titleWithin(titleTokens(e.title), titleTokens(x.title)));
    c.add(
      'title',
      e.title,
      refs,
      titleOk,
      titleOk
        ? 'the cited role has this title'
        : src
          ? `the cited role's title is ${src.title}`
          : 'no role in the profile has this title',
    );
    const shown = `${e.startDate ?? '?'} – ${e.current ? 'present' : (e.endDate ?? '?')}`;
    const datesOk =
      src !== undefined &&
      sameDate(e.startDate, src.startDate) &&
      (e.current === true
        ? src.current
        : sameDate(e.endDate, src.endDate) && src.current === (e.current ?? src.current));
    c.add(
      'date',
      shown,
      refs,
      datesOk,
      datesOk
        ? 'the cited role has these dates'
        : src
          ? `the cited role runs ${src.startDate ?? '?'} – ${src.current ? 'present' : (src.endDate ?? '?')}`
          : `experience ${i + 1} cites no role in the profile`,
    );
    e.bullets.forEach((b, j) => {
      const scope = scopeOf(c, facts, b, `bullet ${j + 1} of ${e.company}`, true);
      if (scope) checkText(c, b.text, scope, facts, allowed);
    });
  });
  resume.projects.forEach((pr) => {
    const src = pr.itemId === null ? undefined : p.projects.find((x) => x.id === pr.itemId);
    const refs: SourceRef[] = src ? [{ section: 'projects', itemId: src.id }] : [];
    const ok = src !== undefined && wordsWithin(nameTokens(pr.name), nameTokens(src.name));
    c.add(
      'employer',
      pr.name,
      refs,
      ok,
      ok ? 'the cited project has this name' : 'no project in the profile has this name',
    );
    if (pr.description)
      checkText(
        c,
        pr.description,
        {
          items: src ? [facts.items.get(refKey(refs[0] as SourceRef)) as ItemFacts] : facts.all,
          freeText: !src,
          refs,
        },
        facts,
        allowed,
      );
    pr.bullets.forEach((b, j) => {
      const scope = scopeOf(c, facts, b, `bullet ${j + 1} of ${pr.name}`, true);
      if (scope) checkText(c, b.text, scope, facts, allowed);
    });
    for (const t of pr.technologies ?? []) {
      const scope: Scope = src
        ? { items: [facts.items.get(refKey(refs[0] as SourceRef)) as ItemFacts], freeText: false, refs }
        : { items: facts.all, freeText: true, refs: [] };
      checkSkillName(c, t, scope, facts);
    }
  });
  resume.education.forEach((ed) => {
    const src = ed.itemId === null ? undefined : p.education.find((x) => x.id === ed.itemId);
    const refs: SourceRef[] = src ? [{ section: 'education', itemId: src.id }] : [];
    const instOk = src !== undefined && wordsWithin(nameTokens(ed.institution), nameTokens(src.institution));
    c.add(
      'institution',
      ed.institution,
      refs,
      instOk,
      instOk
        ? 'the cited entry names this institution'
        : src
          ? `the cited entry is ${src.institution}`
          : 'no education entry matches',
    );
    if (ed.degree) {
      const claim = readDegree(`${ed.degree} ${ed.field ?? ''}`);
      const have = src ? readDegree(`${src.degree ?? ''} ${src.field ?? ''}`) : null;
      const ok =
        have !== null &&
        (claim.level === null || claim.level === have.level) &&
        claim.words.every((w) => have.words.includes(w));
      c.add(
        'degree',
        [ed.degree, ed.field].filter(Boolean).join(', '),
        refs,
        ok,
        ok
          ? 'the cited entry records this degree'
          : src
            ? `the cited entry records ${[src.degree, src.field].filter(Boolean).join(', ') || 'no degree'}`
            : 'no education entry matches',
      );
    }
    if (
      src &&
      ((ed.startDate && !sameDate(ed.startDate, src.startDate)) ||
        (ed.endDate && !sameDate(ed.endDate, src.endDate)))
    ) {
      c.add(
        'date',
        `${ed.startDate ?? '?'} – ${ed.endDate ?? '?'}`,
        refs,
        false,
        `the cited entry runs ${src.startDate ?? '?'} – ${src.endDate ?? '?'}`,
      );
    }
  });
  for (const s of resume.skills) checkSkillName(c, s, { items: facts.all, freeText: true, refs: [] }, facts);
  for (const cert of resume.certifications ?? []) {
    const idx = p.certifications.findIndex((x) =>
      wordsWithin(nameTokens(cert), nameTokens(`${x.name} ${x.issuer ?? ''}`)),
    );
    c.add(
      'certification',
      cert,
      idx >= 0 ? [{ section: 'certifications', itemId: String(idx) }] : [],
      idx >= 0,
      idx >= 0 ? 'the profile records this certification' : 'no certification in the profile matches',
    );
  }
  for (const award of resume.awards ?? []) checkKeptLine(c, award, 'awards', facts);
  for (const citation of resume.publications ?? []) checkKeptLine(c, citation, 'publications', facts);
  const volunteer = (resume.volunteer ?? []).length > 0 ? statedEntries(p.customFields) : [];
  for (const role of resume.volunteer ?? []) checkVolunteerRole(c, role, volunteer);
}

const KEPT_LINE_YEAR = /\s*\((\d{4})\)$/u;
const KEPT_LINE_WHAT = { awards: 'award', publications: 'publication' } as const;

/**
 * A line of the resume's awards or publications: an entry of that section the profile keeps, with its year
 * when it prints one.
 */
function checkKeptLine(
  c: Collector,
  line: string,
  section: 'awards' | 'publications',
  facts: CompiledProfileFacts,
): void {
  const year = KEPT_LINE_YEAR.exec(line)?.[1];
  const tokens = nameTokens(line.replace(KEPT_LINE_YEAR, ''));
  const found = facts.all.find(
    (item) =>
      item.ref.section === section &&
      wordsWithin(tokens, nameTokens(item.units.map((u) => u.text).join(' '))) &&
      (year === undefined || item.years.has(Number(year))),
  );
  const what = KEPT_LINE_WHAT[section];
  c.add(
    'award',
    line,
    found ? [found.ref] : [],
    found !== undefined,
    found
      ? `${found.ref.section}/${found.ref.itemId} records this ${what}`
      : `no ${what} in the profile matches`,
  );
}

const yearOf = (date: string | null | undefined): string | null => /^\d{4}/u.exec(date ?? '')?.[0] ?? null;

/**
 * A volunteer role of the resume: a role the profile keeps, under its organisation, in its years. Dates may
 * be left out, but a role printed with a start and no end claims to go on, so the kept role must not have
 * ended.
 */
function checkVolunteerRole(c: Collector, role: TailoredVolunteerRole, stated: readonly StatedEntry[]): void {
  const line = [role.position, role.organization].filter(Boolean).join(' — ');
  const tokens = nameTokens(line);
  const [start, end] = [yearOf(role.startDate), yearOf(role.endDate)];
  const found = stated.find(
    (entry) =>
      entry.section === 'volunteer' &&
      wordsWithin(tokens, nameTokens(entry.names.join(' '))) &&
      (start === null || start === yearOf(entry.startDate)) &&
      (end === null ? start === null || entry.endDate === null : end === yearOf(entry.endDate)),
  );
  c.add(
    'title',
    [line, [role.startDate, role.endDate].filter(Boolean).join(' – ')].filter(Boolean).join(', '),
    found ? [{ section: found.section, itemId: found.itemId }] : [],
    found !== undefined,
    found
      ? `volunteer/${found.itemId} records this role in these years`
      : 'no volunteer role in the profile matches, in these years',
  );
}

/** A skill named on its own (skills list, technologies): a vocabulary key or, failing that, the phrase. */
function checkSkillName(c: Collector, name: string, scope: Scope, facts: CompiledProfileFacts): void {
  const key = facts.matcher.keyOf(name);
  const phrase = ` ${phraseKey(name)} `;
  const found = scope.items.find((i) => i.keys.has(key) || i.norm.includes(phrase));
  c.add(
    'skill',
    name,
    scope.freeText ? (found ? [found.ref] : []) : scope.refs,
    found !== undefined,
    found
      ? `${found.ref.section}/${found.ref.itemId} mentions ${name}`
      : `${name} is not in ${scope.freeText ? 'the profile' : 'the cited source'}`,
  );
}

function summarise(claims: readonly TruthClaim[]): TruthfulnessReport['summary'] {
  const byType = Object.fromEntries(CLAIM_TYPES.map((t) => [t, { supported: 0, unsupported: 0 }])) as Record<
    ClaimType,
    { supported: number; unsupported: number }
  >;
  let supported = 0;
  for (const claim of claims) {
    byType[claim.type][claim.verdict] += 1;
    if (claim.verdict === 'supported') supported += 1;
  }
  return { total: claims.length, supported, unsupported: claims.length - supported, byType };
}

/**
 * The truthfulness gate: every claim of a generated document, each supported or not by the profile. A
 * resume bullet is checked against the items it cites only; free text against the whole profile. Pure and
 * deterministic (claims in document order).
 */
export function checkTruthfulness(
  profile: ProfileContent | CompiledProfileFacts,
  document: GeneratedDocument,
  options: TruthfulnessOptions = {},
): TruthfulnessReport {
  const facts = 'items' in profile ? profile : compileProfileFacts(profile);
  const allowed = options.allowedNames ?? [];
  const c = new Collector();
  if (document.kind === 'resume') checkResume(c, document.content, facts, allowed);
  else checkText(c, document.text, { items: facts.all, freeText: true, refs: [] }, facts, allowed);
  return {
    passed: c.claims.every((claim) => claim.verdict === 'supported'),
    claims: c.claims,
    summary: summarise(c.claims),
  };
}
