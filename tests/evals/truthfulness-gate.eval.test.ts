/**
 * The truthfulness CI gate: every injected fabrication must be flagged and no faithful claim may be.
 * Pairs: each JSON Resume profile × a few postings, from the repository's fixtures and (tests/corpus) from
 * the shared corpus.
 */
import { checkTruthfulness, compileProfileFacts, type TruthClaim } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { loadJob, loadResumes, type EvalSource } from './eval-data.js';
import { faithfulLetter, faithfulResume, injectIntoLetter, injectIntoResume } from './generated-documents.js';

/** Every injected fabrication flagged, no faithful claim flagged, over each profile × each posting. */
export function evaluateTruthfulnessGate(
  source: EvalSource,
  jobs: readonly string[],
  minimumInjected: number,
) {
  let injected = 0;
  let caught = 0;
  let faithfulClaims = 0;
  let falseAlarms = 0;
  const missed: string[] = [];
  const alarms: TruthClaim[] = [];
  const byKind = new Map<string, { injected: number; caught: number }>();
  const count = (kind: string, ok: boolean) => {
    const k = byKind.get(kind) ?? { injected: 0, caught: 0 };
    k.injected += 1;
    if (ok) k.caught += 1;
    byKind.set(kind, k);
  };

  for (const { name, profile } of loadResumes(source)) {
    const facts = compileProfileFacts(profile);
    for (const path of jobs) {
      const job = loadJob(path, source);
      const resume = faithfulResume(profile, job);
      const company = 'Acme Hiring Co';
      const letter = faithfulLetter(profile, company);
      const options = { allowedNames: [company, job.title] };
      for (const document of [
        { kind: 'resume' as const, content: resume },
        { kind: 'text' as const, text: letter },
      ]) {
        const report = checkTruthfulness(facts, document, options);
        faithfulClaims += report.claims.length;
        const bad = report.claims.filter((c) => c.verdict === 'unsupported');
        falseAlarms += bad.length;
        alarms.push(...bad);
      }
      for (const injection of [...injectIntoResume(profile, resume), ...injectIntoLetter(profile, letter)]) {
        injected += 1;
        const report = checkTruthfulness(facts, injection.document, options);
        const ok = !report.passed;
        if (ok) caught += 1;
        else missed.push(`${name} × ${path}: ${injection.kind} (${injection.document.kind})`);
        count(`${injection.kind} (${injection.document.kind})`, ok);
      }
    }
  }
  console.log(
    `truthfulness eval (${source}): caught ${caught} / ${injected} injected fabrications; ` +
      `false alarms ${falseAlarms} / ${faithfulClaims} faithful claims`,
  );
  for (const [kind, k] of [...byKind].sort()) console.log(`  ${kind}: ${k.caught} / ${k.injected}`);
  expect(missed).toEqual([]);
  expect(alarms).toEqual([]);
  expect(injected).toBeGreaterThan(minimumInjected);
  expect(faithfulClaims).toBeGreaterThan(minimumInjected * 3);
}

describe('truthfulness gate (evaluation)', () => {
  it('flags 100% of injected fabrications and no faithful claim', () => {
    evaluateTruthfulnessGate(
      'fixtures',
      ['backend-developer.pdftotext.txt', 'data-scientist.in.txt', 'marketing-manager.en.txt'],
      100,
    );
  });
});
