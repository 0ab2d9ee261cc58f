import {
  DocumentErrors,
  TailoredDocument,
  type DocumentExportRecord,
  type DocumentPrimitives,
  type DocumentSearch,
  type DocumentVersion,
  type IDocumentRepository,
  type Page,
} from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

const byCreation = <T extends { createdAt: Date }>(a: T, b: T, tie: number): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || tie;

export class InMemoryDocumentRepository implements IDocumentRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get docs() {
    return this.store.table<DocumentPrimitives>('documents');
  }
  private get versions() {
    return this.store.table<DocumentVersion>('document_versions');
  }
  private get exports() {
    return this.store.table<DocumentExportRecord>('document_exports');
  }

  private owned(ownerId: string, id: string): DocumentPrimitives | null {
    const d = this.docs.get(id);
    return d && d.ownerId === ownerId ? d : null;
  }

  async add(document: TailoredDocument, firstVersion: DocumentVersion): Promise<void> {
    const d = document.toPrimitives();
    this.docs.set(d.id, d);
    this.versions.set(`${d.id}:${firstVersion.version}`, structuredClone(firstVersion));
  }

  async findById(ownerId: string, id: string): Promise<TailoredDocument | null> {
    const d = this.owned(ownerId, id);
    return d ? TailoredDocument.fromPrimitives(d) : null;
  }

  async search(ownerId: string, search: DocumentSearch): Promise<Page<TailoredDocument>> {
    const { field, direction } = search.sort;
    const sign = direction === 'asc' ? 1 : -1;
    const matching = [...this.docs.values()]
      .filter(
        (d) =>
          d.ownerId === ownerId &&
          (!search.jobId || d.jobId === search.jobId) &&
          (!search.type || d.type === search.type),
      )
      .sort((a, b) => {
        const order =
          field === 'title' ? a.title.localeCompare(b.title) : a[field].getTime() - b[field].getTime();
        return sign * (order || a.id.localeCompare(b.id));
      });
    const start = (search.page - 1) * search.size;
    return {
      items: matching.slice(start, start + search.size).map((d) => TailoredDocument.fromPrimitives(d)),
      total: matching.length,
    };
  }

  async save(
    document: TailoredDocument,
    expectedVersion: number,
    newVersion: DocumentVersion | null,
  ): Promise<void> {
    const d = document.toPrimitives();
    const stored = this.owned(d.ownerId, d.id);
    if (!stored) throw DocumentErrors.notFound();
    if (stored.version !== expectedVersion)
      throw DocumentErrors.versionConflict(expectedVersion, stored.version);
    this.docs.set(d.id, d);
    if (newVersion) this.versions.set(`${d.id}:${newVersion.version}`, structuredClone(newVersion));
  }

  async listVersions(ownerId: string, documentId: string): Promise<DocumentVersion[]> {
    if (!this.owned(ownerId, documentId)) return [];
    return [...this.versions.values()]
      .filter((v) => v.documentId === documentId)
      .sort((a, b) => a.version - b.version)
      .map((v) => structuredClone(v));
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    if (!this.owned(ownerId, id)) return false;
    this.docs.delete(id);
    for (const [k, v] of this.versions) if (v.documentId === id) this.versions.delete(k);
    for (const [k, e] of this.exports) if (e.documentId === id) this.exports.delete(k);
    return true;
  }

  async addExport(record: DocumentExportRecord): Promise<void> {
    this.exports.set(record.id, structuredClone(record));
  }

  async listExports(ownerId: string, documentId: string): Promise<DocumentExportRecord[]> {
    if (!this.owned(ownerId, documentId)) return [];
    return [...this.exports.values()]
      .filter((e) => e.documentId === documentId)
      .sort((a, b) => byCreation(a, b, a.id.localeCompare(b.id)))
      .map((e) => structuredClone(e));
  }

  async findExport(
    ownerId: string,
    documentId: string,
    exportId: string,
  ): Promise<DocumentExportRecord | null> {
    const e = this.exports.get(exportId);
    return e && e.documentId === documentId && this.owned(ownerId, documentId) ? structuredClone(e) : null;
  }

  async listAllByOwner(ownerId: string): Promise<TailoredDocument[]> {
    return [...this.docs.values()]
      .filter((d) => d.ownerId === ownerId)
      .sort((a, b) => byCreation(a, b, a.id.localeCompare(b.id)))
      .map((d) => TailoredDocument.fromPrimitives(d));
  }

  async listAllVersionsByOwner(ownerId: string): Promise<DocumentVersion[]> {
    return [...this.versions.values()]
      .filter((v) => this.docs.get(v.documentId)?.ownerId === ownerId)
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.version - b.version)
      .map((v) => structuredClone(v));
  }

  async listAllExportsByOwner(ownerId: string): Promise<DocumentExportRecord[]> {
    return [...this.exports.values()]
      .filter((e) => this.docs.get(e.documentId)?.ownerId === ownerId)
      .sort((a, b) => byCreation(a, b, a.id.localeCompare(b.id)))
      .map((e) => structuredClone(e));
  }

  async deleteAllByOwner(ownerId: string): Promise<number> {
    const mine = [...this.docs.values()].filter((d) => d.ownerId === ownerId);
    for (const d of mine) await this.delete(ownerId, d.id);
    return mine.length;
  }
}
