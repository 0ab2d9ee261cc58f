import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepKeywordEvidence, jobKeywordsIn } from '../../src/generations/keyword-evidence.js';
import { phraseKey } from '../../src/jobs/keyword-text.js';
import { defaultKeywordMatcher } from '../../src/jobs/vocabulary.js';
import { compileJob, type CompiledJob } from '../../src/tailoring/match-report.js';

// The rule as it was: every keyword of the job looked up in the text in turn.
function eachKeyword(text: string, job: CompiledJob): Set<string> {
  const keys = new Set(
    defaultKeywordMatcher()
      .find(text)
      .map((h) => h.key),
  );
  const norm = ` ${phraseKey(text)} `;
  const found = new Set<string>();
  for (const k of [...job.required, ...job.preferred])
    if (keys.has(k.key) || (!k.inVocabulary && k.phrase.trim() !== '' && norm.includes(k.phrase)))
      found.add(k.key);
  return found;
}

const jobOf = (required: string[], preferred: string[]) =>
  compileJob({
    title: 'Keeper',
    description: '',
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    keywords: { required, preferred },
  });

const NAMES = [
  'Python',
  'SQL',
  'zebra husbandry',
  'Zebra',
  'herd plan',
  'Herd Plan Review',
  'Node.js',
  'of 12',
  'C++',
];
const WORDS = [
  'python',
  'sql',
  'zebra',
  'husbandry',
  'herd',
  'plan',
  'review',
  'node.js',
  'of',
  '12',
  'c++',
  ',',
  'and',
];

describe('jobKeywordsIn', () => {
  it('finds the keys each keyword looked up in turn finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }),
        fc.array(fc.constantFrom(...NAMES), { maxLength: 6 }),
        fc.array(fc.constantFrom(...NAMES), { maxLength: 4 }),
        (words, required, preferred) => {
          const text = words.join(' ');
          const job = jobOf(required, preferred);
          expect(jobKeywordsIn(text, job)).toEqual(eachKeyword(text, job));
        },
      ),
      { numRuns: 1000 },
    );
  });

  // 17,000 phrases of a posting's own against 1,500 bullets and their rewrites: each phrase looked up in each
  // bullet took about 25 s.
  it('checks a full profile of rewrites against thousands of phrases', () => {
    const name = (n: number) => `Qa${n.toString(36)}9 Zb${n.toString(36)}9`;
    const job = jobOf(
      Array.from({ length: 17_000 }, (_, n) => name(n)),
      [],
    );
    const originals = Array.from({ length: 1_500 }, (_, b) =>
      Array.from({ length: 60 }, (_, w) => name((b * 61 + w) % 17_000)).join(', '),
    );
    const rewrites = originals.map((o, i) => (i % 2 === 0 ? o.slice(0, 20) : o.toUpperCase()));
    const kept = keepKeywordEvidence(originals, rewrites, job);
    expect(kept.filter((k, i) => k === rewrites[i])).toHaveLength(750);
  });
});
