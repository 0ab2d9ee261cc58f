import {
  contactUrl,
  entryHeadline,
  exportFormat,
  resolveTemplate,
  type DocumentFormat,
  type IDocumentRenderer,
  type RenderableDocument,
  type RenderedDocument,
  type RenderOptions,
} from '@tailor/domain';

const encode = (format: DocumentFormat, text: string): RenderedDocument => {
  const { mediaType, extension } = exportFormat(format);
  return { bytes: new TextEncoder().encode(text), mediaType, extension, pageCount: null };
};

/**
 * Plain text, UTF-8, one line per paragraph and bullet — deliberately not wrapped: pasted into an
 * application form or read by a parser, hard line breaks inside sentences do more harm than long lines.
 * Headings are underlined with dashes; bullets are "- ".
 */
export class PlainTextDocumentRenderer implements IDocumentRenderer {
  readonly format = 'txt' as const;

  async render(doc: RenderableDocument, options: RenderOptions = {}): Promise<RenderedDocument> {
    resolveTemplate(options.templateId);
    const out: string[] = [doc.header.fullName];
    if (doc.header.headline) out.push(doc.header.headline);
    if (doc.header.contact.length) out.push(doc.header.contact.map((c) => c.text).join(' | '));
    const letter = doc.letter;
    if (letter?.date) out.push('', letter.date);
    if (letter?.recipient?.length) out.push('', ...letter.recipient);
    if (letter?.salutation) out.push('', letter.salutation);
    for (const section of doc.sections) {
      if (section.heading) out.push('', section.heading, '-'.repeat([...section.heading].length));
      for (const block of section.blocks) {
        if (block.type === 'paragraph') out.push('', block.text);
        else if (block.type === 'list') out.push('', block.items.join(', '));
        else {
          out.push('', entryHeadline(block));
          if (block.dates) out.push(block.dates);
          for (const bullet of block.bullets) out.push(`- ${bullet}`);
        }
      }
    }
    if (letter?.closing) out.push('', letter.closing, doc.header.fullName);
    return encode('txt', out.join('\n') + '\n');
  }
}

/** CommonMark-safe escaping of printed text (not of URLs). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/gu, '\\$&').replace(/^([#>+-]|\d+\.)/u, '\\$1');
}

/** Markdown: `#` name, `##` sections, `###` entries, `-` bullets, contacts as links. */
export class MarkdownDocumentRenderer implements IDocumentRenderer {
  readonly format = 'md' as const;

  async render(doc: RenderableDocument, options: RenderOptions = {}): Promise<RenderedDocument> {
    resolveTemplate(options.templateId);
    const out: string[] = [`# ${escapeMarkdown(doc.header.fullName)}`];
    if (doc.header.headline) out.push('', escapeMarkdown(doc.header.headline));
    if (doc.header.contact.length) {
      const items = doc.header.contact.map((c) => {
        const url = contactUrl(c);
        return url ? `[${escapeMarkdown(c.text)}](<${url}>)` : escapeMarkdown(c.text);
      });
      out.push('', items.join(' | '));
    }
    const letter = doc.letter;
    if (letter?.date) out.push('', escapeMarkdown(letter.date));
    // Two trailing spaces: a hard line break inside the address block.
    if (letter?.recipient?.length) out.push('', letter.recipient.map(escapeMarkdown).join('  \n'));
    if (letter?.salutation) out.push('', escapeMarkdown(letter.salutation));
    for (const section of doc.sections) {
      if (section.heading) out.push('', `## ${escapeMarkdown(section.heading)}`);
      for (const block of section.blocks) {
        if (block.type === 'paragraph') out.push('', escapeMarkdown(block.text));
        else if (block.type === 'list') out.push('', block.items.map(escapeMarkdown).join(', '));
        else {
          out.push('', `### ${escapeMarkdown(entryHeadline(block))}`);
          if (block.dates) out.push('', `*${escapeMarkdown(block.dates)}*`);
          if (block.bullets.length) out.push('', ...block.bullets.map((b) => `- ${escapeMarkdown(b)}`));
        }
      }
    }
    if (letter?.closing)
      out.push('', escapeMarkdown(letter.closing), '', escapeMarkdown(doc.header.fullName));
    return encode('md', out.join('\n') + '\n');
  }
}

/** The RenderableDocument itself, pretty-printed (two spaces), for clients that lay it out themselves. */
export class JsonDocumentRenderer implements IDocumentRenderer {
  readonly format = 'json' as const;

  async render(doc: RenderableDocument, options: RenderOptions = {}): Promise<RenderedDocument> {
    resolveTemplate(options.templateId);
    return encode('json', JSON.stringify(doc, null, 2) + '\n');
  }
}
