import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultKeywordMatcher, type JobFacts, type ProfileFacts } from '@tailor/domain';
import { rankBullets, rankSkills, writeCoverLetter } from '../../../src/llm/local/writers.js';

// The rules as they were: every keyword compared with every skill or bullet in turn.
const simplify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/gu, ' ')
    .trim();
const containsTerm = (text: string, term: string): boolean => {
  const needle = simplify(term);
  return needle.length > 0 && ` ${simplify(text)} `.includes(` ${needle} `);
};
function eachSkill(profile: ProfileFacts, job: JobFacts) {
  const matched: string[] = [];
  for (const keyword of job.keywords) {
    const named = /^[A-Z0-9]/u.test(keyword);
    const skill = profile.skills.find(
      (candidate) =>
        simplify(candidate) === simplify(keyword) ||
        (named && (containsTerm(candidate, keyword) || containsTerm(keyword, candidate))) ||
        // Or the vocabulary reads the skill as the keyword in other words ("WMS", "Warehouse management system").
        defaultKeywordMatcher()
          .find(candidate)
          .some((hit) => hit.key === defaultKeywordMatcher().keyOf(keyword)),
    );
    if (skill && !matched.includes(skill)) matched.push(skill);
  }
  return { matched, ranked: [...matched, ...profile.skills.filter((skill) => !matched.includes(skill))] };
}
const eachBullet = (bullets: readonly string[], job: JobFacts) =>
  bullets
    .map((bullet, index) => ({
      bullet,
      index,
      score: job.keywords.filter((k) => containsTerm(bullet, k)).length,
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.bullet);

const word = fc.constantFrom(
  'Docker',
  'docker',
  'Kubernetes',
  'and',
  'SQL',
  'sql',
  'C++',
  'c#',
  '',
  '-',
  'Ü',
  'management',
  '2',
  // Aliases the vocabulary folds together.
  'WMS',
  'warehouse management system',
  'MS Excel',
  'Excel',
  'k8s',
);
const phrase = fc.array(word, { maxLength: 4 }).map((w) => w.join(' '));
const jobOf = (keywords: string[]): JobFacts => ({ title: 'Engineer', company: 'Acme', keywords });
const profileOf = (skills: string[], bullets: string[]): ProfileFacts => ({
  fullName: 'Ada Example',
  headline: null,
  experiences: [{ title: 'Engineer', company: 'Zoo', startDate: '2020-01', endDate: null, bullets }],
  skills,
});

describe('the local writers rank by job keywords', () => {
  it('rank skills as comparing each keyword with each skill did', () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 8 }),
        fc.array(phrase, { maxLength: 8 }),
        (skills, keywords) => {
          const profile = profileOf(skills, []);
          const job = jobOf(keywords);
          expect(rankSkills(profile, job)).toEqual(eachSkill(profile, job));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rank bullets as comparing each keyword with each bullet did', () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 8 }),
        fc.array(phrase, { maxLength: 8 }),
        (bullets, keywords) => {
          const job = jobOf(keywords);
          expect(rankBullets(bullets, job)).toEqual(eachBullet(bullets, job));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('match a skill the vocabulary reads as a keyword written in other words', () => {
    const profile = profileOf(['Excel (tabele przestawne)', 'WMS', 'prawo jazdy kat. B'], []);
    const { matched } = rankSkills(
      profile,
      jobOf(['Warehouse management system', 'Microsoft Excel', 'Kubernetes']),
    );
    expect(matched).toEqual(['WMS', 'Excel (tabele przestawne)']);
  });

  it('write a cover letter for a posting with thousands of phrases of its own', () => {
    const name = (n: number) => `Qa${n.toString(36)} Zb${n.toString(36)}`;
    const keywords = Array.from({ length: 17_000 }, (_, n) => name(n));
    const skills = Array.from({ length: 200 }, (_, n) => `${name(n * 80)} and ${name(n * 80 + 1)}`);
    const bullets = Array.from(
      { length: 30 },
      (_, b) => `Led ${Array.from({ length: 60 }, (_, w) => name(b * 60 + w)).join(', ')}`,
    );
    const letter = writeCoverLetter(profileOf(skills, bullets), jobOf(keywords));
    expect(letter.paragraphs[0]).toContain(skills[0]);
  });
});
