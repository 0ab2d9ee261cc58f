import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { HarfbuzzFace } from './harfbuzz-subsetter.js';

/**
 * A font parsed once per process: fontkit answers coverage and advance widths (cached per code point),
 * harfbuzz keeps the font for per-document subsets. Nothing here runs fontkit layout, which is what made
 * pdf-lib's own text drawing slow (~0.9 ms per call).
 */
export class LoadedFont {
  private readonly widths = new Map<number, number>();
  private readonly glyphIds = new Map<number, number>();
  /** Outline format: CFF fonts go into the PDF as FontFile3/OpenType, TrueType ones as FontFile2. */
  readonly isCff: boolean;

  private constructor(
    readonly name: string,
    private readonly font: Font,
    readonly harfbuzz: HarfbuzzFace,
  ) {
    this.isCff = Boolean((font as unknown as { 'CFF '?: unknown })['CFF ']);
  }

  static async load(name: string, path: string): Promise<LoadedFont> {
    const bytes = new Uint8Array(await readFile(path));
    return new LoadedFont(name, fontkit.create(bytes), await HarfbuzzFace.load(bytes));
  }

  covers(codePoint: number): boolean {
    return this.glyphId(codePoint) !== 0;
  }

  /** Glyph id for a code point, 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    let id = this.glyphIds.get(codePoint);
    if (id === undefined) {
      id = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint).id : 0;
      this.glyphIds.set(codePoint, id);
    }
    return id;
  }

  /** Advance width in thousandths of an em (PDF glyph space). */
  advance(codePoint: number): number {
    let width = this.widths.get(codePoint);
    if (width === undefined) {
      width = Math.round((this.font.glyphForCodePoint(codePoint).advanceWidth * 1000) / this.font.unitsPerEm);
      this.widths.set(codePoint, width);
    }
    return width;
  }

  widthOf(text: string, size: number): number {
    let total = 0;
    for (const ch of text) total += this.advance(ch.codePointAt(0) as number);
    return (total * size) / 1000;
  }

  get metrics() {
    const scale = 1000 / this.font.unitsPerEm;
    const bbox = this.font.bbox;
    return {
      ascent: Math.round(this.font.ascent * scale),
      descent: Math.round(this.font.descent * scale),
      capHeight: Math.round((this.font.capHeight || this.font.ascent) * scale),
      italicAngle: this.font.italicAngle,
      bbox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)),
      postscriptName: (this.font.postscriptName ?? this.name).replace(/[^A-Za-z0-9-]/gu, ''),
    };
  }
}

export interface FontSet {
  regular: LoadedFont;
  bold: LoadedFont;
}

const require = createRequire(import.meta.url);
const dejavuDir = () => join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
// @embedpdf/fonts-sc exports only its index; the .otf files sit beside dist/.
const notoDir = () => join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');

let latin: Promise<FontSet> | undefined;
let cjk: Promise<FontSet> | undefined;

/** DejaVu Sans and Sans Bold: Latin (incl. Polish, Czech, Turkish), Greek, Cyrillic. Loaded once. */
export function latinFonts(): Promise<FontSet> {
  latin ??= (async () => ({
    regular: await LoadedFont.load('DejaVuSans', join(dejavuDir(), 'DejaVuSans.ttf')),
    bold: await LoadedFont.load('DejaVuSans-Bold', join(dejavuDir(), 'DejaVuSans-Bold.ttf')),
  }))();
  return latin;
}

/** Noto Sans Hans (CJK, ~8 MB each): loaded on the first document that needs it, then kept. */
export function cjkFonts(): Promise<FontSet> {
  cjk ??= (async () => ({
    regular: await LoadedFont.load('NotoSansHans-Regular', join(notoDir(), 'NotoSansHans-Regular.otf')),
    bold: await LoadedFont.load('NotoSansHans-Bold', join(notoDir(), 'NotoSansHans-Bold.otf')),
  }))();
  return cjk;
}
