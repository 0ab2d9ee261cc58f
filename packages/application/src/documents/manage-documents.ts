import {
  parseDocumentContent,
  DocumentErrors,
  plainDocumentFormatters,
  type DocumentContent,
  type DocumentFormatters,
  type DocumentSearch,
  type IClock,
  type IDocumentRepository,
  type IJobRepository,
  type IProfileRepository,
  type IUnitOfWork,
} from '@tailor/domain';
import { truthfulnessOf } from '../generations/manage-generations.js';
import { toDocumentView, type DocumentView, type DocumentVersionView } from './document-view.js';

export interface DocumentRef {
  userId: string;
  documentId: string;
}

export interface ListDocumentsInput extends DocumentSearch {
  userId: string;
}

/** `GET /documents?jobId&type&page&size&sort`. */
export class ListDocuments {
  constructor(private readonly documents: IDocumentRepository) {}

  async execute({
    userId,
    ...search
  }: ListDocumentsInput): Promise<{ items: DocumentView[]; total: number }> {
    const page = await this.documents.search(userId, search);
    return { items: page.items.map(toDocumentView), total: page.total };
  }
}

/** `GET /documents/{id}`. Raises `DOCUMENT.NOT_FOUND`. */
export class GetDocument {
  constructor(private readonly documents: IDocumentRepository) {}

  async execute(input: DocumentRef): Promise<DocumentView> {
    const d = await this.documents.findById(input.userId, input.documentId);
    if (!d) throw DocumentErrors.notFound();
    return toDocumentView(d);
  }
}

export interface PatchDocumentInput extends DocumentRef {
  title?: string | undefined;
  notes?: string | null | undefined;
  content?: DocumentContent | undefined;
  /** The version the client edited (body `version` or `If-Match`). */
  version: number;
}

export interface PatchDocumentOutput {
  document: DocumentView;
  /** The new content version, when the content changed (with its truthfulness report: shown, not enforced). */
  newVersion: DocumentVersionView | null;
}

/**
 * `PATCH /documents/{id}`: title, notes and/or content, with optimistic concurrency. A content change keeps
 * a new version whose truthfulness report (against the profile it was generated from, if it still exists) is
 * computed and stored for the user to see; the edit is saved whatever the report says — it is their document.
 * Raises `DOCUMENT.NOT_FOUND`, `DOCUMENT.VERSION_CONFLICT`, `DOCUMENT.VALIDATION`.
 */
export class PatchDocument {
  private readonly formatters: DocumentFormatters;

  constructor(
    private readonly deps: {
      documents: IDocumentRepository;
      profiles: IProfileRepository;
      jobs: IJobRepository;
      unitOfWork: IUnitOfWork;
      clock: IClock;
      formatters?: DocumentFormatters;
    },
  ) {
    this.formatters = deps.formatters ?? plainDocumentFormatters;
  }

  async execute(input: PatchDocumentInput): Promise<PatchDocumentOutput> {
    const { documents, profiles, jobs } = this.deps;
    const d = await documents.findById(input.userId, input.documentId);
    if (!d) throw DocumentErrors.notFound();
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      // Sent content is untrusted JSON: read as the structure the renderers take (DOCUMENT.VALIDATION).
      ...(input.content !== undefined ? { content: parseDocumentContent(input.content) } : {}),
    };
    const { contentChanged } = d.edit(changes, input.version, this.formatters, this.deps.clock.now());
    let newVersion: DocumentVersionView | null = null;
    if (contentChanged) {
      const profile = d.profileId ? await profiles.findById(input.userId, d.profileId) : null;
      const jobId = d.toPrimitives().jobId;
      const job = jobId ? await jobs.findById(input.userId, jobId) : null;
      const report = profile
        ? truthfulnessOf(
            profile.content,
            d.content,
            [
              job?.toPrimitives().company ?? null,
              job?.toPrimitives().title ?? null,
              job?.toPrimitives().location ?? null,
            ],
            this.deps.clock.now(),
          )
        : null;
      newVersion = d.currentVersion('edited', report);
    }
    await documents.save(d, input.version, newVersion);
    return { document: toDocumentView(d), newVersion };
  }
}

/** `GET /documents/{id}/versions`: content versions, oldest first. Raises `DOCUMENT.NOT_FOUND`. */
export class ListDocumentVersions {
  constructor(private readonly documents: IDocumentRepository) {}

  async execute(input: DocumentRef): Promise<DocumentVersionView[]> {
    if (!(await this.documents.findById(input.userId, input.documentId))) throw DocumentErrors.notFound();
    return this.documents.listVersions(input.userId, input.documentId);
  }
}

/**
 * `DELETE /documents/{id}`: the document, its versions and export records. Returns the storage keys of its
 * exported files for the caller to delete after the rows are gone. Raises `DOCUMENT.NOT_FOUND`.
 */
export class DeleteDocument {
  constructor(private readonly documents: IDocumentRepository) {}

  async execute(input: DocumentRef): Promise<{ storageKeys: string[] }> {
    const exports = await this.documents.listExports(input.userId, input.documentId);
    if (!(await this.documents.delete(input.userId, input.documentId))) throw DocumentErrors.notFound();
    return { storageKeys: exports.map((e) => e.storageKey) };
  }
}
