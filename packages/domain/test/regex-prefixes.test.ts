import { describe, expect, it } from 'vitest';
import { DIGITS, SPACES, matchPrefixes } from '../src/tailoring/regex-prefixes.js';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('the texts a pattern’s matches begin with', () => {
  it('spells out literals, groups and alternations up to the length asked', () => {
    expect(sorted(matchPrefixes('ab|cd(?:e|f)', 3))).toEqual(['ab', 'cde', 'cdf']);
    expect(sorted(matchPrefixes('licen[cs](?:e|ed)', 6))).toEqual(['licenc', 'licens']);
  });

  it('reads optional and repeated parts as every count they allow', () => {
    expect(sorted(matchPrefixes('ab?c', 3))).toEqual(['abc', 'ac']);
    expect(sorted(matchPrefixes('a{2,}', 3))).toEqual(['aa', 'aaa']); // a match may end after two
    expect(sorted(matchPrefixes('x*y', 2))).toEqual(['xx', 'xy', 'y']);
  });

  it('lets assertions and lookarounds through, constraining nothing', () => {
    expect(sorted(matchPrefixes('\\bab(?=c)\\B', 3))).toEqual(['ab']);
    expect(sorted(matchPrefixes('(?!x)ab', 2))).toEqual(['ab']);
    expect(sorted(matchPrefixes('(?<=x)ab', 2))).toEqual(['ab']);
  });

  it('stops at a class too large to list: any character may follow', () => {
    expect(sorted(matchPrefixes('a\\S+b', 3))).toEqual(['a']);
    expect(sorted(matchPrefixes('[^.]x', 2))).toEqual(['']);
    expect(sorted(matchPrefixes('.', 1))).toEqual(['']);
  });

  it('lists small classes and escapes, folded when asked', () => {
    expect(sorted(matchPrefixes('[a-c]\\.', 2))).toEqual(['a.', 'b.', 'c.']);
    expect(sorted(matchPrefixes('\\x41\\u00e9\\/', 3))).toEqual(['Aé/']);
    expect(matchPrefixes('\\d\\s', 2).size).toBe(10 * SPACES.length);
    const fold = (code: number) => (code >= 48 && code <= 57 ? 48 : code);
    expect(sorted(matchPrefixes('\\d{1,2}y', 3, { fold }))).toEqual(['00y', '0y']);
  });

  it('lists exactly what \\s and \\d match', () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => code);
    expect([...SPACES].sort((a, b) => a - b)).toEqual(all.filter((c) => /\s/.test(String.fromCharCode(c))));
    expect([...DIGITS]).toEqual(all.filter((c) => /\d/.test(String.fromCharCode(c))));
  });

  it('shortens the texts to stay within the limit', () => {
    expect(matchPrefixes('[a-z]{3}', 3, { limit: 1000 }).size).toBe(26 * 26);
    expect(sorted(matchPrefixes('[a-z]{3}', 3, { limit: 10 }))).toEqual(['']);
  });

  it('rejects sources it cannot read', () => {
    expect(() => matchPrefixes('(ab', 2)).toThrow(SyntaxError);
    expect(() => matchPrefixes('ab)', 2)).toThrow(SyntaxError);
  });
});
