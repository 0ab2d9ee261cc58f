import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignKeywordSpelling } from '../../../src/llm/local/keyword-spelling.js';

// The rule as it was: every keyword's pattern, compiled and run on the text in turn. The table and the
// candidate search must not change a single answer.
function eachPattern(text: string, keywords: readonly string[]): string {
  let result = text;
  for (const keyword of keywords) {
    if (keyword.length < 2 || !/[A-Za-z]/u.test(keyword)) continue;
    if (!/^.+[A-Z]|[.+#\d]/u.test(keyword)) continue;
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    result = result.replace(new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, 'giu'), (found) =>
      found === found.toLowerCase() ? keyword : found,
    );
  }
  return result;
}

const codePoints = (test: (c: string) => boolean): number[] => {
  const out: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (test(String.fromCodePoint(c))) out.push(c);
  }
  return out;
};

describe('alignKeywordSpelling', () => {
  it('rests on ASCII matching only ASCII, and ſ and K besides s and k', () => {
    expect(codePoints((c) => /[a-z]/iu.test(c) && !/^[A-Za-z]$/u.test(c))).toEqual([0x17f, 0x212a]);
    // eslint-disable-next-line no-control-regex -- every ASCII character that is not a letter
    expect(codePoints((c) => /[\u0000-\u0040\u005B-\u0060\u007B-\u007F]/iu.test(c) && c > '\u007F')).toEqual(
      [],
    );
  });

  it("spells brands and acronyms the job's way", () => {
    expect(
      alignKeywordSpelling('ran postgresql and aws, node.js and c#', ['PostgreSQL', 'AWS', 'Node.js', 'C#']),
    ).toBe('ran PostgreSQL and AWS, Node.js and C#');
    expect(alignKeywordSpelling('react native apps', ['React', 'React Native'])).toBe(
      eachPattern('react native apps', ['React', 'React Native']),
    );
  });

  it('answers what each pattern in turn answers', () => {
    const piece = fc.constantFrom(
      'node',
      'Node',
      'js',
      'JS',
      '.',
      ' ',
      'ſql',
      'SQL',
      'sql',
      'K8s',
      'k8s',
      'é',
      'É',
      '#',
      'c',
      'C',
      '1',
      '_',
      'ω',
    );
    const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    const keyword = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(keyword, { maxLength: 8 }), (t, keywords) => {
        expect(alignKeywordSpelling(t, keywords)).toBe(eachPattern(t, keywords));
      }),
      { numRuns: 2000 },
    );
  });

  // 17,000 phrases of a posting's own against 1,500 bullets: a pattern per phrase and bullet took minutes.
  it('aligns the bullets of a full profile against thousands of phrases', () => {
    const name = (n: number) => `Qa${n.toString(36)} Zb${n.toString(36)}`;
    const keywords = Array.from({ length: 17_000 }, (_, n) => name(n));
    const bullets = Array.from({ length: 1_500 }, (_, b) =>
      Array.from({ length: 60 }, (_, w) => name((b * 61 + w) % 17_000).toLowerCase()).join(', '),
    );
    const aligned = bullets.map((bullet) => alignKeywordSpelling(bullet, keywords));
    expect(aligned[1]).toBe(Array.from({ length: 60 }, (_, w) => name((61 + w) % 17_000)).join(', '));
  });
});
