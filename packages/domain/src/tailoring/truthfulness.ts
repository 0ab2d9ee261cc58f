import type { KeywordMatcher } from '../jobs/keyword-matcher.js';
import { phraseKey } from '../jobs/keyword-text.js';
import { defaultKeywordMatcher } from '../jobs/vocabulary.js';
import type { ProfileContent } from '../profiles/profile-content.js';
import {
  canonicalText,
  contentWords,
  extractNumbers,
  extractYears,
  hasSourceScope,
  nameTokens,
  readDegree,
  sameNumber,
  SCOPE_RE,
  titleTokens,
  WEAK_SCOPE_RE,
  wordsWithin,
  type NumberMention,
} from './claim-text.js';
import { monthIndex } from './evidence.js';
import type { SourceRef, TailoredResumeContent, TailoredText } from './tailored-resume.js';

export const CLAIM_TYPES = [
  'source',
  'employer',
  'title',
  'institution',
  'degree',
  'certification',
  'date',
  'number',
  'skill',
  'scope',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];
export type Verdict = 'supported' | 'unsupported';

export interface TruthClaim {
  readonly type: ClaimType;
  readonly text: string;
  /** The sources checked: the ones the line cites, or for free text the item that supports it (if any). */
  readonly sourceRefs: SourceRef[];
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
  /** Names that are not claims about the candidate: the target employer, the job title. */
  readonly allowedNames?: readonly string[];
}

interface UnitFacts {
  readonly text: string;
  readonly numbers: readonly NumberMention[];
  readonly words: ReadonlySet<string>;
  readonly scope: boolean;
  readonly weak: boolean;
}

/** What one profile item states, read once. */
interface ItemFacts {
  readonly ref: SourceRef;
  readonly units: readonly UnitFacts[];
  readonly keys: ReadonlySet<string>;
  readonly norm: string;
  readonly years: ReadonlySet<number>;
  /** Years the item spans (from its dates), or null. */
  readonly spanYears: number | null;
  /** Leadership in the title ("Team Lead", "Engineering Manager"). */
  readonly scopeTitle: boolean;
}

/** A profile read for checking: its items, and the names it mentions. */
export interface CompiledProfileFacts {
  readonly items: ReadonlyMap<string, ItemFacts>;
  readonly all: readonly ItemFacts[];
  readonly profile: ProfileContent;
  /** Years from the earliest experience start to the latest date in the profile. */
  readonly careerYears: number;
  readonly matcher: KeywordMatcher;
}

const refKey = (r: SourceRef): string => `${r.section}:${r.itemId}`;

function yearsOfDates(...dates: (string | null | undefined)[]): number[] {
  return dates.flatMap((d) => (d && /^\d{4}/.test(d) ? [Number(d.slice(0, 4))] : []));
}

function itemFacts(
  matcher: KeywordMatcher,
  ref: SourceRef,
  texts: (string | null | undefined)[],
  dates: { start?: string | null; end?: string | null; current?: boolean } = {},
  title = '',
  latest: number | null = null,
): ItemFacts {
  const kept = texts.filter((t): t is string => !!t && t.trim() !== '');
  const keys = new Set<string>();
  const years = new Set<number>(yearsOfDates(dates.start, dates.end));
  const units = kept.map((text) => {
    for (const h of matcher.find(text)) keys.add(h.key);
    for (const y of extractYears(text)) for (const v of y.years) years.add(v);
    return {
      text,
      numbers: extractNumbers(text),
      words: contentWords(text),
      scope: hasSourceScope(text),
      weak: WEAK_SCOPE_RE.test(text),
    };
  });
  // A current role runs to the latest date the profile mentions (no clock: the report must be stable).
  const years0 = years.size > 0 ? Math.max(...years) : null;
  if (dates.current === true && latest !== null && years0 !== null) {
    for (let y = years0; y <= Math.floor(latest / 12); y++) years.add(y);
  }
  const s = monthIndex(dates.start);
  const e = dates.current === true ? latest : monthIndex(dates.end);
  const spanYears = s !== null && e !== null ? Math.max(0, (e - s) / 12) : null;
  return {
    ref,
    units,
    keys,
    norm: ` ${kept.map((t) => phraseKey(t)).join(' | ')} `,
    years,
    spanYears,
    scopeTitle: hasSourceScope(title),
  };
}

/** Reads a profile once for any number of checks (the generation pipeline checks several drafts). */
export function compileProfileFacts(
  profile: ProfileContent,
  matcher: KeywordMatcher = defaultKeywordMatcher(),
): CompiledProfileFacts {
  const dated = [...profile.experiences, ...profile.projects, ...profile.education];
  let latest: number | null = null;
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
      ),
    );
  for (const e of profile.education)
    put(
      itemFacts(
        matcher,
        { section: 'education', itemId: e.id },
        [e.institution, e.degree, e.field, e.location, e.honors, e.gpa, ...e.coursework],
        { start: e.startDate, end: e.endDate },
      ),
    );
  for (const category of ['technical', 'tools', 'soft'] as const)
    put(itemFacts(matcher, { section: 'skills', itemId: category }, profile.skills[category]));
  profile.certifications.forEach((c, i) =>
    put(
      itemFacts(matcher, { section: 'certifications', itemId: String(i) }, [c.name, c.issuer], {
        start: c.date,
      }),
    ),
  );
  profile.languages.forEach((l, i) =>
    put(itemFacts(matcher, { section: 'languages', itemId: String(i) }, [l.language, l.fluency])),
  );
  const starts = profile.experiences.map((e) => monthIndex(e.startDate)).filter((m) => m !== null);
  const firstStart = starts.length > 0 ? Math.min(...starts) : earliest;
  const careerYears = firstStart !== null && latest !== null ? (latest - firstStart) / 12 : 0;
  return { items, all: [...items.values()], profile, careerYears, matcher };
}

// ---------------------------------------------------------------------------------------------------------
// Checking one text against a scope (the cited items, or the whole profile for free text).

interface Scope {
  readonly items: readonly ItemFacts[];
  /** Free text: a figure must come from a source line that talks about the same thing. */
  readonly freeText: boolean;
  readonly refs: readonly SourceRef[];
}

const shortRef = (refs: readonly SourceRef[]): string =>
  refs.length === 0 ? 'the whole profile' : refs.map((r) => `${r.section}/${r.itemId}`).join(', ');

class Collector {
  readonly claims: TruthClaim[] = [];

  add(type: ClaimType, text: string, refs: readonly SourceRef[], ok: boolean, reason: string): void {
    this.claims.push({
      type,
      text,
      sourceRefs: refs.map((r) => ({ section: r.section, itemId: r.itemId })),
      verdict: ok ? 'supported' : 'unsupported',
      reason,
    });
  }
}

function checkNumbers(c: Collector, sentence: string, scope: Scope, facts: CompiledProfileFacts): void {
  const words = contentWords(sentence);
  for (const n of extractNumbers(sentence)) {
    let found: ItemFacts | undefined;
    for (const item of scope.items) {
      const ok = item.units.some(
        (u) =>
          u.numbers.some((s) => sameNumber(n, s)) &&
          (!scope.freeText || words.size === 0 || [...u.words].some((w) => words.has(w))),
      );
      if (ok) {
        found = item;
        break;
      }
    }
    if (found === undefined && n.kind === 'duration') {
      // "5 years" is true when the cited role (or, for free text, the career) lasted at least that long.
      const span = scope.freeText
        ? facts.careerYears
        : Math.max(0, ...scope.items.map((i) => i.spanYears ?? 0));
      if (n.value <= span + 0.5) {
        c.add(
          'number',
          n.raw,
          scope.refs,
          true,
          `${n.raw} is within the ${span.toFixed(1)} years the dates show`,
        );
        continue;
      }
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

function checkYears(c: Collector, sentence: string, scope: Scope): void {
  for (const y of extractYears(sentence)) {
    const found = scope.items.find((i) => y.years.every((v) => i.years.has(v)));
    const refs = scope.freeText ? (found ? [found.ref] : []) : scope.refs;
    c.add(
      'date',
      y.raw,
      refs,
      found !== undefined,
      found
        ? `${found.ref.section}/${found.ref.itemId} covers ${y.years.join('–')}`
        : `no source dates match ${y.raw} (checked ${shortRef(scope.refs)})`,
    );
  }
}

function checkSkills(c: Collector, sentence: string, scope: Scope, facts: CompiledProfileFacts): void {
  for (const hit of facts.matcher.find(sentence)) {
    const found = scope.items.find((i) => i.keys.has(hit.key));
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

function checkScope(c: Collector, sentence: string, scope: Scope): void {
  const m = SCOPE_RE.exec(sentence);
  if (m === null) return;
  // What the sentence is about, without its leadership words (they are what needs support).
  const words = contentWords(sentence.replace(new RegExp(SCOPE_RE.source, 'gi'), ' '));
  const related = (u: UnitFacts) => [...u.words].some((w) => words.has(w));
  const after = sentence.slice(m.index).split(/\s+/).slice(0, 6).join(' ');
  let found: ItemFacts | undefined;
  let weak: string | undefined;
  for (const item of scope.items) {
    // A source line supports a leadership word only when it talks about the same work.
    if (item.scopeTitle || item.units.some((u) => u.scope && related(u))) {
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

const CAP_PHRASE = "[A-Z][\\p{L}\\p{N}&'.-]*(?:\\s+(?:&\\s+|of\\s+|de\\s+)?[A-Z][\\p{L}\\p{N}&'.-]*){0,4}";
const EMPLOYER_RE = new RegExp(`\\b(?:at|joined|join|for|with)\\s+(${CAP_PHRASE})`, 'gu');
const TITLE_RE = new RegExp(
  `\\b(?:as|my role as|position as|promoted to)\\s+(?:a|an|the)?\\s*(${CAP_PHRASE})`,
  'gu',
);
const INSTITUTION_RE = new RegExp(
  `((?:${CAP_PHRASE}\\s+)?(?:University|College|Institute|Polytechnic|Academy)(?:\\s+of(?:\\s+[A-Z][\\p{L}&'.-]*){1,4})?)`,
  'gu',
);
const DEGREE_RE =
  /\b(?:(?:Bachelor|Master)(?:'s)?(?: degree)?(?: of (?:Science|Arts|Engineering|Education|Business Administration|Nursing|Fine Arts|Commerce|Laws|Public Health))?|B\.S\.|B\.Sc\.?|BSc|M\.S\.|M\.Sc\.?|MSc|MBA|BSN|MSN|Ph\.?\s?D\.?|Doctorate|(?:BS|BA|MS|MA)(?= in | degree))(?:\s+(?:degree\s+)?in\s+([A-Z][\p{L}-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\p{L}-]*){0,4}))?/gu;
const CERT_RE = new RegExp(
  `(?:\\b(?:certified|certification in|certificate in|licensed)\\s+(?:as\\s+(?:a|an)\\s+)?(${CAP_PHRASE}))|(?:(${CAP_PHRASE})\\s+(?:certification|certificate|licen[cs]e)\\b)`,
  'gu',
);
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday i we my our the a an this that'.split(
    ' ',
  ),
);

function isKnownPhrase(facts: CompiledProfileFacts, phrase: string, allowed: readonly string[]): boolean {
  const key = phraseKey(phrase);
  if (key === '' || NOT_NAMES.has(key.split(' ')[0] ?? '')) return true;
  if (facts.matcher.nameOf(phrase) !== null) return true;
  if (allowed.some((a) => phraseKey(a).includes(key) || key.includes(phraseKey(a)))) return true;
  return false;
}

function checkEntities(
  c: Collector,
  sentence: string,
  facts: CompiledProfileFacts,
  allowed: readonly string[],
): void {
  const p = facts.profile;
  const seenSpans: [number, number][] = [];
  const overlaps = (s: number, e: number) => seenSpans.some(([a, b]) => s < b && a < e);
  const anywhere = (phrase: string): ItemFacts | undefined => {
    const key = ` ${phraseKey(phrase)} `;
    return facts.all.find((i) => i.norm.includes(key));
  };

  for (const m of sentence.matchAll(INSTITUTION_RE)) {
    const name = (m[1] ?? '').trim();
    if (isKnownPhrase(facts, name, allowed)) continue;
    seenSpans.push([m.index, m.index + m[0].length]);
    const edu = p.education.find((e) => wordsWithin(nameTokens(name), nameTokens(e.institution)));
    // Named elsewhere in the profile (a partner, a client): the text repeats the profile, it adds nothing.
    const item = edu ? undefined : anywhere(name);
    c.add(
      'institution',
      name,
      edu ? [{ section: 'education', itemId: edu.id }] : item ? [item.ref] : [],
      edu !== undefined || item !== undefined,
      edu
        ? `education/${edu.id} is ${edu.institution}`
        : item
          ? `${item.ref.section}/${item.ref.itemId} names it`
          : 'no education entry names this institution',
    );
  }
  for (const m of sentence.matchAll(DEGREE_RE)) {
    seenSpans.push([m.index, m.index + m[0].length]);
    const claim = readDegree(m[0]);
    const edu = p.education.find((e) => {
      const have = readDegree(`${e.degree ?? ''} ${e.field ?? ''}`);
      return (
        (claim.level === null || claim.level === have.level) &&
        claim.words.every((w) => have.words.includes(w))
      );
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
    const name = (m[1] ?? m[2] ?? '').trim();
    if (name === '' || overlaps(m.index, m.index + m[0].length)) continue;
    if (facts.matcher.nameOf(name) !== null) continue; // a vocabulary term: checked as a skill
    seenSpans.push([m.index, m.index + m[0].length]);
    const idx = p.certifications.findIndex((cert) =>
      wordsWithin(nameTokens(name), nameTokens(`${cert.name} ${cert.issuer ?? ''}`)),
    );
    const item = idx >= 0 ? undefined : anywhere(name);
    const ok = idx >= 0 || item !== undefined;
    c.add(
      'certification',
      name,
      idx >= 0 ? [{ section: 'certifications', itemId: String(idx) }] : item ? [item.ref] : [],
      ok,
      ok ? 'the profile records this certification' : 'no certification in the profile matches',
    );
  }
  for (const m of sentence.matchAll(TITLE_RE)) {
    const title = (m[1] ?? '').trim();
    if (overlaps(m.index, m.index + m[0].length) || isKnownPhrase(facts, title, allowed)) continue;
    seenSpans.push([m.index, m.index + m[0].length]);
    const exp = p.experiences.find((e) => wordsWithin(titleTokens(title), titleTokens(e.title)));
    const head =
      (p.headline && wordsWithin(titleTokens(title), titleTokens(p.headline))) ||
      (exp === undefined && anywhere(title) !== undefined);
    c.add(
      'title',
      title,
      exp ? [{ section: 'experiences', itemId: exp.id }] : [],
      exp !== undefined || !!head,
      exp
        ? `experiences/${exp.id} has the title ${exp.title}`
        : head
          ? 'the headline says so'
          : 'no role in the profile has this title',
    );
  }
  for (const m of sentence.matchAll(EMPLOYER_RE)) {
    const name = (m[1] ?? '').trim();
    const start = m.index + m[0].length - name.length;
    if (overlaps(start, start + name.length) || isKnownPhrase(facts, name, allowed)) continue;
    const exp = p.experiences.find((e) => wordsWithin(nameTokens(name), nameTokens(e.company)));
    const item = exp ? undefined : anywhere(name);
    const ok = exp !== undefined || item !== undefined;
    c.add(
      'employer',
      name,
      exp ? [{ section: 'experiences', itemId: exp.id }] : item ? [item.ref] : [],
      ok,
      exp
        ? `experiences/${exp.id} is at ${exp.company}`
        : item
          ? `${item.ref.section}/${item.ref.itemId} names it`
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
  const sentences = scope.freeText ? t.split(/(?<=[.!?])\s+|\n+/) : [t];
  for (const sentence of sentences) {
    if (sentence.trim() === '') continue;
    checkEntities(c, sentence, facts, allowed);
    checkYears(c, sentence, scope);
    checkNumbers(c, sentence, scope, facts);
    checkSkills(c, sentence, scope, facts);
    checkScope(c, sentence, scope);
  }
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
    const ok = titles.some((t) => wordsWithin(titleTokens(resume.headline ?? ''), titleTokens(t)));
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
      ? wordsWithin(titleTokens(e.title), titleTokens(src.title))
      : p.experiences.some((x) => wordsWithin(titleTokens(e.title), titleTokens(x.title)));
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
