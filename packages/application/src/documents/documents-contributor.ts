import type { IAccountDataContributor, IDocumentRepository } from '@tailor/domain';
import { toDocumentView } from './document-view.js';

/**
 * Documents with their versions and export records in account export and deletion. Exported files are the
 * export feature's (it owns the storage port and adds `deleteFiles`).
 */
export class DocumentsContributor implements IAccountDataContributor {
  readonly section = 'documents';

  constructor(private readonly documents: IDocumentRepository) {}

  async export(userId: string) {
    const [documents, versions, exports] = await Promise.all([
      this.documents.listAllByOwner(userId),
      this.documents.listAllVersionsByOwner(userId),
      this.documents.listAllExportsByOwner(userId),
    ]);
    return documents.map((d) => ({
      ...toDocumentView(d),
      versions: versions.filter((v) => v.documentId === d.id),
      exports: exports.filter((e) => e.documentId === d.id).map(({ ownerId: _o, storageKey: _k, ...e }) => e),
    }));
  }

  async deleteRows(userId: string): Promise<void> {
    await this.documents.deleteAllByOwner(userId);
  }
}
