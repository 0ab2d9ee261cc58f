import { afterAll, describe, expect, it } from 'vitest';
import { PdfLibDocumentRenderer } from '../../src/documents/pdf/pdf-lib-document-renderer.js';
import { DocumentMother } from '../../src/testing/document-mother.js';
import { DocumentWorkerPool, PooledDocumentRenderer } from '../../src/text/document-worker-pool.js';

const clock = { now: () => new Date('2026-03-10T12:00:00.000Z') };
const pool = new DocumentWorkerPool({ worker: 'render' });
afterAll(() => pool.close());

// PDF and DOCX render in worker threads, so a document at the content limits (seconds of pdf-lib) does not
// hold the request's event loop. What comes back must be what rendering in place gives.
describe('PooledDocumentRenderer', () => {
  it('renders in a worker the same PDF, byte for byte, as rendering in place', async () => {
    const document = DocumentMother.resume();
    const pooled = await new PooledDocumentRenderer('pdf', pool, clock).render(document);
    const inPlace = await new PdfLibDocumentRenderer(clock).render(document);
    expect(pooled.pageCount).toBe(inPlace.pageCount);
    expect(Buffer.from(pooled.bytes).equals(Buffer.from(inPlace.bytes))).toBe(true);
  });

  it('renders DOCX in a worker', async () => {
    const docx = await new PooledDocumentRenderer('docx', pool, clock).render(DocumentMother.resume());
    expect(Buffer.from(docx.bytes).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('answers a renderer refusal with its own error', async () => {
    const render = new PooledDocumentRenderer('pdf', pool, clock).render(DocumentMother.resume(), {
      templateId: 'no-such-template' as never,
    });
    await expect(render).rejects.toMatchObject({ code: 'DOCUMENT.UNKNOWN_TEMPLATE' });
  });

  it('refuses a render still running at the deadline as content too large to render', async () => {
    // A worker's first PDF alone (fonts parsed) takes far longer than 20 ms.
    const hurried = new DocumentWorkerPool({ worker: 'render', timeoutMs: 20 });
    try {
      const error: unknown = await new PooledDocumentRenderer('pdf', hurried, clock)
        .render(DocumentMother.resume())
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'DOCUMENT.VALIDATION' });
      expect((error as Error).message).toBe('The content is too large or too complex to render.');
    } finally {
      await hurried.close();
    }
  });
});
