import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

// What the claim tests share: a profile read as the pipeline reads it (on a fixed today), and what the gate
// flags in a free-text sentence or in a bullet rewritten from the profile's first role.

let n = 0;
export const compile = (profile: Parameters<typeof normaliseProfileContent>[0]) =>
  compileProfileFacts(
    normaliseProfileContent(profile, { keep: () => true, next: () => `id-${++n}` }),
    undefined,
    { today: new Date('2026-12-01') },
  );
export type Facts = ReturnType<typeof compile>;

/** The unsupported claims of a sentence checked against the whole profile, as "type:text". */
export const flaggedBy =
  (facts: Facts, allowedNames: readonly string[] = []) =>
  (text: string): string[] =>
    checkTruthfulness(facts, { kind: 'text', text }, { allowedNames })
      .claims.filter((claim) => claim.verdict === 'unsupported')
      .map((claim) => `${claim.type}:${claim.text}`);

/** A bullet rewritten from the profile's first role, checked against that role only. */
export const bulletBy = (facts: Facts) => (text: string) => {
  const e = facts.profile.experiences[0];
  if (!e) throw new Error('no role');
  const content = {
    summary: null,
    skills: [],
    projects: [],
    education: [],
    experiences: [
      {
        itemId: e.id,
        title: e.title,
        company: e.company,
        startDate: e.startDate,
        endDate: e.current ? null : e.endDate,
        current: e.current,
        bullets: [{ text, sourceRefs: [{ section: 'experiences' as const, itemId: e.id }] }],
      },
    ],
  };
  return checkTruthfulness(facts, { kind: 'resume', content })
    .claims.filter((claim) => claim.verdict === 'unsupported')
    .map((claim) => `${claim.type}:${claim.text}`);
};

/** A current role, for profiles written in a line. */
export const role = (
  title: string,
  company: string,
  bullets: string[],
  startDate = '2020-01',
): {
  title: string;
  company: string;
  startDate: string;
  current: boolean;
  endDate?: string;
  bullets: string[];
} => ({
  title,
  company,
  startDate,
  current: true,
  bullets,
});

export const profileOf = (...experiences: ReturnType<typeof role>[]) => ({
  fullName: 'Alex Doe',
  experiences,
  skills: { technical: [], tools: [], soft: [] },
});
