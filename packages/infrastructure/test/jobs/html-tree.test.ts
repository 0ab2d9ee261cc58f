import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorsOf, hasTrimmedText } from '../../src/jobs/import/html-tree.js';
import { cheerio } from '../../src/jobs/import/lazy-cheerio.js';

// Random pages from pieces that matter here: headings at any depth, white space of every kind (what trim()
// removes) around and between text, comments (not text), empty elements.
const text = fc.constantFrom('x', 'word', '  two words ', ' ', '\n\t', '\u00a0', '\u2003end', '');
const page: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constant('<!-- a comment with text -->'),
    fc.constant('<br>'),
    fc
      .tuple(
        fc.constantFrom('div', 'main', 'article', 'header', 'h1', 'span', 'p', 'section'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('page tree helpers agree with cheerio on every element', () => {
  it('ancestorsOf(h1s) holds exactly the elements with an h1 inside', () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 5 }), (parts) => {
        const $ = cheerio().load(`<body>${parts.join('')}</body>`);
        const holding = ancestorsOf($('h1').toArray());
        for (const el of $('*').toArray()) expect(holding.has(el)).toBe($(el).find('h1').length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('hasTrimmedText(el, min) is $(el).text().trim().length >= min', () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 5 }), fc.integer({ min: 1, max: 30 }), (parts, min) => {
        const $ = cheerio().load(`<body>${parts.join('')}</body>`);
        for (const el of $('*').toArray())
          expect(hasTrimmedText(el, min)).toBe($(el).text().trim().length >= min);
      }),
      { numRuns: 500 },
    );
  });
});
