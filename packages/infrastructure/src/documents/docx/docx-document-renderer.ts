import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import {
  contactUrl,
  entryHeadline,
  exportFormat,
  resolveTemplate,
  type IClock,
  type IDocumentRenderer,
  type PageSize,
  type RenderableDocument,
  type RenderedDocument,
  type RenderOptions,
} from '@tailor/domain';

// Page sizes and margins in twentieths of a point.
const PAGE: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const ACCENT = '0E5E73';
const FONT = 'Calibri';

/**
 * DOCX through `docx` 9: headings are real Heading 1/2 paragraphs, bullets real list items, contacts real
 * hyperlinks, one column in reading order. Word substitutes fonts itself, so there is no coverage check here.
 */
export class DocxDocumentRenderer implements IDocumentRenderer {
  readonly format = 'docx' as const;

  constructor(private readonly clock: IClock) {}

  async render(doc: RenderableDocument, options: RenderOptions = {}): Promise<RenderedDocument> {
    const modern = resolveTemplate(options.templateId).id === 'modern';
    const colour = modern ? ACCENT : '000000';
    const children: Paragraph[] = [];

    children.push(
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [
          new TextRun({ text: doc.header.fullName, bold: true, size: 40, color: colour, font: FONT }),
        ],
      }),
    );
    if (doc.header.headline)
      children.push(
        new Paragraph({ children: [new TextRun({ text: doc.header.headline, size: 24, font: FONT })] }),
      );
    if (doc.header.contact.length) {
      const runs: ParagraphChild[] = [];
      doc.header.contact.forEach((item, i) => {
        if (i > 0) runs.push(new TextRun({ text: ' | ', size: 19, font: FONT }));
        const url = contactUrl(item);
        const run = new TextRun({
          text: item.text,
          size: 19,
          font: FONT,
          ...(url ? { style: 'Hyperlink' } : {}),
        });
        runs.push(url ? new ExternalHyperlink({ link: url, children: [run] }) : run);
      });
      children.push(new Paragraph({ children: runs, spacing: { after: 200 } }));
    }
    const plain = (text: string, extra: { spacingBefore?: number } = {}) =>
      new Paragraph({
        children: [new TextRun({ text, size: 21, font: FONT })],
        spacing: { before: extra.spacingBefore ?? 80 },
      });
    if (doc.letter?.date) children.push(plain(doc.letter.date));
    for (const line of doc.letter?.recipient ?? []) children.push(plain(line, { spacingBefore: 0 }));
    if (doc.letter?.salutation) children.push(plain(doc.letter.salutation, { spacingBefore: 240 }));

    for (const section of doc.sections) {
      if (section.heading)
        children.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            spacing: { before: 240, after: 80 },
            children: [
              new TextRun({ text: section.heading, bold: true, size: 24, color: colour, font: FONT }),
            ],
            ...(modern
              ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 1 } } }
              : {}),
          }),
        );
      for (const block of section.blocks) {
        if (block.type === 'paragraph') children.push(plain(block.text));
        else if (block.type === 'list') children.push(plain(block.items.join(', ')));
        else {
          children.push(
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              spacing: { before: 160 },
              children: [
                new TextRun({
                  text: entryHeadline(block),
                  bold: true,
                  size: 21,
                  color: '000000',
                  font: FONT,
                }),
              ],
            }),
          );
          if (block.dates)
            children.push(
              new Paragraph({
                children: [new TextRun({ text: block.dates, size: 19, color: '555555', font: FONT })],
              }),
            );
          for (const bullet of block.bullets)
            children.push(
              new Paragraph({
                numbering: { reference: 'bullets', level: 0 },
                children: [new TextRun({ text: bullet, size: 20, font: FONT })],
              }),
            );
        }
      }
    }
    if (doc.letter?.closing) {
      children.push(plain(doc.letter.closing, { spacingBefore: 240 }));
      children.push(plain(doc.header.fullName, { spacingBefore: 480 }));
    }

    const document = new Document({
      creator: 'Tailor',
      title: doc.title,
      subject: doc.subject ?? (doc.kind === 'resume' ? 'Resume' : 'Cover letter'),
      keywords: (doc.keywords ?? []).join(', '),
      description: options.author ?? doc.header.fullName,
      lastModifiedBy: 'Tailor',
      numbering: {
        config: [
          {
            reference: 'bullets',
            levels: [
              {
                level: 0,
                format: LevelFormat.BULLET,
                text: '•',
                alignment: AlignmentType.LEFT,
                style: { paragraph: { indent: { left: 360, hanging: 260 } } },
              },
            ],
          },
        ],
      },
      sections: [
        {
          properties: {
            page: {
              size: PAGE[options.pageSize ?? 'A4'],
              margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
            },
          },
          children,
        },
      ],
    });
    // docx stamps core.xml with the wall clock; the injected clock is kept for parity with the PDF adapter.
    void this.clock;
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const { mediaType, extension } = exportFormat('docx');
    return { bytes, mediaType, extension, pageCount: null };
  }
}
