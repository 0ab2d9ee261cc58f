import { describe, expect, it } from 'vitest';
import { EMAIL, LINK } from '../../../src/llm/local/resume/contact.js';

const links = (text: string) => [...text.matchAll(new RegExp(LINK.source, 'giu'))].map((m) => m[0]);

// The contact patterns run over a whole resume's text. Each is shaped so that a long run of its characters is
// read once, not once per position (see contact.ts): these pin what they still find.
describe('contact patterns', () => {
  it('finds an address from the start of its run of characters', () => {
    expect(EMAIL.exec('Mail: first.last+jobs@mail.example.co.uk, phone …')?.[0]).toBe(
      'first.last+jobs@mail.example.co.uk',
    );
    expect(EMAIL.exec('(jane_doe-1@host.io)')?.[0]).toBe('jane_doe-1@host.io');
    expect(EMAIL.exec(`${'a'.repeat(50_000)} no address here`)).toBeNull();
  });

  it('finds personal links, with a domain label of at most 63 characters', () => {
    expect(links('See github.com/jane and https://www.jane-doe.dev/blog, or my-site.io today')).toEqual([
      'github.com/jane',
      'https://www.jane-doe.dev/blog',
      'my-site.io',
    ]);
    expect(links(`${'a'.repeat(63)}.io`)).toEqual([`${'a'.repeat(63)}.io`]);
    expect(links(`${'a'.repeat(64)}.io`)).toEqual([]);
    expect(links('a-'.repeat(20_000))).toEqual([]);
  });
});
