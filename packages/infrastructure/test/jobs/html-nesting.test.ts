import { describe, expect, it } from 'vitest';
import { CheerioPostingPageReader } from '../../src/jobs/import/cheerio-posting-page-reader.js';
import { MAX_HTML_NESTING, nestsDeeperThan } from '../../src/jobs/import/html-nesting.js';

const posting =
  '<h1>Backend Engineer</h1><p>We are hiring a backend engineer to build our payments platform in Go and PostgreSQL.</p>';

describe('nestsDeeperThan', () => {
  it('counts elements that need an end tag, up at their end tag', () => {
    expect(nestsDeeperThan('<div><div><span>x</span></div></div>', 3)).toBe(false);
    expect(nestsDeeperThan('<div><div><span>x</span></div></div>', 2)).toBe(true);
    expect(nestsDeeperThan('<section></section>'.repeat(10_000), 1)).toBe(false);
  });

  it('does not count empty elements or those the parser closes itself', () => {
    const sloppy = `<ul>${'<li>item <br><img src="x.png"><p>more'.repeat(5_000)}</ul>`;
    expect(nestsDeeperThan(sloppy, 2)).toBe(false);
    expect(nestsDeeperThan('<svg><path/><path/><path/></svg>', 1)).toBe(false);
  });

  it('holds the limit browsers hold', () => {
    expect(MAX_HTML_NESTING).toBe(512);
    expect(nestsDeeperThan('<div>'.repeat(512))).toBe(false);
    expect(nestsDeeperThan('<div>'.repeat(513))).toBe(true);
  });
});

describe('reading a pasted page nested deeper than browsers go', () => {
  const reader = new CheerioPostingPageReader();

  it('finds no posting in it, without parsing it', () => {
    const html = `<html><body>${posting}${'<div>'.repeat(80_000)}x</body></html>`;
    expect(reader.read({ content: html, format: 'html', url: null })).toBeNull();
  });

  it('still reads a page with hundreds of unclosed list items and paragraphs', () => {
    const html = `<html><body>${posting}<ul>${'<li><p>Benefit'.repeat(600)}</ul></body></html>`;
    expect(reader.read({ content: html, format: 'html', url: null })?.posting.title).toBe('Backend Engineer');
  });
});
