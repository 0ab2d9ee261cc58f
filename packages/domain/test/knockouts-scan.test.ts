import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, readFixture } from '../../../tests/support/fixtures.js';
import {
  KNOCKOUT_RULES,
  findKnockouts,
  isRegExpSpace,
  rulesReadLowerCasedAlike,
  type Knockout,
} from '../src/tailoring/knockouts.js';

// The knock-out scan finds candidate positions with an AlternationScanner built from the rules' alternatives
// and confirms each with a pattern of the alternatives that can begin there. This is the plain scan it replaced — one global pass of the combined pattern — and the two must report
// the same knock-outs, byte for byte, on any text.
const PLAIN = new RegExp(KNOCKOUT_RULES.map(([, re]) => `(?:${re.source})`).join('|'), 'g');

function plainScan(original: string): { start: number; rule: number; knockout: Knockout }[] {
  const out: { start: number; rule: number; knockout: Knockout }[] = [];
  const text = original.toLowerCase();
  PLAIN.lastIndex = 0;
  for (let m = PLAIN.exec(text); m !== null; m = PLAIN.exec(text)) {
    const { start, length, text: sentence } = sentenceOf(original, m.index);
    PLAIN.lastIndex = Math.max(PLAIN.lastIndex, start + length);
    if (sentence === '') continue;
    KNOCKOUT_RULES.forEach(([kind, re], rule) => {
      if (!re.test(sentence)) return;
      const shown = sentence.length > 300 ? sentence.slice(0, 299) + '…' : sentence;
      out.push({ start, rule, knockout: { kind, text: shown } });
    });
  }
  return out;
}

// The sentence rule of knockouts.ts, restated so that this reference does not lean on the code under test.
// A full stop after an abbreviation ("min.", "kat.") or an initialism's last letter ("U.S.") ends none.
const ABBREVIATED =
  /(?:^|[^\p{L}])(?:min|mín|max|máx|kat|np|ok|ca|approx|incl|inkl|bzw|ggf|nr|ds|vs)$|\p{L}\.\p{L}$/iu;

function sentenceOf(text: string, at: number) {
  const boundary = (i: number) =>
    /[\n!?;]/.test(text[i] ?? '') ||
    (text[i] === '.' && !ABBREVIATED.test(text.slice(Math.max(0, i - 10), i)));
  const space = (i: number) => /\s/.test(text[i] ?? '');
  let start = at;
  while (start > 0 && !(text[start - 1] === '\n' || (boundary(start - 1) && space(start)))) start--;
  let end = at;
  while (end < text.length && text[end] !== '\n') {
    end++;
    if (boundary(end - 1) && (end >= text.length || space(end))) break;
  }
  const raw = text.slice(start, end);
  return {
    start,
    length: end - start,
    text: raw.replace(/^\s*(?:[-*•·▪●◦–]|\d+[.)])\s*/u, '').trim(),
  };
}

function plainFind(texts: readonly string[]): Knockout[] {
  const found: { t: number; start: number; rule: number; knockout: Knockout }[] = [];
  const seen = new Set<string>();
  texts.forEach((text, t) => {
    for (const k of plainScan(text)) {
      const id = `${k.knockout.kind}\u0000${k.knockout.text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      found.push({ t, ...k });
    }
  });
  return found.sort((a, b) => a.t - b.t || a.start - b.start || a.rule - b.rule).map((f) => f.knockout);
}

// Pieces that trigger (or nearly trigger) every kind, in several languages, plus word glue and punctuation.
const PIECES = [
  '5+ years',
  'three years of experience',
  '2 Jahre Erfahrung',
  'mindestens 3 jahren',
  'Informatikstudium',
  'Studium',
  'bachelor’s degree',
  'B.Sc.',
  'Ph.D.',
  'bac + 2',
  'licence',
  'Führerschein',
  'prawo jazdy',
  'permis B',
  'security clearance',
  'DBS check',
  'fluent English',
  'Deutschkenntnisse',
  'niveau C1',
  'B2 German',
  'right to work',
  'Arbeitserlaubnis',
  'night shifts',
  'Wochenenddienst',
  'week-ends',
  'en 3x8',
  'turnos',
  'care',
  'team',
  'and',
  'the',
  'weekend',
  'x',
];
// Every kind of whitespace a RegExp `\s` knows ends a sentence after a stop, not only the space.
const GLUE = [
  ' ',
  ' ',
  ', ',
  '. ',
  '.\n',
  '\n',
  '; ',
  '! ',
  '- ',
  '',
  '/',
  '.\u00a0',
  '?\t',
  ';\u2003',
  '.\u3000',
  '!\r',
];

// Literal runs of the rules' own sources ("fluent", "deutsch", "bac", " de "…): texts made of them reach deep
// into the alternatives, where made-up words rarely would.
const FRAGMENTS = [
  ...new Set(
    KNOCKOUT_RULES.flatMap(([, re]) => re.source.split(/\\[a-zA-Z]|[()[\]{}?*+|^$\\]|\[[^\]]*\]/)).filter(
      (piece) => piece.length >= 2,
    ),
  ),
];
const CASES = [
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
];
const SPICE = [
  '3',
  '12',
  '+',
  '-',
  '–',
  '.',
  "'",
  '’',
  '•',
  '€',
  'İ',
  'K',
  '\u212a',
  'é',
  'Ü',
  'Ł',
  'ß',
  '\u00a0',
  '\n',
  '_',
];

describe('knock-out scan', () => {
  it('reports what the plain scan reports on every fixture posting', () => {
    for (const file of fixtureFiles('jobs', '.txt')) {
      const text = readFixture(`jobs/${file}`);
      const lines = text.split('\n');
      expect(findKnockouts([text, ...lines]), file).toEqual(plainFind([text, ...lines]));
    }
  });

  /** One to three texts from `text`, `runs` times: the scan reports exactly what the plain scan reports. */
  const agreesWithPlainScan = (text: fc.Arbitrary<string>, runs: number) =>
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        expect(findKnockouts(texts)).toEqual(plainFind(texts));
      }),
      { numRuns: runs },
    );

  it('reports what the plain scan reports on any mix of trigger words and punctuation', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 30 })
      .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));
    agreesWithPlainScan(text, 400);
  });

  it('reports what the plain scan reports on texts made of pieces of the rules themselves', () => {
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...CASES)).map(([text, cased]) => cased(text)),
      fc.constantFrom(...SPICE),
    );
    const text = fc
      .array(fc.tuple(piece, fc.constantFrom(...GLUE)), { maxLength: 40 })
      .map((parts) => parts.map(([p, glue]) => p + glue).join(''));
    agreesWithPlainScan(text, 1500);
  });

  it('tests a rule on a sentence only where lower-casing it keeps every rule match', () => {
    // The scan skips rules that cannot begin anywhere in a lower-cased sentence. That is sound only for
    // characters the case-insensitive rules read as they read their lower-case form: one code unit, the same
    // class, and equal to the same rule characters.
    const ruleChars = [...new Set(KNOCKOUT_RULES.flatMap(([, re]) => [...re.source.replace(/\\./g, '')]))];
    const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (!rulesReadLowerCasedAlike(char)) continue;
      const lower = char.toLowerCase();
      const alike =
        lower.length === 1 &&
        [/\w/, /\s/, /\d/, /./].every((re) => re.test(char) === re.test(lower)) &&
        new RegExp(escape(lower), 'i').test(char) &&
        ruleChars.every((c) => new RegExp(escape(c), 'i').test(char) === (lower === c));
      if (!alike) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(rulesReadLowerCasedAlike('Fluent English, B2')).toBe(true);
    expect(rulesReadLowerCasedAlike('Bachelor’s degree – required • 3 years')).toBe(true);
    expect(rulesReadLowerCasedAlike('İstanbul')).toBe(false);
    expect(rulesReadLowerCasedAlike('Zürich, Kelvin')).toBe(true);
    expect(rulesReadLowerCasedAlike('\u212a')).toBe(false); // the Kelvin sign lower-cases to an ASCII k
  });

  it('reads whitespace as a RegExp \\s does, for every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1)
      if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    expect(disagreements).toEqual([]);
    expect(isRegExpSpace(Number.NaN)).toBe(false);
  });
});

describe('knock-out rules on long texts', () => {
  // A look-ahead that may read to the end of the text is tried at every candidate position, so a long text
  // full of candidates and without what the look-ahead seeks costs its length squared: an unbounded
  // `(?=[^.]*…)` made a 100,000-character description of "5 years " take seconds. Every look-ahead must be
  // bounded; a structural check, since the bench, not unit tests, is where timings live.
  const lookaheads = (source: string): string[] => {
    const found: string[] = [];
    for (let at = source.indexOf('(?='); at !== -1; at = source.indexOf('(?=', at + 1)) {
      let depth = 0;
      let end = at;
      for (; end < source.length; end++) {
        if (source[end] === '\\') end++;
        else if (source[end] === '(') depth++;
        else if (source[end] === ')' && --depth === 0) break;
      }
      found.push(source.slice(at, end + 1));
    }
    return found;
  };

  it('has look-aheads, and no quantifier in them is unbounded', () => {
    const all = KNOCKOUT_RULES.flatMap(([, re]) => lookaheads(re.source));
    expect(all.length).toBeGreaterThan(0);
    for (const lookahead of all) expect(lookahead).not.toMatch(/(?<!\\)[*+]|\{\d+,\}/u);
  });

  it('reads the requirement of experience up to 300 characters after the years', () => {
    const far = `5 years ${'x'.repeat(280)} of experience.`;
    expect(findKnockouts([far]).map((k) => k.kind)).toContain('experience_years');
  });
});
