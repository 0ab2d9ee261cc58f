import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../src/jobs/extract-job-keywords.js';
import { parseJobPosting } from '../src/jobs/parse-job-posting.js';

const MB = 1024 * 1024;
const fill = (unit: string, bytes = 5 * MB) => unit.repeat(Math.ceil(bytes / unit.length));

// Shapes that made the old parser quadratic (long whitespace runs, many short lines, lines that all continue
// the previous one) beside ordinary text, each 5 MB.
const SHAPES: Record<string, string> = {
  'one whitespace run': `Engineer\na${' '.repeat(5 * MB)}b`,
  'many short lines': fill('a\n'),
  'continuation lines': `Engineer\n${fill('x \t x y z and\n')}`,
  'one long line': fill('We need Python and SQL, salary 5 000 PLN per month. '),
  bullets: fill('- Experience with Kubernetes and Docker\n'),
  'no spaces': fill('x'),
  digits: fill('1'),
  'currency noise': fill('$1,€2 000 - '),
  'capitalised words': fill('Abc Def '),
};

describe('posting parser and keyword extraction are linear', () => {
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`reads a 5 MB posting (${shape}) in under 2 s`, () => {
      const started = performance.now();
      extractJobKeywords(parseJobPosting(text));
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }
});
