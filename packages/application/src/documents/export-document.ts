import {
  DocumentErrors,
  parseDocumentContent,
  exportFormat,
  resolveTemplate,
  toRenderableDocument,
  type DocumentContent,
  type DocumentExportRecord,
  type DocumentFormat,
  type IClock,
  type IDocumentRenderer,
  type IDocumentRepository,
  type IIdGenerator,
  type IStorage,
  type PageSize,
  type RenderedDocument,
  type TemplateId,
} from '@tailor/domain';

/** Where a user's files live in storage: one prefix per user, so account deletion removes them all. */
export const userStoragePrefix = (userId: string) => `users/${userId}/`;

export interface ExportOptions {
  format: DocumentFormat;
  templateId?: string | undefined;
  pageSize?: PageSize | undefined;
}

export interface ExportView extends Omit<DocumentExportRecord, 'ownerId' | 'storageKey'> {
  mediaType: string;
  fileName: string;
}

function renderer(renderers: readonly IDocumentRenderer[], format: DocumentFormat): IDocumentRenderer {
  const found = renderers.find((candidate) => candidate.format === format);
  if (!found) throw DocumentErrors.unsupportedFormat(format, 'any');
  return found;
}

function checkTemplate(format: DocumentFormat, templateId: string | undefined): TemplateId {
  const template = resolveTemplate(templateId);
  if (!template.formats.includes(format)) throw DocumentErrors.unsupportedFormat(format, template.id);
  return template.id as TemplateId;
}

/** A file name that says what it is, safe in any file system ("Resume – Acme v3.pdf" → "Resume-Acme-v3.pdf"). */
const fileNameFor = (title: string, version: number, extension: string) =>
  `${(
    title
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'document'
  ).slice(0, 80)}-v${version}.${extension}`;

/**
 * `POST /documents/{id}/export`: renders the current version in a format and template, stores the file
 * under the user's prefix with its sha256, and records the export. Rendering happens before anything is
 * written, so a failure (e.g. DOCUMENT.UNRENDERABLE_CHARACTERS) leaves nothing behind.
 */
export class ExportDocument {
  constructor(
    private readonly deps: {
      documents: IDocumentRepository;
      renderers: readonly IDocumentRenderer[];
      storage: IStorage;
      ids: IIdGenerator;
      clock: IClock;
    },
  ) {}

  async execute(input: { userId: string; documentId: string } & ExportOptions): Promise<ExportView> {
    const document = await this.deps.documents.findById(input.userId, input.documentId);
    if (!document) throw DocumentErrors.notFound();
    const templateId = checkTemplate(input.format, input.templateId);
    const view = document.toPrimitives();
    const now = this.deps.clock.now();
    const rendered = await renderer(this.deps.renderers, input.format).render(
      toRenderableDocument(view.content, view.title, now),
      { templateId, pageSize: input.pageSize ?? 'A4', createdAt: now, author: view.content.contact.fullName },
    );
    const id = this.deps.ids.next();
    const stored = await this.deps.storage.put(
      `${userStoragePrefix(input.userId)}exports/${id}.${rendered.extension}`,
      rendered.bytes,
      rendered.mediaType,
    );
    const record: DocumentExportRecord = {
      id,
      ownerId: input.userId,
      documentId: view.id,
      version: view.version,
      format: input.format,
      templateId,
      bytes: stored.bytes,
      pageCount: rendered.pageCount,
      sha256: stored.sha256,
      storageKey: stored.key,
      createdAt: now,
    };
    try {
      await this.deps.documents.addExport(record);
    } catch (error) {
      await this.deps.storage.delete(stored.key);
      throw error;
    }
    const { ownerId: _owner, storageKey: _key, ...rest } = record;
    return {
      ...rest,
      mediaType: rendered.mediaType,
      fileName: fileNameFor(view.title, view.version, rendered.extension),
    };
  }
}

/** `GET /documents/{id}/exports/{exportId}/download`: the stored file. */
export class DownloadExport {
  constructor(private readonly deps: { documents: IDocumentRepository; storage: IStorage }) {}

  async execute(input: { userId: string; documentId: string; exportId: string }) {
    const [record, document] = await Promise.all([
      this.deps.documents.findExport(input.userId, input.documentId, input.exportId),
      this.deps.documents.findById(input.userId, input.documentId),
    ]);
    if (!record || !document) throw DocumentErrors.exportNotFound();
    const bytes = await this.deps.storage.get(record.storageKey);
    if (!bytes) throw DocumentErrors.exportNotFound();
    const format = exportFormat(record.format as DocumentFormat);
    return {
      bytes,
      mediaType: format.mediaType,
      fileName: fileNameFor(document.toPrimitives().title, record.version, format.extension),
      sha256: record.sha256,
    };
  }
}

/** `POST /documents/preview`: a PDF of a stored document or of content sent by the client, not stored. */
export class PreviewDocument {
  constructor(
    private readonly deps: {
      documents: IDocumentRepository;
      renderers: readonly IDocumentRenderer[];
      clock: IClock;
    },
  ) {}

  async execute(input: {
    userId: string;
    documentId?: string | undefined;
    content?: DocumentContent | undefined;
    templateId?: string | undefined;
    pageSize?: PageSize | undefined;
  }): Promise<RenderedDocument> {
    // Sent content is untrusted JSON: read it as the structure the renderers take (DOCUMENT.VALIDATION).
    let content = input.content === undefined ? undefined : parseDocumentContent(input.content);
    let title = 'Preview';
    if (input.documentId) {
      const document = await this.deps.documents.findById(input.userId, input.documentId);
      if (!document) throw DocumentErrors.notFound();
      ({ content, title } = document.toPrimitives());
    }
    if (!content) throw DocumentErrors.invalid('content', 'Send a documentId or content to preview.');
    const templateId = checkTemplate('pdf', input.templateId);
    return renderer(this.deps.renderers, 'pdf').render(
      toRenderableDocument(content, title, this.deps.clock.now()),
      {
        templateId,
        pageSize: input.pageSize ?? 'A4',
        createdAt: this.deps.clock.now(),
      },
    );
  }
}

/** Stored files of the account (exports, samples…) go with it; runs after the rows are deleted. */
export class StoredFilesContributor {
  readonly section = 'storedFiles';

  constructor(private readonly storage: IStorage) {}

  async export(): Promise<undefined> {
    return undefined;
  }

  async deleteRows(): Promise<void> {}

  async deleteFiles(userId: string): Promise<void> {
    await this.storage.deletePrefix(userStoragePrefix(userId));
  }
}

/** Removes stored files after the rows that pointed at them are gone (a deleted document's exports). */
export class DeleteStoredFiles {
  constructor(private readonly storage: IStorage) {}

  async execute(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.storage.delete(key)));
  }
}
