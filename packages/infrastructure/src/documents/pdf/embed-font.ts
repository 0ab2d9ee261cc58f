import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFHexString, PDFName, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { LoadedFont } from './font-library.js';

/**
 * A font cut down to one document's characters, before layout, so text can be written with final glyph ids.
 * TrueType subsets keep the original glyph ids (composite glyphs would shift them otherwise); CFF subsets
 * (the 8 MB CJK font, where kept ids would leave a 400 KB shell) are renumbered and read back with fontkit.
 */
export class DocumentFont {
  private readonly glyphIds = new Map<number, number>();

  constructor(
    readonly font: LoadedFont,
    codePoints: ReadonlySet<number>,
  ) {
    this.codePoints = [...codePoints].sort((a, b) => a - b);
    this.bytes = font.harfbuzz.subset(this.codePoints, !font.isCff);
    const subset = font.isCff ? fontkit.create(this.bytes) : null;
    for (const cp of this.codePoints) {
      const gid = subset
        ? subset.hasGlyphForCodePoint(cp)
          ? subset.glyphForCodePoint(cp).id
          : 0
        : font.glyphId(cp);
      this.glyphIds.set(cp, gid);
    }
  }

  readonly codePoints: number[];
  readonly bytes: Uint8Array;

  glyphId(codePoint: number): number {
    return this.glyphIds.get(codePoint) ?? 0;
  }
}

/** A Flate stream compressed by node's zlib: pdf-lib's pure-JS deflate was most of the render time. */
export function deflated(context: PDFContext, bytes: Uint8Array, dict: Record<string, unknown> = {}) {
  return context.stream(deflateSync(bytes), { ...dict, Filter: 'FlateDecode' } as never);
}

/**
 * Embeds a harfbuzz subset as a Type0/Identity-H composite font. Text shows glyph ids as CIDs
 * (CIDToGIDMap Identity for TrueType; CFF subsets keep CID = GID), widths come from the cached advances,
 * and a ToUnicode map keeps the text extractable and searchable.
 *
 * We write the dictionaries ourselves because pdf-lib's embedder either subsets with fontkit (Noto CFF
 * subsets then render as blank glyphs) or, unsubset, labels a CFF OpenType font as TrueType (FontFile2),
 * which poppler flags as a mismatch. CFF here goes in as FontFile3 /OpenType under CIDFontType0 (PDF 1.6).
 */
export function embedSubsetFont(doc: PDFDocument, subset: DocumentFont): PDFRef {
  const context = doc.context;
  const font = subset.font;
  const used = subset.codePoints;
  const byGlyph = new Map<number, number>();
  for (const cp of used) {
    const gid = subset.glyphId(cp);
    if (gid !== 0 && !byGlyph.has(gid)) byGlyph.set(gid, cp);
  }
  const fontBytes = subset.bytes;
  // Subset tag derived from the content, not random: the same document gives the same bytes.
  const tag = subsetTag(font.name, used);
  const m = font.metrics;
  const baseFont = `${tag}+${m.postscriptName}`;

  const fontFile = context.flateStream(
    fontBytes,
    font.isCff ? { Subtype: 'OpenType' } : { Length1: fontBytes.length },
  );
  const fontFileRef = context.register(fontFile);

  const descriptor = context.obj({
    Type: 'FontDescriptor',
    FontName: baseFont,
    Flags: 4,
    FontBBox: m.bbox,
    ItalicAngle: m.italicAngle,
    Ascent: m.ascent,
    Descent: m.descent,
    CapHeight: m.capHeight,
    StemV: 80,
    [font.isCff ? 'FontFile3' : 'FontFile2']: fontFileRef,
  });
  const descriptorRef = context.register(descriptor);

  const glyphs = [...byGlyph.keys()].sort((a, b) => a - b);
  const widths: (number | number[])[] = [];
  for (const gid of glyphs) widths.push(gid, [font.advance(byGlyph.get(gid) as number)]);

  const cidFont = context.obj({
    Type: 'Font',
    Subtype: font.isCff ? 'CIDFontType0' : 'CIDFontType2',
    BaseFont: baseFont,
    CIDSystemInfo: {
      Registry: PDFHexString.fromText('Adobe'),
      Ordering: PDFHexString.fromText('Identity'),
      Supplement: 0,
    },
    FontDescriptor: descriptorRef,
    W: widths,
    ...(font.isCff ? {} : { CIDToGIDMap: 'Identity' }),
  });
  const cidFontRef = context.register(cidFont);

  const toUnicodeRef = context.register(deflated(context, toUnicodeCmap(glyphs, byGlyph)));
  const type0 = context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: baseFont,
    Encoding: 'Identity-H',
    DescendantFonts: [cidFontRef],
    ToUnicode: toUnicodeRef,
  });
  return context.register(type0);
}

function subsetTag(name: string, codePoints: readonly number[]): string {
  const digest = createHash('sha256').update(name).update(Uint32Array.from(codePoints)).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + ((digest[i] as number) % 26));
  return tag;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(codePoint: number): string {
  const s = String.fromCodePoint(codePoint);
  let out = '';
  for (let i = 0; i < s.length; i++) out += hex4(s.charCodeAt(i));
  return out;
}

function toUnicodeCmap(glyphs: readonly number[], byGlyph: ReadonlyMap<number, number>): Uint8Array {
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < glyphs.length; i += 100) {
    const chunk = glyphs.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const gid of chunk) lines.push(`<${hex4(gid)}> <${utf16Hex(byGlyph.get(gid) as number)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return new TextEncoder().encode(lines.join('\n'));
}

export const fontResourceName = (index: number) => PDFName.of(`F${index}`);
