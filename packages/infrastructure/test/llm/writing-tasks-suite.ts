/**
 * The local engine's reading and writing tasks over a set of real-looking resumes and postings: the
 * repository's fixtures (local-llm-service.test.ts) or the shared corpus (tests/corpus). Nothing may be
 * invented: every fact in an output must come from its input.
 */
import type { ILLMService } from '@tailor/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { allVerbForms } from '../../src/llm/local/verbs.js';
import { buildService, llmConfig } from './llm-test-kit.js';
import {
  inventedFacts,
  jobs,
  jobTexts,
  numbers,
  profiles,
  resumeTexts,
  words,
  type SampleSource,
} from './writing-samples.js';

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/gu, '');

// The connective words the local writers and rewriter may add; nothing else may be new.
const CONNECTIVES = new Set(
  (
    'with experience at since and skilled in i am applying for the position as a an bring hands on which this role ' +
    'calls before that also would welcome chance to discuss how my work could support your team thank you time ' +
    'consideration dear hiring manager sincerely contributed supported collaborated helped owned used varied ' +
    'promptly daily weekly monthly earlier'
  ).split(' '),
);
export const ALLOWED = new Set([...CONNECTIVES, ...[...allVerbForms()].flatMap((form) => words(form))]);

/** How much a source must at least hold, so an empty folder cannot pass for a clean run. */
export interface SuiteMinimum {
  bullets: number;
  pairs: number;
}

export function describeWritingTasks(
  source: SampleSource,
  minimum: SuiteMinimum,
  run: (name: string, body: () => void) => void = describe,
): void {
  run(`LocalLlmService over the ${source} resumes and postings`, () => {
    let llm: ILLMService;
    beforeAll(() => {
      llm = buildService(llmConfig({ provider: 'local' })).service;
    });

    it('parse_resume reads name, contact, experiences, education and skills, copying only what is there', async () => {
      for (const { name, text } of resumeTexts(source)) {
        const { value, usage } = await llm.run({ task: 'parse_resume', variables: { text } });
        const source = squash(text);
        expect(usage.provider, name).toBe('local');
        expect(value.fullName, name).toBeTruthy();
        expect(source, name).toContain(squash(value.fullName ?? ''));
        expect(value.contact.email && text.includes(value.contact.email), name).toBe(true);
        expect(value.experiences.length, name).toBeGreaterThan(0);
        for (const experience of value.experiences) {
          expect(source, name).toContain(squash(experience.title));
          expect(source, name).toContain(squash(experience.company ?? ''));
          expect(experience.bullets.length, `${name}: ${experience.title}`).toBeGreaterThan(0);
          for (const bullet of experience.bullets) expect(source, name).toContain(squash(bullet));
          for (const date of [experience.startDate, experience.endDate])
            if (date) expect(text, name).toContain(date.slice(0, 4));
          expect(experience.current, name).toBe(experience.endDate === null);
        }
        expect(value.education.length, name).toBeGreaterThan(0);
        for (const education of value.education)
          expect(source, name).toContain(squash(education.institution));
        expect(value.skills.length, name).toBeGreaterThan(3);
        for (const skill of value.skills) expect(source, `${name}: ${skill}`).toContain(squash(skill));
      }
    });

    it('parse_job (injected parser) finds the structure and copies its skills from the posting', async () => {
      for (const { name, text } of jobTexts(source)) {
        const { value } = await llm.run({ task: 'parse_job', variables: { text } });
        expect(squash(text.split('\n').find((line) => line.trim() !== '') ?? ''), name).toContain(
          squash(value.title),
        );
        expect(
          value.responsibilities.length + value.requirements.length + value.niceToHave.length,
          name,
        ).toBeGreaterThan(0);
        for (const skill of value.skills) expect(squash(text), `${name}: ${skill}`).toContain(squash(skill));
        expect(
          inventedFacts(
            JSON.stringify(value),
            // pdftotext hyphenation ("scal-" + "able") is joined by the parser, as a reader would.
            text.replace(/(\p{L})-\n\s*(\p{L})/gu, '$1$2'),
            new Set([
              'title',
              'company',
              'location',
              'summary',
              'responsibilities',
              'requirements',
              'nicetohave',
              'skills',
              'keywords',
              'null',
            ]),
          ),
          name,
        ).toEqual([]);
      }
    });

    it('rewrite_bullets tightens and leads with a past-tense verb, adding no fact', async () => {
      const parsed = await Promise.all(
        resumeTexts(source).map(({ text }) => llm.run({ task: 'parse_resume', variables: { text } })),
      );
      const bullets = [
        ...parsed.flatMap(({ value }) => value.experiences.flatMap((experience) => experience.bullets)),
        ...profiles(source).flatMap(({ facts }) =>
          facts.experiences.flatMap((experience) => experience.bullets),
        ),
      ];
      expect(bullets.length).toBeGreaterThan(minimum.bullets);
      const { value } = await llm.run({
        task: 'rewrite_bullets',
        variables: { bullets, keywords: ['React', 'Node.js'], style: null },
      });
      expect(value.bullets).toHaveLength(bullets.length);
      let leadingVerbs = 0;
      value.bullets.forEach((rewritten, index) => {
        const original = bullets[index] as string;
        expect(inventedFacts(rewritten, original, ALLOWED), `${original} → ${rewritten}`).toEqual([]);
        expect(numbers(rewritten).sort(), original).toEqual(numbers(original).sort());
        expect(rewritten.length, original).toBeLessThanOrEqual(original.trim().length + 4);
        const first = /^[A-Za-z]+/u.exec(rewritten)?.[0]?.toLowerCase() ?? '';
        if (allVerbForms().has(first)) leadingVerbs += 1;
      });
      expect(leadingVerbs / bullets.length).toBeGreaterThan(0.85);
    });

    it('write_summary and write_cover_letter use only the profile’s facts and the job’s words', async () => {
      const postings = jobs(source);
      let pairs = 0;
      for (const profile of profiles(source)) {
        for (const job of postings) {
          const input = JSON.stringify(profile.facts) + JSON.stringify(job.facts);
          const variables = { profile: profile.facts, job: job.facts };
          const { value: summary } = await llm.run({ task: 'write_summary', variables });
          const { value: letter } = await llm.run({ task: 'write_cover_letter', variables });
          const letterText = [letter.salutation, ...letter.paragraphs, letter.closing].join('\n');
          expect(inventedFacts(summary.summary, input, ALLOWED), `${profile.name} × ${job.name}`).toEqual([]);
          expect(inventedFacts(letterText, input, ALLOWED), `${profile.name} × ${job.name}`).toEqual([]);
          // Claims about the candidate come from the profile alone: no number from the posting but its title.
          const profileNumbers = new Set(numbers(JSON.stringify(profile.facts) + job.facts.title));
          for (const number of numbers(`${summary.summary}\n${letterText}`))
            expect(profileNumbers, `${profile.name} × ${job.name}: ${number}`).toContain(number);

          const recent = profile.facts.experiences[0];
          if (recent) expect(summary.summary).toContain(recent.company);
          expect(summary.summary.split(/(?<=\.)\s/u).length).toBeLessThanOrEqual(4);
          expect(words(summary.summary)).not.toContain('i');
          expect(letter.paragraphs[0]).toContain(job.facts.title.replace(/\s*\(.*$/u, ''));
          if (job.facts.company) expect(letter.salutation).toContain(job.facts.company);
          expect(letter.closing).not.toContain(profile.facts.fullName);
          expect(letter.paragraphs.length).toBeGreaterThanOrEqual(3);
          pairs += 1;
        }
      }
      expect(pairs).toBeGreaterThanOrEqual(minimum.pairs);
    });
  });
}
