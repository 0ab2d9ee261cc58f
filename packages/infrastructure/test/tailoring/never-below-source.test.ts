import { compileProfileEvidence, compileResumeEvidence, matchReport, type ILLMService } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { loadApplicants, localModel, useLossyModel, tailor } from './applicant-harness.js';

// "Never worse than the source": over every applicant × every posting (the matching pairs and all the
// mismatched ones), with one and two pages, a tailored resume never scores below its own profile against
// the same job. The scores are recomputed here from the stored document, not taken from the pipeline.

const applicants = loadApplicants();

const lossyModel = useLossyModel();

async function belowSource(llm: ILLMService, pages: number[], crossPairs: boolean) {
  const below: string[] = [];
  let pairs = 0;
  let raised = 0;
  for (const a of applicants) {
    for (const b of crossPairs ? applicants : [a]) {
      for (const maxPages of pages) {
        const t = await tailor(llm, a.profile, b.posting, 'resume', { maxPages });
        if (t.content.type !== 'resume') throw new Error('not a resume');
        const source = matchReport(compileProfileEvidence(t.profile), t.job).score;
        const tailored = matchReport(compileResumeEvidence(t.content.resume), t.job).score;
        expect(t.match.score).toBe(tailored);
        expect(t.baselineMatch.score).toBe(source);
        pairs += 1;
        if (tailored < source) below.push(`${a.id} → ${b.id} (${maxPages} p.): ${source} → ${tailored}`);
        if (tailored > source) raised += 1;
      }
    }
  }
  return { below, pairs, raised };
}

describe('a tailored resume never scores below its source profile', () => {
  it('covers at least 8 fields in several languages', () => {
    expect(new Set(applicants.map((a) => a.field)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(applicants.map((a) => a.language)).size).toBeGreaterThanOrEqual(3);
  });

  it('with the local engine, over every applicant × posting at 1 and 2 pages', async () => {
    const { below, pairs } = await belowSource(localModel(), [1, 2], true);
    expect(pairs).toBe(applicants.length * applicants.length * 2);
    expect(below).toEqual([]);
  });

  it('with a model that drops words, names and keywords (OpenAI wire protocol)', async () => {
    const { below, pairs } = await belowSource(lossyModel(), [1, 2], false);
    expect(pairs).toBe(applicants.length * 2);
    expect(below).toEqual([]);
  });

  it('keeps certification issuers, languages and role technologies the posting names', async () => {
    const nurse = applicants.find((a) => a.id === 'nurse')!;
    const t = await tailor(lossyModel(), nurse.profile, nurse.posting, 'resume', { maxPages: 1 });
    if (t.content.type !== 'resume') throw new Error('not a resume');
    const r = t.content.resume;
    expect(r.certifications?.some((c) => c.includes('American Heart Association'))).toBe(true);
    expect(r.languages).toContain('English (Native)');
    expect(r.experiences[0]?.technologies).toContain('Epic');
    const matched = [...t.match.required.matched, ...t.match.preferred.matched].map((m) => m.keyword);
    for (const m of [...t.baselineMatch.required.matched, ...t.baselineMatch.preferred.matched])
      expect(matched).toContain(m.keyword);
  });
});
