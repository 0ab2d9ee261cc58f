import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { readingOrder, type RenderableDocument } from '@tailor/domain';
import { DocumentMother } from '../../../src/testing/document-mother.js';
import { PdfLibDocumentRenderer } from '../../../src/documents/pdf/pdf-lib-document-renderer.js';

const createdAt = new Date('2025-01-02T03:04:05Z');
const renderer = new PdfLibDocumentRenderer({ now: () => createdAt });

const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// In CI poppler is installed and these must run; locally they are skipped only when it is missing.
const withPoppler = hasPoppler || process.env.CI === 'true' ? it : it.skip;

const work = mkdtempSync(join(tmpdir(), 'tailor-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// pdf.js decides where to put spaces and line breaks from glyph positions: compare the order of every
// printed character, ignoring whitespace.
const squash = (text: string) => text.replace(/\s+/gu, '');

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** Dark pixels (grey < 128) of page `page` rendered at 50 dpi, in the rows [fromRow, toRow). */
function darkPixels(pdfPath: string, page = 1, fromRow = 0, toRow = Infinity): number {
  const prefix = join(work, `px-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    prefix,
  ]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/u);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  let dark = 0;
  for (let row = fromRow; row < Math.min(toRow, height); row++)
    for (let col = 0; col < width; col++) if ((pixels[row * width + col] as number) < 128) dark++;
  return dark;
}

describe('PdfLibDocumentRenderer', () => {
  for (const templateId of ['plain', 'modern'] as const) {
    for (const pageSize of ['A4', 'Letter'] as const) {
      it(`renders a two-page resume in reading order (${templateId}, ${pageSize})`, async () => {
        const doc = DocumentMother.resume();
        const out = await renderer.render(doc, { templateId, pageSize });
        expect(out.mediaType).toBe('application/pdf');
        expect(out.extension).toBe('pdf');
        expect(out.pageCount).toBe(2);
        const loaded = await PDFDocument.load(out.bytes);
        expect(loaded.getPageCount()).toBe(2);
        const { width, height } = loaded.getPage(0).getSize();
        expect([Math.round(width), Math.round(height)]).toEqual(pageSize === 'A4' ? [595, 842] : [612, 792]);
        expect(squash(await textOf(out.bytes))).toBe(squash(readingOrder(doc).join('\n')));
      });

      it(`renders a cover letter in reading order (${templateId}, ${pageSize})`, async () => {
        const doc = DocumentMother.coverLetter();
        const out = await renderer.render(doc, { templateId, pageSize });
        expect(out.pageCount).toBe(1);
        const text = await textOf(out.bytes);
        expect(squash(text)).toBe(squash(readingOrder(doc).join('\n')));
        expect(text).toContain('Çağrı Şahin');
        expect(text).toContain('Jiří Dvořák');
      });
    }
  }

  it('prints Polish, Greek, Cyrillic, Turkish, Czech and Chinese names', async () => {
    const doc = DocumentMother.cjkResume();
    const text = await textOf((await renderer.render(doc)).bytes);
    expect(squash(text)).toBe(squash(readingOrder(doc).join('\n')));
    for (const name of ['Łukasz', 'Ελένη Παπαδοπούλου', 'Иван Петров', '李雷', 'Çağrı Şahin', 'Jiří Dvořák'])
      expect(squash(text)).toContain(squash(name)); // a name may wrap across lines
  });

  withPoppler('draws visible CJK glyphs (not the blank boxes of a bad subset)', async () => {
    const cjkOnly: RenderableDocument = {
      kind: 'resume',
      title: '李雷',
      header: { fullName: '李雷', contact: [] },
      sections: [{ heading: '', blocks: [{ type: 'paragraph', text: '中文简历测试构建了一个系统' }] }],
    };
    const path = save('cjk-only.pdf', (await renderer.render(cjkOnly)).bytes);
    // Every printed character is CJK, so any ink on the page comes from the Noto glyphs.
    expect(darkPixels(path, 1, 0, 120)).toBeGreaterThan(150);
    const fonts = execFileSync('pdffonts', [path]).toString();
    expect(fonts).toMatch(/NotoSansHans-Regular\s+CID Type 0C \(OT\)\s+Identity-H\s+yes yes yes/u);
    expect(fonts).toMatch(/NotoSansHans-Bold/u);
  });

  withPoppler('draws visible Latin glyphs and embeds DejaVu subsets only', async () => {
    const path = save('resume.pdf', (await renderer.render(DocumentMother.resume())).bytes);
    expect(darkPixels(path, 1, 0, 80)).toBeGreaterThan(300);
    expect(darkPixels(path, 2)).toBeGreaterThan(300);
    const fonts = execFileSync('pdffonts', [path]).toString();
    expect(fonts).toMatch(/[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/u);
    expect(fonts).toMatch(/[A-Z]{6}\+DejaVuSans-Bold\s/u);
    expect(fonts).not.toMatch(/Noto|Helvetica/u);
  });

  it('refuses characters no font covers, listing them', async () => {
    const doc = DocumentMother.resume({
      header: { fullName: 'Test \uE000 Name \u{F0000}', contact: [] },
    });
    await expect(renderer.render(doc)).rejects.toMatchObject({
      code: 'DOCUMENT.UNRENDERABLE_CHARACTERS',
      details: { codePoints: ['U+E000', 'U+F0000'] },
    });
  });

  it('turns contacts into link annotations with the right URIs', async () => {
    const loaded = await PDFDocument.load((await renderer.render(DocumentMother.resume())).bytes);
    const annots = loaded.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    const uris = annots.asArray().map((ref) => {
      const annot = loaded.context.lookup(ref, PDFDict);
      expect(annot.get(PDFName.of('Subtype'))).toBe(PDFName.of('Link'));
      const action = annot.lookup(PDFName.of('A'), PDFDict);
      return action.lookup(PDFName.of('URI'), PDFString).decodeText();
    });
    expect(uris).toEqual(['mailto:lukasz@example.com', 'https://github.com/lzolc']);
    const secondPage = loaded.getPage(1).node.lookup(PDFName.of('Annots'));
    expect(secondPage === undefined || (secondPage instanceof PDFArray && secondPage.size() === 0)).toBe(
      true,
    );
  });

  it('writes the metadata and is deterministic for the same input', async () => {
    const doc = DocumentMother.resume();
    const first = await renderer.render(doc, { author: 'Łukasz Żółć' });
    const loaded = await PDFDocument.load(first.bytes, { updateMetadata: false });
    expect(loaded.getTitle()).toBe('Łukasz Żółć — Resume');
    expect(loaded.getAuthor()).toBe('Łukasz Żółć');
    expect(loaded.getSubject()).toBe('Resume for Staff Engineer at Example');
    expect(loaded.getKeywords()).toBe('TypeScript PostgreSQL');
    expect(loaded.getCreator()).toBe('Tailor');
    expect(loaded.getProducer()).toBe('Tailor (pdf-lib)');
    expect(loaded.getCreationDate()?.toISOString()).toBe(createdAt.toISOString());
    const second = await renderer.render(doc, { author: 'Łukasz Żółć' });
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('refuses an unknown template', async () => {
    await expect(
      renderer.render(DocumentMother.resume(), { templateId: 'fancy' as never }),
    ).rejects.toMatchObject({ code: 'DOCUMENT.UNKNOWN_TEMPLATE' });
  });
});
