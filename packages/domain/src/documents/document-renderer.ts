import type { RenderableDocument } from './renderable-document.js';

export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'json';
export type PageSize = 'A4' | 'Letter';
export type TemplateId = 'plain' | 'modern';

export interface RenderOptions {
  /** Defaults to 'plain'. Formats without styling (txt, md, json) ignore it. */
  templateId?: TemplateId;
  /** Defaults to 'A4'. Only paged formats (pdf, docx) use it. */
  pageSize?: PageSize;
  /** Creation date written into the metadata. Given, not read from a clock, so the output is deterministic. */
  createdAt?: Date;
  /** Metadata author; defaults to the header's full name. */
  author?: string;
}

export interface RenderedDocument {
  bytes: Uint8Array;
  mediaType: string;
  /** File extension without the dot. */
  extension: string;
  /** Pages of a paged format (pdf); null where pages are the reader's business. */
  pageCount: number | null;
}

/**
 * Turns a RenderableDocument into the bytes of one file format. One adapter per format.
 */
export interface IDocumentRenderer {
  readonly format: DocumentFormat;
  /**
   * Renders the document. Never returns partial output.
   * @throws DomainError DOCUMENT.UNRENDERABLE_CHARACTERS when a character cannot be printed by any font
   *   (PDF), DOCUMENT.UNKNOWN_TEMPLATE for a template id that does not exist.
   */
  render(document: RenderableDocument, options?: RenderOptions): Promise<RenderedDocument>;
}
