import { describe, expect, it } from 'vitest';
import type { IDocumentRenderer } from '@tailor/domain';
import { DocumentMother } from '../../src/testing/document-mother.js';
import {
  LazyDocumentRenderer,
  lazyDocxRenderer,
  lazyPdfRenderer,
} from '../../src/documents/lazy-document-renderers.js';

const clock = { now: () => new Date('2026-03-10T12:00:00.000Z') };

const textRenderer: IDocumentRenderer = {
  format: 'txt',
  render: async () => ({
    bytes: new TextEncoder().encode('ok'),
    mediaType: 'text/plain',
    extension: 'txt',
    pageCount: null,
  }),
};

describe('LazyDocumentRenderer', () => {
  it('imports its renderer once, on the first render', async () => {
    let loads = 0;
    const renderer = new LazyDocumentRenderer('txt', async () => {
      loads += 1;
      return textRenderer;
    });
    expect(loads).toBe(0);
    await Promise.all([renderer.render(DocumentMother.resume()), renderer.render(DocumentMother.resume())]);
    await renderer.render(DocumentMother.resume());
    expect(loads).toBe(1);
  });

  it('tries the import again after a failed one', async () => {
    let loads = 0;
    const renderer = new LazyDocumentRenderer('txt', async () => {
      loads += 1;
      if (loads === 1) throw new Error('import failed');
      return textRenderer;
    });
    await expect(renderer.render(DocumentMother.resume())).rejects.toThrow('import failed');
    await expect(renderer.render(DocumentMother.resume())).resolves.toBeDefined();
    expect(loads).toBe(2);
  });

  it('renders real PDF and DOCX files through the lazily imported renderers', async () => {
    const pdf = await lazyPdfRenderer(clock).render(DocumentMother.resume());
    const docx = await lazyDocxRenderer(clock).render(DocumentMother.resume());
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(docx.bytes).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
