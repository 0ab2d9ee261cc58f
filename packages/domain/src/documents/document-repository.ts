import type { Page, PageRequest } from '../shared/paging.js';
import type { DocumentExportRecord, DocumentType, DocumentVersion, TailoredDocument } from './document.js';

export const DOCUMENT_SORT_FIELDS = ['createdAt', 'updatedAt', 'title'] as const;
export type DocumentSortField = (typeof DOCUMENT_SORT_FIELDS)[number];

export interface DocumentSearch extends PageRequest<DocumentSortField> {
  jobId?: string;
  type?: DocumentType;
}

/**
 * Storage of documents, their content versions and their exports. Every method is scoped by the owner: another
 * user's document is, to the caller, one that does not exist.
 */
export interface IDocumentRepository {
  /** Stores a new document with its first version record. */
  add(document: TailoredDocument, firstVersion: DocumentVersion): Promise<void>;
  /** The owner's document, or `null`. */
  findById(ownerId: string, id: string): Promise<TailoredDocument | null>;
  search(ownerId: string, search: DocumentSearch): Promise<Page<TailoredDocument>>;
  /**
   * Persists an edited document if the stored one still has `expectedVersion`, with `newVersion` (when the
   * content changed) in the same transaction. Raises `DOCUMENT.VERSION_CONFLICT` when stale and
   * `DOCUMENT.NOT_FOUND` when it is gone.
   */
  save(
    document: TailoredDocument,
    expectedVersion: number,
    newVersion: DocumentVersion | null,
  ): Promise<void>;
  /** Content versions, oldest first; empty when the document is not the owner's. */
  listVersions(ownerId: string, documentId: string): Promise<DocumentVersion[]>;
  /** Removes the document with its versions and export records; `false` when there was none. */
  delete(ownerId: string, id: string): Promise<boolean>;

  addExport(record: DocumentExportRecord): Promise<void>;
  /** The document's exports, oldest first; empty when the document is not the owner's. */
  listExports(ownerId: string, documentId: string): Promise<DocumentExportRecord[]>;
  findExport(ownerId: string, documentId: string, exportId: string): Promise<DocumentExportRecord | null>;

  /** For account export: everything, oldest first. */
  listAllByOwner(ownerId: string): Promise<TailoredDocument[]>;
  listAllVersionsByOwner(ownerId: string): Promise<DocumentVersion[]>;
  listAllExportsByOwner(ownerId: string): Promise<DocumentExportRecord[]>;
  /** Removes every document of the owner with versions and exports; returns how many documents. */
  deleteAllByOwner(ownerId: string): Promise<number>;
}
