import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripTrailingMarks } from '../src/jobs/parse-job-posting.js';

// What heading lines lost at their end before: same answers, read once from the end.
const PATTERN = /\s*[:：\-–—]+\s*$/;
const MARKS = ':：-–—';

describe('stripTrailingMarks', () => {
  it.each([
    ['Requirements:', 'Requirements'],
    ['Requirements :  ', 'Requirements'],
    ['About us —', 'About us'],
    ['x - : ', 'x -'],
    ['Plain heading', 'Plain heading'],
    ['   ', '   '],
    [':::', ''],
  ])('%j → %j', (line, expected) => {
    expect(stripTrailingMarks(line, MARKS)).toBe(expected);
    expect(line.replace(PATTERN, '')).toBe(expected);
  });

  it('answers as the pattern does on any line made of marks, spaces and letters', () => {
    const line = fc
      .array(fc.constantFrom(':', '：', '-', '–', '—', ' ', '\t', '\u00a0', 'a', 'Z'), { maxLength: 16 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(line, (text) => stripTrailingMarks(text, MARKS) === text.replace(PATTERN, '')),
      { numRuns: 5_000 },
    );
  });

  it('keeps a long run of marks that does not end the line', () => {
    const line = `${':'.repeat(200_000)}x`;
    expect(stripTrailingMarks(line, MARKS)).toBe(line);
  });
});
