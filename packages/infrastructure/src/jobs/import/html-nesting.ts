/**
 * Browsers stop nesting elements at 512 levels (Chromium's HTML parser does); no page a person saves goes
 * deeper. Past that, parsing costs the square of the depth: the HTML parser looks through the open elements
 * on every start tag (parse5 spent 97 s on 400 KB of unclosed `<div>`s), and cheerio's searches recurse
 * until the stack overflows.
 */
export const MAX_HTML_NESTING = 512;

// Elements without content, and elements whose end tag may be left out (the parser closes them itself): neither
// deepens the page however many are written.
const NEVER_NEST = new Set(
  [
    'area base br col embed hr img input link meta param source track wbr keygen',
    'p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rb rt rtc rp html head body',
  ]
    .join(' ')
    .split(' '),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;

/**
 * Whether a page's elements nest deeper than `limit`, counted from its tags in one pass before it is parsed:
 * every start tag of an element that needs an end tag goes one level down, every end tag one level up.
 */
export function nestsDeeperThan(html: string, limit = MAX_HTML_NESTING): boolean {
  let depth = 0;
  for (const tag of html.matchAll(TAG)) {
    const name = tag[2]!.toLowerCase();
    if (NEVER_NEST.has(name) || tag[0].endsWith('/>')) continue;
    if (tag[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
  }
  return false;
}
