import { describe, expect, it } from 'vitest';
import { normaliseProfileContent, type ProfileContentInput } from '../../src/profiles/profile-content.js';
import { compileProfileEvidence, type EvidenceUnit } from '../../src/tailoring/evidence.js';
import {
  SCORING,
  SCORING_VERSION,
  keywordCredit,
  matchReport,
  type MatchableJob,
} from '../../src/tailoring/match-report.js';

// The match formula's numbers are a published contract (README, "Match score"): a stored report says which
// rules produced it (SCORING_VERSION). Each constant is pinned here twice — by value and by a score it
// produces — so changing one without bumping the version and the documentation fails a test.

let n = 0;
const profile = (input: ProfileContentInput) =>
  normaliseProfileContent(input, { keep: () => true, next: () => `id-${++n}` });

const job = (required: string[], preferred: string[] = []): MatchableJob => ({
  title: 'Role',
  description: '',
  responsibilities: [],
  requirements: [],
  niceToHave: [],
  keywords: { required, preferred },
});

const unit = (recency: number): EvidenceUnit => ({
  section: 'experiences',
  itemId: 'x',
  text: 't',
  order: 0,
  itemOrder: 0,
  bulletIndex: 0,
  recency,
  endMonth: null,
  keys: new Set(),
  norm: ' t ',
});

describe('the match formula (match-2026.1)', () => {
  it('has the documented weights and credit parts', () => {
    expect(SCORING_VERSION).toBe('match-2026.1');
    expect(SCORING).toEqual({
      requiredWeight: 2,
      preferredWeight: 1,
      presence: 0.6,
      recency: 0.25,
      repetition: 0.15,
      maxEvidence: 5,
    });
  });

  it('credits presence 0.6, recency up to 0.25 (best unit), repetition 0, ½, 1 × 0.15 at 1, 2, 3+ places', () => {
    expect(keywordCredit([])).toBe(0);
    expect(keywordCredit([unit(0)])).toBeCloseTo(0.6, 10);
    expect(keywordCredit([unit(1)])).toBeCloseTo(0.85, 10);
    expect(keywordCredit([unit(0.5)])).toBeCloseTo(0.725, 10);
    expect(keywordCredit([unit(0), unit(0.4)])).toBeCloseTo(0.6 + 0.1 + 0.075, 10);
    expect(keywordCredit([unit(0), unit(0), unit(0)])).toBeCloseTo(0.75, 10);
    expect(keywordCredit([unit(1), unit(1), unit(1), unit(1)])).toBeCloseTo(1, 10);
  });

  it('weighs required keywords twice, preferred once, and rounds 100 · earned / possible', () => {
    const p = profile({
      fullName: 'Ada',
      experiences: [
        {
          title: 'Engineer',
          company: 'Acme',
          startDate: '2020-01',
          current: true,
          bullets: ['Built APIs in Go'],
        },
      ],
    });
    const report = matchReport(compileProfileEvidence(p), job(['Go'], ['Rust']));
    // Go: one place in a current role → 0.6 + 0.25 = 0.85, weight 2; Rust missing, weight 1.
    expect(report.breakdown).toEqual({ earned: 1.7, possible: 3, requiredCount: 1, preferredCount: 1 });
    expect(report.score).toBe(57);
    expect(matchReport(compileProfileEvidence(p), job(['Rust'], ['Go'])).score).toBe(28);
  });

  it('reads recency as 1 − years/10 since the item ended, 0.5 for undated units, 1 for a current role', () => {
    const p = profile({
      fullName: 'Ada',
      experiences: [
        { title: 'Engineer', company: 'A', startDate: '2024-01', current: true, bullets: ['Wrote Python'] },
        { title: 'Engineer', company: 'B', startDate: '2015-01', endDate: '2020-01', bullets: ['Wrote Go'] },
      ],
      skills: { technical: ['Rust'] },
    });
    const ev = compileProfileEvidence(p);
    const credit = (k: string) => matchReport(ev, job([k])).required.matched[0]?.credit;
    expect(credit('Python')).toBe(0.85);
    // Ended 2020-01, the latest date in the profile is 2024-01: 4 years → recency 0.6.
    expect(credit('Go')).toBe(0.75);
    expect(credit('Rust')).toBe(0.725);
  });
});
