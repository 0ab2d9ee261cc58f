import type { IDocumentRenderer, RenderableDocument, RenderOptions } from '@tailor/domain';
import { isDomainError } from '@tailor/domain';
import type { DocumentJobResult } from '../text/document-worker.js';
import { DocxDocumentRenderer } from './docx/docx-document-renderer.js';
import { PdfLibDocumentRenderer } from './pdf/pdf-lib-document-renderer.js';

/** A document to render as PDF or DOCX in a render worker. */
export interface RenderJob {
  format: 'pdf' | 'docx';
  document: RenderableDocument;
  options: RenderOptions;
  /** The main thread's clock at the request: the renderers' "now". */
  now: Date;
}

// A worker runs one job at a time: the renderers read the time of the job in hand. Each worker parses the
// fonts once, on its first PDF.
const jobClock = { at: new Date(0), now: () => jobClock.at };
const renderers: Record<RenderJob['format'], IDocumentRenderer> = {
  pdf: new PdfLibDocumentRenderer(jobClock),
  docx: new DocxDocumentRenderer(jobClock),
};

/** The render worker's entry (piscina calls the default export once per job). */
export default async function runRenderJob(job: RenderJob): Promise<DocumentJobResult> {
  jobClock.at = job.now;
  try {
    return { ok: true, value: await renderers[job.format].render(job.document, job.options) };
  } catch (error) {
    if (isDomainError(error))
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    throw error;
  }
}
