import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlternationScanner } from '../src/tailoring/alternation-scanner.js';

// Alternatives that stress what the scanner's tables assume: `\b` before word and non-word characters, first
// characters that are classes, digits, optional or repeated, one-character and very short alternatives, non-ASCII
// letters (which `\b` without the `u` flag reads as non-word), order between overlapping alternatives, and
// alternatives that may begin with any character.
const ALTERNATIVES = [
  ['\\bcap\\b', '\\bca', 'cape', '\\b\\.net\\b', '\\bü\\w+'],
  ['\\d{1,2}\\s*\\+?\\s*years?', '5 stars', 'x\\d', '[abc][12]\\b', '(?:mr|ms)\\.?\\s[a-z]+'],
  ['über', 'ä', '\\bz', '(?:a|b)?c{2,3}d', 'q(?=u)', '(?!qa)q\\w'],
  ['\\S*ing\\b', 'ab', 'a'],
  ['é+t[eé]', '\\u00e7a', '\\x41b', '[^\\sa-z]z'],
] as const;

const PIECES = [
  'cap',
  'cape',
  'capes',
  '.net',
  'a.net',
  'über',
  'üben',
  'ä',
  'z',
  'zz',
  '5 stars',
  '15 years',
  '3+ year',
  '7\u00a0\u2003years',
  'x9',
  'a1',
  'b2c',
  'mr. smith',
  'ms jones',
  'ccd',
  'accd',
  'bcccd',
  'qu',
  'qa',
  'qb',
  'string',
  'ing',
  'ab',
  'été',
  'çaç',
  'Ab',
  '9z',
  '_',
  'K',
  'İ',
];
const GLUE = ['', ' ', '\n', '.', ',', '-', 'x', '0', 'é', '\u00a0'];

/** Every match of the whole alternation, left to right, as a global search finds them. */
function plainMatches(alternatives: readonly string[], text: string): [number, number][] {
  const re = new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'g');
  const out: [number, number][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

function scannedMatches(scanner: AlternationScanner, text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; scanner.next(text, from); from = Math.max(scanner.end, scanner.start + 1))
    out.push([scanner.start, scanner.end]);
  return out;
}

const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 25 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

describe('alternation scanner', () => {
  const groups = ALTERNATIVES.map((group) => [...group]);
  const all = groups.flat();
  const scanner = new AlternationScanner(groups);

  it('finds the matches a global search of the alternation finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scannedMatches(scanner, t)).toEqual(plainMatches(all, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads \\b at the start of the text and after non-ASCII letters as the RegExp does', () => {
    for (const t of ['cap', 'capx', 'xcap', 'écap', 'cap.net', 'über', 'süber', 'zü', 'éz', '.net', 'x.net'])
      expect(scannedMatches(scanner, t), t).toEqual(plainMatches(all, t));
  });

  it('finds alternatives whose first character is a digit, a class or optional', () => {
    expect(scannedMatches(scanner, '7 stars')).toEqual(plainMatches(all, '7 stars'));
    expect(scannedMatches(scanner, '42 years')).toEqual([[0, 8]]);
    expect(scannedMatches(scanner, 'b2')).toEqual([[0, 2]]);
    expect(scannedMatches(scanner, 'ccd bcccd')).toEqual([
      [0, 3],
      [4, 9],
    ]);
  });

  it('leaves a digit alone that only folds like the digit an alternative begins with', () => {
    // The tables spell every digit as 0; the pattern tried must still be the alternative's own.
    const fiveStars = new AlternationScanner([['5 stars']]);
    expect(scannedMatches(fiveStars, '7 stars, 5 stars')).toEqual([[9, 16]]);
  });

  it('starts at any offset, as a search from lastIndex would', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const from = t.length === 0 ? 0 : n % (t.length + 1);
        const re = new RegExp(all.map((a) => `(?:${a})`).join('|'), 'g');
        re.lastIndex = from;
        const m = re.exec(t);
        const found = scanner.next(t, from);
        expect(found ? [scanner.start, scanner.end] : null).toEqual(m && [m.index, m.index + m[0].length]);
      }),
      { numRuns: 1000 },
    );
  });

  it('names every group with a match somewhere in a text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bits = scanner.groupsBeginningIn(t);
        groups.forEach((group, g) => {
          if (plainMatches(group, t).length > 0) expect((bits >>> g) & 1, `${g} in ${t}`).toBe(1);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
