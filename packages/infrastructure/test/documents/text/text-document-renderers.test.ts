import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readingOrder, type RenderableDocument } from '@tailor/domain';
import { DocumentMother } from '../../../src/testing/document-mother.js';
import { DocxDocumentRenderer } from '../../../src/documents/docx/docx-document-renderer.js';
import {
  JsonDocumentRenderer,
  MarkdownDocumentRenderer,
  PlainTextDocumentRenderer,
} from '../../../src/documents/text/text-document-renderers.js';

const small: RenderableDocument = {
  kind: 'resume',
  title: 'CV',
  header: {
    fullName: 'Çağrı Şahin',
    headline: 'Backend *engineer*',
    contact: [
      { kind: 'email', text: 'cagri@example.com' },
      { kind: 'location', text: 'İstanbul' },
    ],
  },
  sections: [
    {
      heading: 'Experience',
      blocks: [
        {
          type: 'entry',
          title: 'Engineer',
          organisation: 'Acme',
          dates: '2020 – 2024',
          bullets: ['Built [things]', 'Shipped'],
        },
      ],
    },
    { heading: 'Skills', blocks: [{ type: 'list', items: ['Go', 'SQL'] }] },
  ],
};
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('text renderers', () => {
  it('renders plain text, unwrapped, one line per paragraph', async () => {
    const out = await new PlainTextDocumentRenderer().render(small);
    expect(out).toMatchObject({ mediaType: 'text/plain; charset=utf-8', extension: 'txt', pageCount: null });
    expect(decode(out.bytes)).toBe(
      [
        'Çağrı Şahin',
        'Backend *engineer*',
        'cagri@example.com | İstanbul',
        '',
        'Experience',
        '----------',
        '',
        'Engineer · Acme',
        '2020 – 2024',
        '- Built [things]',
        '- Shipped',
        '',
        'Skills',
        '------',
        '',
        'Go, SQL',
        '',
      ].join('\n'),
    );
  });

  it('renders Markdown with escaped text and contact links', async () => {
    const out = await new MarkdownDocumentRenderer().render(small);
    expect(out).toMatchObject({ mediaType: 'text/markdown; charset=utf-8', extension: 'md' });
    expect(decode(out.bytes)).toBe(
      [
        '# Çağrı Şahin',
        '',
        'Backend \\*engineer\\*',
        '',
        '[cagri@example.com](<mailto:cagri@example.com>) | İstanbul',
        '',
        '## Experience',
        '',
        '### Engineer · Acme',
        '',
        '*2020 – 2024*',
        '',
        '- Built \\[things\\]',
        '- Shipped',
        '',
        '## Skills',
        '',
        'Go, SQL',
        '',
      ].join('\n'),
    );
  });

  it('renders a cover letter as text with recipient, salutation and closing', async () => {
    const text = decode((await new PlainTextDocumentRenderer().render(DocumentMother.coverLetter())).bytes);
    expect(
      text.startsWith('Jiří Dvořák\njiri@example.cz | jiri.example.cz\n\n2 January 2025\n\nÇağrı Şahin\n'),
    ).toBe(true);
    expect(text.endsWith('\nKind regards,\nJiří Dvořák\n')).toBe(true);
  });

  it('renders JSON as the document itself, pretty-printed', async () => {
    const out = await new JsonDocumentRenderer().render(small);
    expect(out.mediaType).toBe('application/json');
    expect(decode(out.bytes)).toBe(JSON.stringify(small, null, 2) + '\n');
    expect(JSON.parse(decode(out.bytes))).toEqual(small);
  });
});

describe('DocxDocumentRenderer', () => {
  const renderer = new DocxDocumentRenderer({ now: () => new Date('2025-01-02T00:00:00Z') });

  for (const [name, doc] of [
    ['resume', DocumentMother.resume()],
    ['cover letter', DocumentMother.coverLetter()],
    ['CJK resume', DocumentMother.cjkResume()],
  ] as const) {
    it(`writes a ${name} whose text reads back in order`, async () => {
      const out = await renderer.render(doc, { templateId: 'modern', pageSize: 'Letter' });
      expect(out.extension).toBe('docx');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(out.bytes) });
      let from = 0;
      for (const line of readingOrder(doc)) {
        const expected = line.replace(/^• /u, ''); // list items are real numbering, not a printed bullet
        const at = value.indexOf(expected, from);
        expect(at, `"${expected}" after offset ${from}`).toBeGreaterThanOrEqual(0);
        from = at + expected.length;
      }
    });
  }

  it('uses real list items, headings and hyperlinks', async () => {
    const out = await renderer.render(DocumentMother.resume());
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(out.bytes) });
    expect(html).toContain('<h1><strong>Experience</strong></h1><h2><strong>Senior Software Engineer 0');
    expect(html).toMatch(/<ul><li>Led the migration of 3 services/u);
    expect(html).toContain('href="mailto:lukasz@example.com"');
    expect(html).toContain('href="https://github.com/lzolc"');
  });
});
