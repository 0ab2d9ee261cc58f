/**
 * The truthfulness CI gate: every injected fabrication must be flagged and no faithful claim may be.
 * Pairs: each shared JSON Resume profile × a few shared postings.
 */
import { checkTruthfulness, compileProfileFacts, type TruthClaim } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { loadJob, loadResumes } from './eval-data.js';
import { faithfulLetter, faithfulResume, injectIntoLetter, injectIntoResume } from './generated-documents.js';

const JOBS = [
  'docx/Backend Developer.docx.txt',
  'onet-derived/onet-data-scientist.txt',
  'txt/cv-analyser.business_product_manager.txt',
];

describe('truthfulness gate (evaluation)', () => {
  it('flags 100% of injected fabrications and no faithful claim', () => {
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

    for (const { name, profile } of loadResumes()) {
      const facts = compileProfileFacts(profile);
      for (const path of JOBS) {
        const job = loadJob(path);
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
        for (const injection of [
          ...injectIntoResume(profile, resume),
          ...injectIntoLetter(profile, letter),
        ]) {
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
      `truthfulness eval: caught ${caught} / ${injected} injected fabrications; ` +
        `false alarms ${falseAlarms} / ${faithfulClaims} faithful claims`,
    );
    for (const [kind, k] of [...byKind].sort()) console.log(`  ${kind}: ${k.caught} / ${k.injected}`);
    expect(missed).toEqual([]);
    expect(alarms).toEqual([]);
    expect(injected).toBeGreaterThan(100);
    expect(faithfulClaims).toBeGreaterThan(300);
  });
});
