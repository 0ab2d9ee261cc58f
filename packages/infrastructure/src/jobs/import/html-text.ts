import { cheerio } from './lazy-cheerio.js';
import type { AnyNode } from 'domhandler';

// Elements that start a new line of text; list items also get a bullet so the text parser sees a list.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'li',
  'header',
  'details',
  'summary',
  'caption',
  'tbody',
  'thead',
  'tfoot',
]);
const CELL = new Set(['td', 'th']);
// Never reading matter: code, styling, embedded objects, and the parts of a page around the content.
export const NOT_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'link',
  'meta',
]);
export const PAGE_CHROME_SELECTOR =
  'nav, footer, form, dialog, [role="navigation"], [role="contentinfo"], [role="banner"], [aria-hidden="true"], [hidden], .cookie, #cookie, [class*="cookie-"], [id*="cookie-"]';

/**
 * Turns HTML into text with its structure: one line per block, "• " before each list item, headings on a line
 * of their own followed by a colon-free line break. Iterative walk, so deep nesting costs no stack and the
 * work is linear in the number of nodes.
 */
export function nodesToText(roots: readonly AnyNode[]): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t !== '') out.push(t);
    line = '';
  };
  type Frame = { node: AnyNode; closing: boolean };
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i] as AnyNode, closing: false });
  while (stack.length > 0) {
    const { node, closing } = stack.pop() as Frame;
    if (node.type === 'text') {
      line += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const name = node.type === 'tag' ? (node as unknown as { name: string }).name.toLowerCase() : '';
    if (NOT_CONTENT.has(name)) continue;
    const block = BLOCK.has(name);
    if (closing) {
      if (block) flush();
      else if (CELL.has(name)) line += ' | ';
      continue;
    }
    if (name === 'br') {
      flush();
      continue;
    }
    if (block) flush();
    if (name === 'li') line = '• ';
    stack.push({ node, closing: true });
    const children = (node as unknown as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as AnyNode, closing: false });
  }
  flush();
  return out
    .map((l) => l.replace(/(?:\s*\|\s*)+$/, '').replace(/^•\s*$/, ''))
    .filter((l) => l !== '')
    .join('\n');
}

/** An HTML fragment (a description field) as structured text. Plain text without tags passes through. */
export function htmlToText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return html.trim();
  const $ = cheerio().load(html, {}, false);
  return nodesToText($.root().toArray());
}

/** Decodes HTML entities in a text that may have been escaped once more ("&lt;p&gt;" in board JSON). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return cheerio()
    .load(
      `<t>${text.replace(/</g, '&lt;')}</t>`,
      {},
      false,
    )('t')
    .text();
}
