import {
  DocumentErrors,
  TailoredDocument,
  type DocumentExportRecord,
  type DocumentSearch,
  type DocumentVersion,
  type IDocumentRepository,
  type Page,
} from '@tailor/domain';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { documentExports, documentVersions, documents } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';

const toDocument = (row: typeof documents.$inferSelect): TailoredDocument =>
  TailoredDocument.fromPrimitives(row);
const toExport = (row: typeof documentExports.$inferSelect): DocumentExportRecord => row;

const SORT = {
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
  title: documents.title,
} as const;

/** Documents, versions and export records on SQLite and PostgreSQL; versions and exports cascade with the document. */
export class SqlDocumentRepository implements IDocumentRepository {
  constructor(private readonly database: SqlDatabase) {}

  private async owns(ownerId: string, id: string): Promise<boolean> {
    const rows = await this.database.exec((db) =>
      db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.id, id), eq(documents.ownerId, ownerId)))
        .limit(1),
    );
    return rows.length === 1;
  }

  async add(document: TailoredDocument, firstVersion: DocumentVersion): Promise<void> {
    await this.database.transaction(async () => {
      await this.database.exec((db) => db.insert(documents).values(document.toPrimitives()));
      await this.database.exec((db) => db.insert(documentVersions).values(firstVersion));
    });
  }

  async findById(ownerId: string, id: string): Promise<TailoredDocument | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(documents)
        .where(and(eq(documents.id, id), eq(documents.ownerId, ownerId)))
        .limit(1),
    );
    return rows[0] ? toDocument(rows[0]) : null;
  }

  async search(ownerId: string, search: DocumentSearch): Promise<Page<TailoredDocument>> {
    const conditions: SQL[] = [eq(documents.ownerId, ownerId)];
    if (search.jobId) conditions.push(eq(documents.jobId, search.jobId));
    if (search.type) conditions.push(eq(documents.type, search.type));
    const where = and(...conditions);
    const order = search.sort.direction === 'asc' ? asc : desc;
    const [rows, totals] = await Promise.all([
      this.database.exec((db) =>
        db
          .select()
          .from(documents)
          .where(where)
          .orderBy(order(SORT[search.sort.field]), order(documents.id))
          .limit(search.size)
          .offset((search.page - 1) * search.size),
      ),
      this.database.exec((db) => db.select({ n: count() }).from(documents).where(where)),
    ]);
    return { items: rows.map(toDocument), total: Number(totals[0]?.n ?? 0) };
  }

  async save(
    document: TailoredDocument,
    expectedVersion: number,
    newVersion: DocumentVersion | null,
  ): Promise<void> {
    const { id, ownerId, createdAt: _c, ...changes } = document.toPrimitives();
    await this.database.transaction(async () => {
      // Compare-and-set on the version: a concurrent edit makes this update touch no row.
      const updated = await this.database.exec((db) =>
        db
          .update(documents)
          .set(changes)
          .where(
            and(eq(documents.id, id), eq(documents.ownerId, ownerId), eq(documents.version, expectedVersion)),
          )
          .returning({ id: documents.id }),
      );
      if (updated.length === 0) {
        const current = await this.findById(ownerId, id);
        if (!current) throw DocumentErrors.notFound();
        throw DocumentErrors.versionConflict(expectedVersion, current.version);
      }
      if (newVersion) await this.database.exec((db) => db.insert(documentVersions).values(newVersion));
    });
  }

  async listVersions(ownerId: string, documentId: string): Promise<DocumentVersion[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ v: documentVersions })
        .from(documentVersions)
        .innerJoin(documents, eq(documents.id, documentVersions.documentId))
        .where(and(eq(documentVersions.documentId, documentId), eq(documents.ownerId, ownerId)))
        .orderBy(asc(documentVersions.version)),
    );
    return rows.map((r) => r.v);
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db
        .delete(documents)
        .where(and(eq(documents.id, id), eq(documents.ownerId, ownerId)))
        .returning({ id: documents.id }),
    );
    return deleted.length === 1;
  }

  async addExport(record: DocumentExportRecord): Promise<void> {
    await this.database.exec((db) => db.insert(documentExports).values(record));
  }

  async listExports(ownerId: string, documentId: string): Promise<DocumentExportRecord[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(documentExports)
        .where(and(eq(documentExports.documentId, documentId), eq(documentExports.ownerId, ownerId)))
        .orderBy(asc(documentExports.createdAt), asc(documentExports.id)),
    );
    return rows.map(toExport);
  }

  async findExport(
    ownerId: string,
    documentId: string,
    exportId: string,
  ): Promise<DocumentExportRecord | null> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(documentExports)
        .where(
          and(
            eq(documentExports.id, exportId),
            eq(documentExports.documentId, documentId),
            eq(documentExports.ownerId, ownerId),
          ),
        )
        .limit(1),
    );
    return rows[0] ? toExport(rows[0]) : null;
  }

  async listAllByOwner(ownerId: string): Promise<TailoredDocument[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(documents)
        .where(eq(documents.ownerId, ownerId))
        .orderBy(asc(documents.createdAt), asc(documents.id)),
    );
    return rows.map(toDocument);
  }

  async listAllVersionsByOwner(ownerId: string): Promise<DocumentVersion[]> {
    const rows = await this.database.exec((db) =>
      db
        .select({ v: documentVersions })
        .from(documentVersions)
        .innerJoin(documents, eq(documents.id, documentVersions.documentId))
        .where(eq(documents.ownerId, ownerId))
        .orderBy(asc(documentVersions.documentId), asc(documentVersions.version)),
    );
    return rows.map((r) => r.v);
  }

  async listAllExportsByOwner(ownerId: string): Promise<DocumentExportRecord[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(documentExports)
        .where(eq(documentExports.ownerId, ownerId))
        .orderBy(asc(documentExports.createdAt), asc(documentExports.id)),
    );
    return rows.map(toExport);
  }

  async deleteAllByOwner(ownerId: string): Promise<number> {
    const deleted = await this.database.exec((db) =>
      db.delete(documents).where(eq(documents.ownerId, ownerId)).returning({ id: documents.id }),
    );
    return deleted.length;
  }
}
