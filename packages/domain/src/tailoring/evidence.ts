import type { KeywordMatcher } from '../jobs/keyword-matcher.js';
import { phraseKey } from '../jobs/keyword-text.js';
import { defaultKeywordMatcher } from '../jobs/vocabulary.js';
import { textsContainingEach } from './phrase-scan.js';
import type { ProfileContent } from '../profiles/profile-content.js';
import type { SourceSection, TailoredResumeContent } from './tailored-resume.js';

/** One piece of text a keyword can be found in: a bullet, a title, one skill, the summary. */
export interface EvidenceUnit {
  readonly section: SourceSection;
  readonly itemId: string;
  readonly text: string;
  /** Position of the unit in the document (stable tie-breaker). */
  readonly order: number;
  /** Position of the item inside its section. */
  readonly itemOrder: number;
  /** Index of the bullet inside its item, or null for titles, skills, technologies… */
  readonly bulletIndex: number | null;
  /** 0…1: 1 for a current role, falling by 0.1 a year since the item ended; 0.5 when undated. */
  readonly recency: number;
  /** Month index (year·12 + month) the item ended, for recency tie-breaks; null when undated. */
  readonly endMonth: number | null;
  /** Vocabulary keys found in the text. */
  readonly keys: ReadonlySet<string>;
  /** The text's normalised tokens, space-padded: phrases the vocabulary does not know are looked up here. */
  readonly norm: string;
}

/** Everything the match score and the ranking need to know about one profile, compiled once. */
export interface EvidenceIndex {
  readonly units: readonly EvidenceUnit[];
  /** Vocabulary key → indexes into `units`, in document order. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
}

/** A dated item as the index sees it. */
interface Dated {
  startDate?: string | null;
  endDate?: string | null;
  current?: boolean;
}

/** Month index of a `YYYY` / `YYYY-MM` date; a bare year reads as mid-year. */
export function monthIndex(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Number(m[1]) * 12 + (m[2] === undefined ? 6 : Number(m[2]) - 1);
}

/** The latest month a document mentions: the reference "now" for recency (no clock, so reports are stable). */
function referenceMonth(items: readonly Dated[]): number | null {
  let ref: number | null = null;
  for (const item of items) {
    for (const d of [item.startDate, item.endDate]) {
      const m = monthIndex(d);
      if (m !== null && (ref === null || m > ref)) ref = m;
    }
  }
  return ref;
}

function endOf(item: Dated, ref: number | null): number | null {
  if (item.current === true) return ref;
  return monthIndex(item.endDate) ?? monthIndex(item.startDate);
}

function recencyOf(end: number | null, ref: number | null, current: boolean): number {
  if (current) return 1;
  if (end === null || ref === null) return 0.5;
  const years = Math.max(0, ref - end) / 12;
  return Math.max(0, Math.min(1, 1 - years / 10));
}

class Builder {
  readonly units: EvidenceUnit[] = [];
  readonly byKey = new Map<string, number[]>();

  constructor(
    private readonly matcher: KeywordMatcher,
    private readonly ref: number | null,
  ) {}

  add(
    section: SourceSection,
    itemId: string,
    itemOrder: number,
    text: string | null | undefined,
    bulletIndex: number | null = null,
    dated: Dated | null = null,
  ): void {
    if (!text || text.trim() === '') return;
    const end = dated ? endOf(dated, this.ref) : null;
    const recency = dated ? recencyOf(end, this.ref, dated.current === true) : 0.5;
    const keys = new Set(this.matcher.find(text).map((h) => h.key));
    const index = this.units.length;
    this.units.push({
      section,
      itemId,
      text,
      order: index,
      itemOrder,
      bulletIndex,
      recency,
      endMonth: end,
      keys,
      norm: ` ${phraseKey(text)} `,
    });
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push(index);
      else this.byKey.set(key, [index]);
    }
  }

  build(): EvidenceIndex {
    return { units: this.units, byKey: this.byKey };
  }
}

/** Compiles the evidence of a profile: every text a keyword may be found in, with where it is and how recent. */
export function compileProfileEvidence(
  profile: ProfileContent,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): EvidenceIndex {
  const ref = referenceMonth([...profile.experiences, ...profile.projects, ...profile.education]);
  const b = new Builder(matcher, ref);
  b.add('headline', 'headline', 0, profile.headline);
  b.add('summary', 'summary', 0, profile.summary);
  profile.experiences.forEach((e, i) => {
    b.add('experiences', e.id, i, e.title, null, e);
    e.bullets.forEach((bullet, j) => b.add('experiences', e.id, i, bullet, j, e));
    for (const t of e.technologies) b.add('experiences', e.id, i, t, null, e);
  });
  profile.projects.forEach((p, i) => {
    b.add('projects', p.id, i, p.name, null, p);
    b.add('projects', p.id, i, p.description, null, p);
    p.bullets.forEach((bullet, j) => b.add('projects', p.id, i, bullet, j, p));
    for (const t of p.technologies) b.add('projects', p.id, i, t, null, p);
  });
  profile.education.forEach((e, i) => {
    b.add('education', e.id, i, [e.degree, e.field].filter(Boolean).join(', '), null, e);
    b.add('education', e.id, i, e.honors, null, e);
    for (const c of e.coursework) b.add('education', e.id, i, c, null, e);
  });
  (['technical', 'tools', 'soft'] as const).forEach((category, i) => {
    for (const s of profile.skills[category]) b.add('skills', category, i, s);
  });
  profile.certifications.forEach((c, i) =>
    b.add('certifications', String(i), i, [c.name, c.issuer].filter(Boolean).join(', ')),
  );
  profile.languages.forEach((l, i) => b.add('languages', String(i), i, l.language));
  return b.build();
}

/**
 * The same index over a generated resume, so a tailored document can be scored like a profile. It reads the
 * same kinds of unit the profile index reads (titles, bullets, technologies, dated projects, honours and
 * coursework, certifications with their issuer, languages): content copied from the profile earns the same
 * credit it earned there.
 */
export function compileResumeEvidence(
  resume: TailoredResumeContent,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): EvidenceIndex {
  const ref = referenceMonth([...resume.experiences, ...resume.projects, ...resume.education]);
  const b = new Builder(matcher, ref);
  b.add('headline', 'headline', 0, resume.headline);
  b.add('summary', 'summary', 0, resume.summary?.text);
  resume.experiences.forEach((e, i) => {
    const id = e.itemId ?? `experiences[${i}]`;
    b.add('experiences', id, i, e.title, null, e);
    e.bullets.forEach((bullet, j) => b.add('experiences', id, i, bullet.text, j, e));
    for (const t of e.technologies ?? []) b.add('experiences', id, i, t, null, e);
  });
  resume.projects.forEach((p, i) => {
    const id = p.itemId ?? `projects[${i}]`;
    b.add('projects', id, i, p.name, null, p);
    b.add('projects', id, i, p.description, null, p);
    p.bullets.forEach((bullet, j) => b.add('projects', id, i, bullet.text, j, p));
    for (const t of p.technologies ?? []) b.add('projects', id, i, t, null, p);
  });
  resume.education.forEach((e, i) => {
    const id = e.itemId ?? `education[${i}]`;
    b.add('education', id, i, [e.degree, e.field].filter(Boolean).join(', '), null, e);
    b.add('education', id, i, e.honors, null, e);
    for (const c of e.coursework ?? []) b.add('education', id, i, c, null, e);
  });
  for (const s of resume.skills) b.add('skills', 'skills', 0, s);
  (resume.certifications ?? []).forEach((c, i) => b.add('certifications', String(i), i, c));
  (resume.languages ?? []).forEach((l, i) => b.add('languages', String(i), i, l));
  return b.build();
}

/** A job keyword resolved against the vocabulary once (cached: postings repeat the same names). */
export interface ResolvedKeyword {
  readonly name: string;
  readonly key: string;
  /** Normalised phrase, space-padded, for keywords the vocabulary does not know. */
  readonly phrase: string;
  readonly inVocabulary: boolean;
}

const RESOLVE_LIMIT = 50_000;
const resolved = new Map<string, ResolvedKeyword>();

export function resolveKeyword(
  name: string,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): ResolvedKeyword {
  const useCache = matcher === defaultKeywordMatcher();
  const hit = useCache ? resolved.get(name) : undefined;
  if (hit) return hit;
  const r: ResolvedKeyword = {
    name,
    key: matcher.keyOf(name),
    phrase: ` ${phraseKey(name)} `,
    inVocabulary: matcher.nameOf(name) !== null,
  };
  if (useCache) {
    if (resolved.size >= RESOLVE_LIMIT) resolved.clear();
    resolved.set(name, r);
  }
  return r;
}

/** Indexes of the units that evidence a keyword, in document order. */
export function unitsFor(index: EvidenceIndex, keyword: ResolvedKeyword): readonly number[] {
  return unitsForEach(index, [keyword])[0] as readonly number[];
}

// Up to this many phrases new to an index are looked up one by one (a string search per unit each); more are
// found together in one pass over the units' words (phrase-scan.ts), so a posting with thousands of phrases
// of its own costs one pass, not thousands.
const PHRASES_LOOKED_UP_ONE_BY_ONE = 4;

/** `unitsFor` of each keyword, in the keywords' order. */
export function unitsForEach(
  index: EvidenceIndex,
  keywords: readonly ResolvedKeyword[],
): (readonly number[])[] {
  // An index never changes once built, and postings name the same phrases again and again: each phrase is
  // scanned for once per index (the scan over every unit's text was a tenth of a match report's cost).
  let known = phraseScans.get(index);
  if (known === undefined) phraseScans.set(index, (known = new Map()));
  const fresh = new Set<string>();
  for (const keyword of keywords) {
    if (needsPhraseScan(index, keyword) && !known.has(keyword.phrase)) fresh.add(keyword.phrase);
  }
  const found = new Map<string, readonly number[]>();
  if (fresh.size > 0) {
    const phrases = [...fresh];
    const lists =
      phrases.length <= PHRASES_LOOKED_UP_ONE_BY_ONE
        ? phrases.map((phrase) => unitsHolding(index, phrase))
        : textsContainingEach(
            index.units.map((u) => u.norm),
            phrases,
          );
    phrases.forEach((phrase, i) => {
      const list = lists[i] as readonly number[];
      found.set(phrase, list);
      if (known.size >= PHRASE_SCAN_LIMIT) known.clear();
      known.set(phrase, list);
    });
  }
  return keywords.map((keyword) => {
    const byKey = index.byKey.get(keyword.key);
    if (byKey !== undefined && byKey.length > 0) return byKey;
    if (!needsPhraseScan(index, keyword)) return [];
    // `found` first: the cache may have been cleared while this batch filled it.
    return found.get(keyword.phrase) ?? (known.get(keyword.phrase) as readonly number[]);
  });
}

/** A keyword is searched for as a phrase when the vocabulary does not know it and the index has no key for it. */
function needsPhraseScan(index: EvidenceIndex, keyword: ResolvedKeyword): boolean {
  const byKey = index.byKey.get(keyword.key);
  if (byKey !== undefined && byKey.length > 0) return false;
  // The matcher already looked for vocabulary terms (with their case rules): only posting phrases are scanned.
  return !keyword.inVocabulary && keyword.phrase.trim() !== '';
}

function unitsHolding(index: EvidenceIndex, phrase: string): number[] {
  const out: number[] = [];
  index.units.forEach((u, i) => {
    if (u.norm.includes(phrase)) out.push(i);
  });
  return out;
}

const PHRASE_SCAN_LIMIT = 20_000;
const phraseScans = new WeakMap<EvidenceIndex, Map<string, readonly number[]>>();
