import type {
  DocumentFormat,
  IClock,
  IDocumentRenderer,
  RenderableDocument,
  RenderedDocument,
  RenderOptions,
} from '@tailor/domain';

/**
 * A renderer whose implementation is imported on its first render. pdf-lib with fontkit and docx weigh tens of
 * megabytes of heap; a server that never renders a PDF or DOCX should not carry them.
 */
export class LazyDocumentRenderer implements IDocumentRenderer {
  private loaded: Promise<IDocumentRenderer> | undefined;

  constructor(
    readonly format: DocumentFormat,
    private readonly load: () => Promise<IDocumentRenderer>,
  ) {}

  async render(document: RenderableDocument, options?: RenderOptions): Promise<RenderedDocument> {
    this.loaded ??= this.load().catch((error: unknown) => {
      // A failed import is retried on the next render rather than remembered for the process's life.
      this.loaded = undefined;
      throw error;
    });
    return (await this.loaded).render(document, options);
  }
}

/** The PDF renderer (pdf-lib, fontkit, harfbuzz), imported on the first PDF render. */
export function lazyPdfRenderer(clock: IClock): IDocumentRenderer {
  return new LazyDocumentRenderer('pdf', async () => {
    const { PdfLibDocumentRenderer } = await import('./pdf/pdf-lib-document-renderer.js');
    return new PdfLibDocumentRenderer(clock);
  });
}

/** The DOCX renderer (docx), imported on the first DOCX render. */
export function lazyDocxRenderer(clock: IClock): IDocumentRenderer {
  return new LazyDocumentRenderer('docx', async () => {
    const { DocxDocumentRenderer } = await import('./docx/docx-document-renderer.js');
    return new DocxDocumentRenderer(clock);
  });
}
