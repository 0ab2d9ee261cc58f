import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfContentBudget, PDF_LIMITS } from '../../src/text/pdf-budget.js';

/** A one-page PDF whose page draws content stream 4 `times` times (/Contents [4 0 R 4 0 R …]). */
function pdfDrawingOneStream(contentBytes: number, times: number): Buffer {
  const line = 'BT /F1 12 Tf 72 720 Td (Jane Roe, Senior Engineer) Tj ET\n';
  const content = deflateSync(Buffer.from(line.repeat(Math.ceil(contentBytes / line.length))));
  const contents = times === 1 ? '4 0 R' : `[${Array.from({ length: times }, () => '4 0 R').join(' ')}]`;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} /Resources << /Font << /F1 5 0 R >> >> >>`,
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  objects.forEach((body, index) =>
    chunks.push(Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')),
  );
  chunks.push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n%%EOF\n`));
  return Buffer.concat(chunks);
}

describe('the PDF content budget', () => {
  it('counts a content stream as many times as a page draws it', () => {
    // 4 MB drawn 20 times: 80 MB for pdf.js to lex (it held ~900 MB and ran out of time), 4 MB unpacked once.
    const repeated = pdfDrawingOneStream(4 * 1024 * 1024, 20);
    expect(() => checkPdfContentBudget(repeated)).toThrow(
      expect.objectContaining({
        code: 'IMPORT.TOO_COMPLEX',
        details: { maxDrawnBytes: PDF_LIMITS.maxDrawnBytes },
      }),
    );
  });

  it('lets through a page that draws its streams once, and a stream drawn a few times', () => {
    expect(() => checkPdfContentBudget(pdfDrawingOneStream(4 * 1024 * 1024, 1))).not.toThrow();
    expect(() => checkPdfContentBudget(pdfDrawingOneStream(100 * 1024, 20))).not.toThrow();
  });

  it('reads /Contents written any way in linear time', () => {
    // A file of nothing but unclosed /Contents arrays: each is read up to its first non-reference.
    const hostile = Buffer.from(`%PDF-1.4\n${'/Contents [1 0 R '.repeat(300_000)}`);
    const started = process.hrtime.bigint();
    checkPdfContentBudget(hostile);
    // Seconds if the arrays were re-read from each key; tens of milliseconds in fact.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(3_000);
  });
});

describe('the budget the README states', () => {
  it('draws at most 16 MB of page content', () => {
    expect(PDF_LIMITS.maxDrawnBytes).toBe(16 * 1024 * 1024);
  });
});
