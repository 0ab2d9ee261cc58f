import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileContent } from '../src/profiles/profile-content.js';
import { compileProfileEvidence } from '../src/tailoring/evidence.js';
import { matchReport, type MatchableJob } from '../src/tailoring/match-report.js';

// One evidence index serves a whole batch of match reports and remembers the phrase scans it has done. A
// report must not depend on what the index was asked before: each must equal the report of a fresh index.
const profile = normaliseProfileContent(
  {
    fullName: 'Ada Example',
    headline: 'Zookeeper and data analyst',
    summary: 'Zebra husbandry, visitor education and weekly reporting in Excel.',
    experiences: [
      {
        id: 'zoo',
        title: 'Senior Zookeeper',
        company: 'City Zoo',
        startDate: '2019-01',
        current: true,
        bullets: ['Led zebra husbandry for a herd of 12', 'Built the feeding schedule in Python and SQL'],
        technologies: ['Python'],
      },
    ],
    skills: { technical: ['SQL', 'Excel'], tools: [], soft: ['visitor education'] },
  },
  { keep: () => true, next: () => 'id' },
);

const KEYWORDS = [
  'zebra husbandry',
  'visitor education',
  'Python',
  'SQL',
  'Excel',
  'herd management',
  'feeding schedule',
  'weekly reporting',
  'Kubernetes',
  'of 12',
];

const jobOf = (required: string[], preferred: string[]): MatchableJob => ({
  title: 'Keeper',
  description: 'Five years of experience. Weekend shifts.',
  responsibilities: [],
  requirements: [],
  niceToHave: [],
  keywords: { required, preferred },
});

describe('match reports over one reused evidence index', () => {
  it('equal the reports of a fresh index, whatever was asked before', () => {
    const keywords = fc.array(fc.constantFrom(...KEYWORDS), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(keywords, keywords), { minLength: 1, maxLength: 8 }), (jobs) => {
        const shared = compileProfileEvidence(profile);
        for (const [required, preferred] of jobs) {
          const job = jobOf(required, preferred);
          expect(matchReport(shared, job)).toEqual(matchReport(compileProfileEvidence(profile), job));
        }
      }),
      { numRuns: 100 },
    );
  });
});
