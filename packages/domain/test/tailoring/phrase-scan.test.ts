import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import {
  compileProfileEvidence,
  resolveKeyword,
  unitsFor,
  unitsForEach,
} from '../../src/tailoring/evidence.js';
import { matchReport, type MatchableJob } from '../../src/tailoring/match-report.js';
import { textsContainingEach } from '../../src/tailoring/phrase-scan.js';
import { rankProfile } from '../../src/tailoring/ranking.js';

// The one-pass phrase search must answer what a string search of each phrase in each text answered.
const byIncludes = (texts: readonly string[], phrase: string): number[] =>
  texts.flatMap((text, i) => (text.includes(phrase) ? [i] : []));

// Few words, so phrases often occur, overlap and repeat; '' makes double spaces, 'a b' a word holding one.
const word = fc.constantFrom('', 'a', 'b', 'ab', 'a b', 'node.js', 'c++');
const padded = fc.array(word, { maxLength: 12 }).map((words) => ` ${words.join(' ')} `);

describe('textsContainingEach', () => {
  it('finds exactly the texts that include each phrase', () => {
    fc.assert(
      fc.property(
        fc.array(padded, { maxLength: 8 }),
        fc.uniqueArray(padded, { maxLength: 10 }),
        (texts, phrases) => {
          const found = textsContainingEach(texts, phrases);
          phrases.forEach((phrase, p) => expect(found[p]).toEqual(byIncludes(texts, phrase)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

const profileOf = (bullets: string[]) =>
  normaliseProfileContent(
    {
      fullName: 'Ada Example',
      experiences: [
        { id: 'x', title: 'Keeper', company: 'Zoo', startDate: '2020-01', current: true, bullets },
      ],
    },
    { keep: () => true, next: () => 'id' },
  );

describe('unitsForEach', () => {
  const phrase = fc.array(fc.constantFrom('Zebra', 'Herd', 'Feeding', 'Plan', 'Quokka', 'zebra-herd'), {
    minLength: 1,
    maxLength: 3,
  });
  it('answers, in one batch or one by one, what a search of each unit text answers', () => {
    fc.assert(
      fc.property(
        fc.array(
          phrase.map((w) => w.join(' ')),
          { maxLength: 12 },
        ),
        fc.array(
          phrase.map((w) => w.join(' ')),
          { maxLength: 12 },
        ),
        (bullets, names) => {
          const index = compileProfileEvidence(profileOf(bullets));
          const keywords = names.map((name) => resolveKeyword(name));
          const batch = unitsForEach(index, keywords);
          keywords.forEach((k, i) => {
            const expected = index.byKey.get(k.key)?.length
              ? index.byKey.get(k.key)
              : k.inVocabulary || k.phrase.trim() === ''
                ? []
                : byIncludes(
                    index.units.map((u) => u.norm),
                    k.phrase,
                  );
            expect(batch[i]).toEqual(expected);
            expect(unitsFor(compileProfileEvidence(profileOf(bullets)), k)).toEqual(expected);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  // 1,500 bullets against 15,000 phrases of the posting's own: one string search per phrase and unit took about
  // 12 s for the report and as long for the ranking (80 s and 126 s for a full profile and 17,500 phrases).
  it('reports a posting with thousands of phrases of its own against a large profile', () => {
    const name = (n: number) => `Qx${n.toString(36)}9 Zy${n.toString(36)}9`;
    const written = new Set<number>();
    const bullets = Array.from({ length: 30 * 50 }, (_, b) =>
      Array.from({ length: 60 }, (_, w) => {
        const n = (b * 7 + w) % 20_000;
        written.add(n);
        return name(n);
      }).join(', '),
    );
    const experiences = Array.from({ length: 50 }, (_, e) => ({
      id: `e${e}`,
      title: 'Keeper',
      company: 'Zoo',
      startDate: '2020-01',
      current: true,
      bullets: bullets.slice(e * 30, e * 30 + 30),
    }));
    const profile = normaliseProfileContent(
      { fullName: 'Ada Example', experiences },
      { keep: () => true, next: () => 'id' },
    );
    const required = Array.from({ length: 15_000 }, (_, n) => name(n * 3));
    const job: MatchableJob = {
      title: 'Keeper',
      description: '',
      responsibilities: [],
      requirements: [],
      niceToHave: [],
      keywords: { required, preferred: [] },
    };
    const report = matchReport(compileProfileEvidence(profile), job);
    const ranking = rankProfile(profile, compileProfileEvidence(profile), job);
    expect(report.required.matched.map((m) => m.keyword)).toEqual(
      required.filter((_, n) => written.has(n * 3)),
    );
    expect(ranking.experiences).toHaveLength(50);
  });
});
