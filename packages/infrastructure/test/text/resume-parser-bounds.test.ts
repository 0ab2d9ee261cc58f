import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';
import { FILES_DIR } from '../fixtures/resumes/generate.js';

const MB = 1024 * 1024;

const repeatTo = (piece: string, size: number): string =>
  piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

function timed(text: string): number {
  const started = performance.now();
  parseResumeText(text);
  return performance.now() - started;
}

/**
 * The parser must be linear: the inputs that were quadratic before (long whitespace runs, thousands of
 * short lines, an endless section of bullets or dates) take about ten times as long for ten times the
 * text (a quadratic parser takes a hundred times). 5 MB parse in well under 2 s on an idle 2-core machine;
 * the absolute figure is printed, the ratio asserted, so a busy CI box does not fail it.
 */
describe('resume parser on hostile text', () => {
  const realResume = readFileSync(join(FILES_DIR, 'oliver-bennett.odd-bullets.txt'), 'utf8');
  const cases: Array<[string, (size: number) => string]> = [
    [
      'whitespace runs between words',
      (size) => `Jane Roe\nExperience\n${repeatTo(`x${' \t'.repeat(20_000)}y 2019 -\n`, size)}`,
    ],
    ['short lines', (size) => `Jane Roe\nExperience\n${repeatTo('ab\n', size)}`],
    [
      'bullets without end',
      (size) => `Jane Roe\nExperience\nEngineer, Acme 2019 - 2021\n${repeatTo('• did a thing\n', size)}`,
    ],
    [
      'dates on every line',
      (size) => `Jane Roe\nExperience\n${repeatTo('Engineer, Acme   Mar 2019 – Present\n', size)}`,
    ],
    [
      'education lines',
      (size) => `Jane Roe\nEducation\n${repeatTo('BSc Physics, University of Somewhere, 2014\n', size)}`,
    ],
    ['a real resume repeated', (size) => repeatTo(`${realResume}\n`, size)],
    // Every line cut after a preposition, so each would join the next (a joined line stops growing).
    ['lines ending in "of"', (size) => `Jane Roe\nExperience\n${repeatTo('the head of\n', size)}`],
    // One line whose end is a run of closing brackets with no opening one (each could be kept).
    ['a run of closing brackets', (size) => `Jane Roe\nEducation\nBSc Physics${')'.repeat(size)}, 2014\n`],
    [
      'labelled skill lines',
      (size) =>
        `Jane Roe\nSkills & Interests\n${repeatTo('Languages: English (native), Python\nInterests: chess,\n', size)}`,
    ],
    [
      'timed dates over place-like lines',
      (size) =>
        `Jane Roe\nExperience\n${repeatTo(`Engineer\nJan 2020 – Present (2 years)\n${'A'.repeat(70)}, B C D E1\n`, size)}`,
    ],
  ];
  it.each(cases)(
    '%s: linear up to 5 MB',
    (label, make) => {
      const small = timed(make(MB / 2));
      const large = timed(make(5 * MB));
      console.warn(`${label}: 0.5 MB in ${small.toFixed(0)} ms, 5 MB in ${large.toFixed(0)} ms`);
      expect(large / Math.max(small, 20)).toBeLessThan(25);
    },
    120_000,
  );
});
