import { defaultKeywordMatcher, PhraseFinder, type JobFacts, type ProfileFacts } from '@tailor/domain';
import { rewriteBullet } from './bullet-rewriter.js';
import { verbForm } from './verbs.js';

// The summary and the cover letter are assembled from the profile's own facts (titles, employers, years,
// skills, bullets) and ordered by the job's keywords. The only words of their own are the connective
// phrases below; a test checks that nothing else (no number, employer, title or tool) appears.

const simplify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/gu, ' ')
    .trim();

/**
 * A skill as it reads inside a sentence: a sentence-case common phrase loses its capital ("Account
 * reconciliation" → "account reconciliation"); names keep theirs ("Google Analytics", "SAP IS-H", "Epic").
 * One capitalised word may be a name, so it is left as written.
 */
export function inProse(skill: string): string {
  const words = skill.split(/\s+/u);
  const [first, ...rest] = words;
  if (!first || rest.length === 0) return skill;
  if (!/^\p{Lu}[\p{Ll}-]+$/u.test(first)) return skill;
  if (!rest.every((w) => w === w.toLowerCase())) return skill;
  return `${first.toLowerCase()}${skill.slice(first.length)}`;
}

const listOf = (items: readonly string[]): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
};

/**
 * "a" or "an" by the sound of the next word: acronyms by their first letter's name ("an RN", "a CPA", "an
 * MBA"), silent h ("an hour"), and u/eu/one read as a consonant ("a university", "a European", "a one-off").
 */
export function article(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s/-]+/u)[0] ?? '';
  if (/^\d/u.test(word)) return /^(?:8|11|18)(?!\d)|^8\d/u.test(word) ? 'an' : 'a';
  if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/u.test(word) && !/[aeiou]/u.test(word))
    return /^[AEFHILMNORSX]/u.test(word) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/u.test(lower)) return 'an';
  if (/^(?:uni|use|usu|usa|uti|ure|uro|eu|ewe|one\b|once|ubiq)/u.test(lower)) return 'a';
  return /^[aeiouäöüéèêàáíóú]/u.test(lower) ? 'an' : 'a';
}

/**
 * Texts simplified once and found as runs of words in others: `containsTerm` for many texts at once. Calling
 * `containsTerm` for every keyword and skill or bullet cost keywords × texts × characters (2.5 s of a
 * generation for a posting with 17,000 phrases of its own); a tree of the terms' words is walked once per text.
 */
class Terms {
  /** Each term simplified, in order. */
  readonly simple: readonly string[];
  /** For each distinct non-empty simplified term, the positions of the terms that read as it. */
  private readonly positions: readonly number[][];
  private readonly finder: PhraseFinder;

  constructor(terms: readonly string[]) {
    this.simple = terms.map(simplify);
    const byPhrase = new Map<string, number[]>();
    this.simple.forEach((term, i) => {
      if (term === '') return;
      const list = byPhrase.get(` ${term} `) ?? [];
      list.push(i);
      byPhrase.set(` ${term} `, list);
    });
    this.positions = [...byPhrase.values()];
    this.finder = new PhraseFinder([...byPhrase.keys()]);
  }

  /** The positions of the terms the text contains (`containsTerm(text, term)`), each once, in no order. */
  in(text: string): number[] {
    const phrases = new Set<number>();
    this.finder.eachIn(` ${simplify(text)} `, (phrase) => phrases.add(phrase));
    return [...phrases].flatMap((phrase) => this.positions[phrase] ?? []);
  }
}

/** The profile's skills the job asks for first (job order), then the rest of the profile's skills. */
export function rankSkills(profile: ProfileFacts, job: JobFacts): { matched: string[]; ranked: string[] } {
  const skills = new Terms(profile.skills);
  const keywords = new Terms(job.keywords);
  const sameName = new Map<string, number>();
  skills.simple.forEach((skill, i) => {
    if (!sameName.has(skill)) sameName.set(skill, i);
  });
  // The first skill (in the profile's order) that contains each keyword.
  const firstHolding: (number | undefined)[] = [];
  profile.skills.forEach((skill, i) => {
    for (const k of keywords.in(skill)) firstHolding[k] ??= i;
  });
  // The first skill the vocabulary reads as each keyword in other words: "WMS" for "Warehouse management
  // system", "Excel (tabele przestawne)" for "Microsoft Excel", "Staplerschein" for "Forklift licence".
  const matcher = defaultKeywordMatcher();
  const firstNaming = new Map<string, number>();
  profile.skills.forEach((skill, i) => {
    for (const hit of matcher.find(skill)) if (!firstNaming.has(hit.key)) firstNaming.set(hit.key, i);
  });
  const matched: string[] = [];
  const taken = new Set<string>();
  job.keywords.forEach((keyword, k) => {
    // Named skills and tools (capitalised in the posting) also match inside a longer skill ("Docker" in
    // "Docker and Kubernetes"); plain frequent words ("management") only match a skill of that exact name.
    const named = /^[A-Z0-9]/u.test(keyword);
    const candidates = [sameName.get(keywords.simple[k] as string), firstNaming.get(matcher.keyOf(keyword))];
    if (named) candidates.push(firstHolding[k], ...skills.in(keyword));
    const first = Math.min(...candidates.map((i) => i ?? Infinity));
    const skill = profile.skills[first];
    if (skill && !taken.has(skill)) {
      taken.add(skill);
      matched.push(skill);
    }
  });
  return { matched, ranked: [...matched, ...profile.skills.filter((skill) => !taken.has(skill))] };
}

/** Bullets that name the most job keywords first; ties keep the profile's order. */
export function rankBullets(bullets: readonly string[], job: JobFacts): string[] {
  const keywords = new Terms(job.keywords);
  return bullets
    .map((bullet, index) => ({ bullet, index, score: keywords.in(bullet).length }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.bullet);
}

/** A bullet as a clause after "I": past tense, lower-case verb; undefined when it does not lead with a verb. */
function asClause(bullet: string, keywords: readonly string[]): string | undefined {
  const rewritten = rewriteBullet(bullet, keywords);
  const first = /^[A-Za-z]+/u.exec(rewritten)?.[0];
  const verb = first ? verbForm(first) : undefined;
  // After "I" only the past or the base form reads right ("I provides", "I managing" do not).
  if (!first || !verb || (verb.form !== 'past' && verb.form !== 'base')) return undefined;
  return `${first.toLowerCase()}${rewritten.slice(first.length)}`;
}

/** The form of a clause's leading verb (asClause only yields past or base forms). */
const clauseTense = (clause: string): string | undefined =>
  verbForm(/^[A-Za-z]+/u.exec(clause)?.[0] ?? '')?.form;

/** A posting's title without parenthesised asides such as "(5+ Years of Experience)", which are not the role. */
export const roleName = (title: string): string =>
  title
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/\s*\([^)]*$/u, '')
    .trim() || title;

/** Ends a sentence without doubling a final abbreviation's period ("Inc." stays "Inc."). */
const sentence = (text: string): string => (/[.!?]$/u.test(text) ? text : `${text}.`);

const yearOf = (date: string | null): string | null => (date ? date.slice(0, 4) : null);

export function writeSummary(profile: ProfileFacts, job: JobFacts): { summary: string } {
  const sentences: string[] = [];
  const [recent] = profile.experiences;
  const companies = [...new Set(profile.experiences.map((experience) => experience.company))].slice(0, 3);
  const earliest = profile.experiences
    .map((experience) => yearOf(experience.startDate))
    .filter((year): year is string => year !== null)
    .sort()[0];
  const role = recent?.title ?? profile.headline;
  if (role && companies.length > 0)
    sentences.push(
      sentence(`${role} with experience at ${listOf(companies)}${earliest ? ` since ${earliest}` : ''}`),
    );
  else if (role) sentences.push(sentence(role));
  const { ranked } = rankSkills(profile, job);
  if (ranked.length > 0) sentences.push(`Skilled in ${listOf(ranked.slice(0, 6).map(inProse))}.`);
  const highlight = recent ? rankBullets(recent.bullets, job)[0] : undefined;
  const clause = highlight ? asClause(highlight, job.keywords) : undefined;
  if (clause && recent) sentences.push(sentence(`At ${recent.company}, ${clause}`));
  if (sentences.length === 0) sentences.push(`${profile.fullName}.`);
  return { summary: sentences.join(' ') };
}

export function writeCoverLetter(
  profile: ProfileFacts,
  job: JobFacts,
): { salutation: string; paragraphs: string[]; closing: string } {
  const { matched, ranked } = rankSkills(profile, job);
  const [recent, ...earlier] = profile.experiences;
  const paragraphs: string[] = [];

  const role = job.title.trim() === '' ? '' : roleName(job.title);
  const target = `${role === '' ? 'this position' : `the ${role} position`}${job.company ? ` at ${job.company}` : ''}`;
  const strengths = (matched.length > 0 ? matched : ranked).slice(0, 4).map(inProse);
  let opening = sentence(`I am applying for ${target}`);
  if (recent) opening += ` As ${article(recent.title)} ${recent.title} at ${recent.company},`;
  else opening += ' ';
  if (strengths.length > 0) {
    opening += `${recent ? ' I' : 'I'} bring hands-on experience with ${listOf(strengths)}${matched.length > 0 ? ', which this role calls for' : ''}.`;
  } else if (recent) {
    opening += ' I would like to bring that experience to your team.';
  }
  paragraphs.push(opening.replace(/\s+/gu, ' ').trim());

  // A role that has ended is told in the past tense: a bullet kept in its present tense ("restock shelves and
  // rotate perishables") reads right only for the role the person holds now.
  const toldOf = (experience: { endDate: string | null }) => (clause: string) =>
    experience.endDate === null || clauseTense(clause) === 'past';
  if (recent) {
    const clauses = rankBullets(recent.bullets, job)
      .map((bullet) => asClause(bullet, job.keywords))
      .filter((clause): clause is string => clause !== undefined && toldOf(recent)(clause))
      .slice(0, 2);
    const [first, second] = clauses;
    if (first) {
      // One sentence when both clauses share a tense; otherwise two, so no sentence mixes forms.
      const sameTense = second !== undefined && clauseTense(first) === clauseTense(second);
      paragraphs.push(
        second === undefined
          ? sentence(`At ${recent.company}, I ${first}`)
          : sameTense
            ? sentence(`At ${recent.company}, I ${first}; I also ${second}`)
            : `${sentence(`At ${recent.company}, I ${first}`)} ${sentence(`I also ${second}`)}`,
      );
    }
  }
  const before = earlier
    .slice(0, 2)
    .map((experience, index) => {
      const clause = rankBullets(experience.bullets, job)
        .map((bullet) => asClause(bullet, job.keywords))
        .find((candidate) => candidate !== undefined && toldOf(experience)(candidate));
      const lead = index === 0 ? 'Before that, as' : 'Earlier, as';
      return clause
        ? sentence(
            `${lead} ${article(experience.title)} ${experience.title} at ${experience.company}, I ${clause}`,
          )
        : undefined;
    })
    .filter((text): text is string => text !== undefined);
  if (before.length > 0) paragraphs.push(before.join(' '));

  const focus = (matched.length > 0 ? matched : ranked).slice(0, 3).map(inProse);
  paragraphs.push(
    `${sentence(`I would welcome the chance to discuss how ${focus.length > 0 ? `my work with ${listOf(focus)}` : 'I'} could support ${job.company ?? 'your team'}`)} Thank you for your time and consideration.`,
  );
  return {
    salutation: job.company ? `Dear ${job.company} hiring team,` : 'Dear Hiring Team,',
    paragraphs,
    // The signature is printed once, by the document, under the sign-off.
    closing: 'Sincerely,',
  };
}
