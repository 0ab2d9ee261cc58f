import { describe, expect, it } from 'vitest';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { compileProfileEvidence } from '../../src/tailoring/evidence.js';
import { matchReport, type MatchableJob } from '../../src/tailoring/match-report.js';

const profile = normaliseProfileContent(
  { fullName: 'Lucía', experiences: [{ title: 'Enfermera', company: 'Hospital', bullets: ['Curas'] }] },
  { keep: () => true, next: () => 'id-1' },
);
const job = (required: string[]): MatchableJob => ({
  title: 'Enfermera',
  description: '',
  responsibilities: [],
  requirements: [],
  niceToHave: [],
  keywords: { required, preferred: [] },
});

describe('a posting none of whose keywords were recognised', () => {
  it('scores 0 and says why, and how to give the report something to score', () => {
    const report = matchReport(compileProfileEvidence(profile), job([]));
    expect(report.score).toBe(0);
    expect(report.suggestions[0]).toMatch(/^No skill, tool or qualification of this posting was recognised/u);
  });

  it('says nothing of the kind once the job has keywords', () => {
    const report = matchReport(compileProfileEvidence(profile), job(['Wound care']));
    expect(report.suggestions.join(' ')).not.toMatch(/was recognised/u);
  });
});
