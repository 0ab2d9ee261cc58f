import { PDFDocument, PDFName, PDFString, rgb, type PDFPage, type RGB } from 'pdf-lib';
import {
  contactUrl,
  documentCharacters,
  DocumentErrors,
  entryHeadline,
  resolveTemplate,
  type IClock,
  type IDocumentRenderer,
  type PageSize,
  type RenderableDocument,
  type RenderedDocument,
  type RenderOptions,
} from '@tailor/domain';
import { deflated, DocumentFont, embedSubsetFont, fontResourceName } from './embed-font.js';
import { cjkFonts, latinFonts, type FontSet, type LoadedFont } from './font-library.js';

const PAGE_SIZES: Record<PageSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
const MARGIN = 50;
const LEADING = 1.35;

interface Theme {
  text: RGB;
  muted: RGB;
  accent: RGB;
  headerBand: RGB | null;
  contactBand: RGB | null;
  nameColour: RGB;
  headlineColour: RGB;
  rules: boolean;
}

const THEMES: Record<'plain' | 'modern', Theme> = {
  plain: {
    text: rgb(0, 0, 0),
    muted: rgb(0.3, 0.3, 0.3),
    accent: rgb(0, 0, 0),
    headerBand: null,
    contactBand: null,
    nameColour: rgb(0, 0, 0),
    headlineColour: rgb(0.2, 0.2, 0.2),
    rules: false,
  },
  modern: {
    text: rgb(0.13, 0.13, 0.16),
    muted: rgb(0.38, 0.4, 0.45),
    accent: rgb(0.05, 0.37, 0.45),
    headerBand: rgb(0.05, 0.37, 0.45),
    contactBand: rgb(0.89, 0.95, 0.96),
    nameColour: rgb(1, 1, 1),
    headlineColour: rgb(0.85, 0.94, 0.96),
    rules: true,
  },
};

interface Span {
  text: string;
  bold?: boolean;
  url?: string;
}

/** One printed paragraph before wrapping: spans of one size and colour, with its spacing rules. */
interface Para {
  spans: Span[];
  size: number;
  colour: RGB;
  indent?: number;
  /** Drawn in the left margin of the first line (bullets). */
  marker?: string;
  spaceBefore?: number;
  /** Lines that must follow on the same page (headings, entry titles). */
  keepWithNext?: number;
  rule?: boolean;
}

interface Piece {
  text: string;
  font: number;
  width: number;
  span: Span;
}

// 0 DejaVu regular, 1 DejaVu bold, 2 Noto regular, 3 Noto bold.
type Fonts = (LoadedFont | null)[];

const BREAKABLE =
  /\s+|[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+/gu;

/** A one-letter word of an alphabetic script (not a CJK character, which is a token of its own). */
const ONE_LETTER_WORD = /^[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]$/u;
const SHORT_ABBREVIATION = /^\p{L}{1,3}\.$/u;

/**
 * Joins a one-letter word to the word after it, so no line ends on it: Polish and Czech typography forbid
 * it ("z", "w", "i"), and it keeps names such as "sp. z o.o." from splitting as "sp. z" / "o.o.".
 */
function keepShortWordsWithNext(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    let current = tokens[i] as string;
    for (;;) {
      const next = tokens[i + 2];
      if (tokens[i + 1] !== ' ' || next === undefined || next.trim() === '') break;
      const last = current.slice(current.lastIndexOf(' ') + 1);
      // "z o.o." stays together, and so does the short abbreviation before it ("sp. z o.o.").
      const joins =
        ONE_LETTER_WORD.test(last) || (SHORT_ABBREVIATION.test(last) && ONE_LETTER_WORD.test(next));
      if (!joins) break;
      current = `${current} ${next}`;
      i += 2;
    }
    out.push(current);
  }
  return out;
}

/**
 * PDF through pdf-lib with embedded, harfbuzz-subset fonts: DejaVu Sans for Latin/Greek/Cyrillic, Noto Sans
 * Hans for CJK, chosen per character run. Text is drawn line by line, top to bottom and left to right, so
 * extraction (and ATS parsers) read it in order. Widths come from per-process caches; no fontkit layout.
 */
export class PdfLibDocumentRenderer implements IDocumentRenderer {
  readonly format = 'pdf' as const;

  constructor(private readonly clock: IClock) {}

  async render(document: RenderableDocument, options: RenderOptions = {}): Promise<RenderedDocument> {
    const template = resolveTemplate(options.templateId);
    const theme = THEMES[template.id];
    const fonts = await this.fontsFor(document);
    const [pageWidth, pageHeight] = PAGE_SIZES[options.pageSize ?? 'A4'];
    const createdAt = options.createdAt ?? this.clock.now();

    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.setTitle(document.title, { showInWindowTitleBar: true });
    pdf.setAuthor(options.author ?? document.header.fullName);
    pdf.setSubject(document.subject ?? (document.kind === 'resume' ? 'Resume' : 'Cover letter'));
    pdf.setKeywords(document.keywords ?? []);
    pdf.setCreator('Tailor');
    pdf.setProducer('Tailor (pdf-lib)');
    pdf.setCreationDate(createdAt);
    pdf.setModificationDate(createdAt);
    if (document.language) pdf.setLanguage(document.language);

    const writer = new PageWriter(pdf, subsetFonts(document, fonts), pageWidth, pageHeight);
    writer.header(document, theme);
    for (const para of bodyParagraphs(document, theme)) writer.paragraph(para, theme);
    writer.finish();

    const bytes = await pdf.save({ useObjectStreams: false });
    return { bytes, mediaType: 'application/pdf', extension: 'pdf', pageCount: pdf.getPageCount() };
  }

  /** Loads the CJK fallback only when DejaVu misses a character; refuses characters no font covers. */
  private async fontsFor(document: RenderableDocument): Promise<Fonts> {
    const latin = await latinFonts();
    const needed = new Set<number>();
    for (const ch of documentCharacters(document)) {
      const cp = ch.codePointAt(0) as number;
      if (cp < 0x20) continue;
      if (!latin.regular.covers(cp) || !latin.bold.covers(cp)) needed.add(cp);
    }
    let cjk: FontSet | null = null;
    if ([...needed].some((cp) => !latin.regular.covers(cp))) cjk = await cjkFonts();
    const missing = [...needed].filter((cp) => !latin.regular.covers(cp) && !cjk?.regular.covers(cp));
    if (missing.length > 0)
      throw DocumentErrors.unrenderableCharacters(missing.map((cp) => String.fromCodePoint(cp)));
    return [latin.regular, latin.bold, cjk?.regular ?? null, cjk?.bold ?? null];
  }
}

/** Which font draws a character: the first that has the glyph, bold falling back to regular. */
function pick(fonts: Fonts, cp: number, bold: boolean): number {
  const order = bold ? [1, 3, 0, 2] : [0, 2];
  for (const index of order) if (fonts[index]?.covers(cp)) return index;
  return 0; // unreachable: fontsFor refused uncovered characters
}

/** Subsets every font up front on what it may draw (each character in both weights, plus the markers). */
function subsetFonts(document: RenderableDocument, fonts: Fonts): (DocumentFont | null)[] {
  const sets = fonts.map(() => new Set<number>());
  for (const ch of documentCharacters(document) + '•| ') {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20) continue;
    sets[pick(fonts, cp, false)]?.add(cp);
    sets[pick(fonts, cp, true)]?.add(cp);
  }
  return fonts.map((font, i) =>
    font && (sets[i] as Set<number>).size ? new DocumentFont(font, sets[i] as Set<number>) : null,
  );
}

function bodyParagraphs(doc: RenderableDocument, theme: Theme): Para[] {
  const out: Para[] = [];
  const letter = doc.letter;
  if (letter?.date)
    out.push({ spans: [{ text: letter.date }], size: 10, colour: theme.muted, spaceBefore: 6 });
  letter?.recipient?.forEach((line, i) =>
    out.push({ spans: [{ text: line }], size: 10, colour: theme.text, spaceBefore: i === 0 ? 10 : 0 }),
  );
  if (letter?.salutation)
    out.push({ spans: [{ text: letter.salutation }], size: 10.5, colour: theme.text, spaceBefore: 12 });
  for (const section of doc.sections) {
    if (section.heading) {
      out.push({
        spans: [{ text: section.heading, bold: true }],
        size: 12,
        colour: theme.accent,
        spaceBefore: 14,
        keepWithNext: 2,
        rule: theme.rules,
      });
    }
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        out.push({ spans: [{ text: block.text }], size: 10.5, colour: theme.text, spaceBefore: 5 });
      } else if (block.type === 'list') {
        out.push({
          spans: [{ text: block.items.join(', ') }],
          size: 10.5,
          colour: theme.text,
          spaceBefore: 4,
        });
      } else {
        out.push({
          spans: [{ text: entryHeadline(block), bold: true }],
          size: 10.5,
          colour: theme.text,
          spaceBefore: 8,
          keepWithNext: block.dates ? 2 : 1,
        });
        // Dates on their own line under the entry's headline, in every template and format (DOCX, TXT and
        // Markdown print them there too): a right-aligned date moved to the next line whenever the headline
        // was long, so one resume mixed two placements, and text extraction read them glued to the title.
        if (block.dates)
          out.push({ spans: [{ text: block.dates }], size: 9.5, colour: theme.muted, keepWithNext: 1 });
        for (const bullet of block.bullets) {
          out.push({
            spans: [{ text: bullet }],
            size: 10,
            colour: theme.text,
            indent: 12,
            marker: '•',
            spaceBefore: 2,
          });
        }
      }
    }
  }
  if (letter?.closing) {
    out.push({ spans: [{ text: letter.closing }], size: 10.5, colour: theme.text, spaceBefore: 16 });
    out.push({ spans: [{ text: doc.header.fullName }], size: 10.5, colour: theme.text, spaceBefore: 24 });
  }
  return out;
}

/** Numbers for content streams: two decimals, no trailing zeros. */
const num = (value: number) => String(Math.round(value * 100) / 100);
const rgbOp = (c: RGB, op: 'rg' | 'RG') => `${num(c.red)} ${num(c.green)} ${num(c.blue)} ${op}`;

class PageWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];
  /* Content streams are written as PDF syntax here and deflated once by node's zlib: pdf-lib's operator
   * objects, number formatting and pure-JS deflate were most of the render time. */
  private readonly contents: string[][] = [];
  private readonly used = [false, false, false, false];
  private readonly contentWidth: number;
  private readonly fonts: Fonts;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly subsets: (DocumentFont | null)[],
    private readonly width: number,
    private readonly height: number,
  ) {
    this.contentWidth = width - 2 * MARGIN;
    this.fonts = subsets.map((s) => s?.font ?? null);
    this.newPage();
  }

  header(doc: RenderableDocument, theme: Theme): void {
    const name = this.wrap([{ text: doc.header.fullName, bold: true }], 22, this.contentWidth);
    const headline = doc.header.headline
      ? this.wrap([{ text: doc.header.headline }], 12, this.contentWidth)
      : [];
    const contactSpans: Span[] = [];
    doc.header.contact.forEach((item, i) => {
      if (i > 0) contactSpans.push({ text: ' | ' });
      const url = contactUrl(item);
      contactSpans.push(url ? { text: item.text, url } : { text: item.text });
    });
    const contact = contactSpans.length ? this.wrap(contactSpans, 9.5, this.contentWidth) : [];

    const nameBlock = name.length * 22 * LEADING + headline.length * 12 * LEADING;
    const contactBlock = contact.length * 9.5 * LEADING;
    if (theme.headerBand) {
      // Two-tone band: the accent colour behind name and headline, a pale tint behind the contact line.
      const top = this.height;
      const bandBottom = top - MARGIN - nameBlock - 6;
      this.rectangle(0, bandBottom, this.width, top - bandBottom, theme.headerBand);
      if (theme.contactBand && contact.length)
        this.rectangle(0, bandBottom - contactBlock - 10, this.width, contactBlock + 10, theme.contactBand);
    }
    for (const line of name) this.drawLine(line, 22, theme.nameColour, MARGIN);
    for (const line of headline) this.drawLine(line, 12, theme.headlineColour, MARGIN);
    if (theme.headerBand) this.y -= 6;
    for (const line of contact) this.drawLine(line, 9.5, theme.headerBand ? theme.text : theme.muted, MARGIN);
    if (!theme.headerBand) {
      this.y -= 4;
      this.rule(this.y, 0.5, theme.muted);
    }
    this.y -= 4;
  }

  paragraph(para: Para, theme: Theme): void {
    const indent = para.indent ?? 0;
    const lines = this.wrap(para.spans, para.size, this.contentWidth - indent);
    const lineHeight = para.size * LEADING;
    const needed =
      (para.spaceBefore ?? 0) +
      lineHeight * (lines.length > 1 ? 2 : 1) +
      (para.keepWithNext ?? 0) * 10.5 * LEADING;
    if (this.y - needed < MARGIN) this.newPage();
    else this.y -= para.spaceBefore ?? 0;

    lines.forEach((line, i) => {
      if (this.y - lineHeight < MARGIN) this.newPage();
      if (i === 0 && para.marker) {
        const markerPieces = this.pieces([{ text: para.marker }], para.size);
        this.drawPieces(markerPieces, para.size, para.colour, MARGIN + indent - 10, this.y - para.size);
      }
      this.drawLine(line, para.size, para.colour, MARGIN + indent);
    });
    if (para.rule) {
      this.y -= 2;
      this.rule(this.y, 0.8, theme.accent);
      this.y -= 2;
    }
  }

  finish(): void {
    this.pages.forEach((page, i) => {
      const stream = deflated(
        this.pdf.context,
        new TextEncoder().encode((this.contents[i] as string[]).join('\n')),
      );
      page.node.set(PDFName.of('Contents'), this.pdf.context.register(stream));
    });
    this.used.forEach((used, index) => {
      const subset = this.subsets[index];
      if (!subset || !used) return;
      const ref = embedSubsetFont(this.pdf, subset);
      for (const page of this.pages) page.node.setFontDictionary(fontResourceName(index), ref);
    });
  }

  private newPage(): void {
    this.page = this.pdf.addPage([this.width, this.height]);
    this.pages.push(this.page);
    this.contents.push([]);
    this.y = this.height - MARGIN;
  }

  private emit(op: string): void {
    (this.contents[this.contents.length - 1] as string[]).push(op);
  }

  private rectangle(x: number, y: number, width: number, height: number, colour: RGB): void {
    this.emit(`q ${rgbOp(colour, 'rg')} ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f Q`);
  }

  private rule(y: number, thickness: number, colour: RGB): void {
    this.emit(
      `q ${rgbOp(colour, 'RG')} ${num(thickness)} w ${MARGIN} ${num(y)} m ${num(this.width - MARGIN)} ${num(y)} l S Q`,
    );
  }

  private drawLine(line: Piece[], size: number, colour: RGB, x: number): void {
    const baseline = this.y - size;
    this.drawPieces(line, size, colour, x, baseline);
    this.y -= size * LEADING;
  }

  private drawPieces(line: Piece[], size: number, colour: RGB, x: number, baseline: number): void {
    const ops = ['BT', rgbOp(colour, 'rg')];
    const links = new Map<Span, [number, number]>();
    let cursor = x;
    for (const piece of line) {
      const subset = this.subsets[piece.font] as DocumentFont;
      this.used[piece.font] = true;
      let hex = '';
      for (const ch of piece.text)
        hex += subset
          .glyphId(ch.codePointAt(0) as number)
          .toString(16)
          .padStart(4, '0');
      ops.push(`/F${piece.font} ${num(size)} Tf 1 0 0 1 ${num(cursor)} ${num(baseline)} Tm <${hex}> Tj`);
      if (piece.span.url && piece.text.trim()) {
        const [from] = links.get(piece.span) ?? [cursor];
        links.set(piece.span, [from, cursor + piece.width]);
      }
      cursor += piece.width;
    }
    ops.push('ET');
    this.emit(ops.join(' '));
    for (const [span, [from, to]] of links)
      this.link(span.url as string, from, baseline - size * 0.25, to, baseline + size * 0.9);
  }

  private link(url: string, x1: number, y1: number, x2: number, y2: number): void {
    const context = this.pdf.context;
    const annotation = context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x1, y1, x2, y2].map((v) => Math.round(v * 100) / 100),
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    });
    this.page.node.addAnnot(context.register(annotation));
  }

  /** Splits spans into single-font pieces: the first font that has the glyph, bold falling back to regular. */
  private pieces(spans: Span[], size: number): Piece[] {
    const out: Piece[] = [];
    for (const span of spans) {
      let current: Piece | null = null;
      for (const ch of span.text) {
        const cp = ch.codePointAt(0) as number;
        const font = pick(this.fonts, cp, span.bold ?? false);
        const width = ((this.fonts[font] as LoadedFont).advance(cp) * size) / 1000;
        if (current && current.font === font) {
          current.text += ch;
          current.width += width;
        } else {
          current = { text: ch, font, width, span };
          out.push(current);
        }
      }
    }
    return out;
  }

  private measure(text: string, bold: boolean, size: number): number {
    return this.pieces([{ text, bold }], size).reduce((sum, p) => sum + p.width, 0);
  }

  /** Greedy wrapping at spaces and between CJK characters; an over-long word is cut by characters. */
  private wrap(spans: Span[], size: number, maxWidth: number): Piece[][] {
    const lines: Piece[][] = [];
    let line: Piece[] = [];
    let lineWidth = 0;
    const flush = () => {
      while (line.length && !(line[line.length - 1] as Piece).text.trim())
        lineWidth -= (line.pop() as Piece).width;
      if (line.length) lines.push(line);
      line = [];
      lineWidth = 0;
    };
    for (const span of spans) {
      for (const token of keepShortWordsWithNext(span.text.match(BREAKABLE) ?? [])) {
        const isSpace = !token.trim();
        if (isSpace && line.length === 0) continue;
        const pieces = this.pieces([{ ...span, text: token }], size).map((p) => ({ ...p, span }));
        const width = pieces.reduce((sum, p) => sum + p.width, 0);
        if (!isSpace && lineWidth + width > maxWidth && line.length) flush();
        if (!isSpace && width > maxWidth) {
          for (const ch of token) {
            const [piece] = this.pieces([{ ...span, text: ch }], size).map((p) => ({ ...p, span }));
            if (lineWidth + (piece as Piece).width > maxWidth && line.length) flush();
            line.push(piece as Piece);
            lineWidth += (piece as Piece).width;
          }
          continue;
        }
        line.push(...pieces);
        lineWidth += width;
      }
    }
    flush();
    return lines;
  }
}
