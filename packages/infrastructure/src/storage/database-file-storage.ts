import { eq, or, sql } from 'drizzle-orm';
import type { IStorage, StoredObject } from '@tailor/domain';
import { storedFiles } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { checkedKey, checkedPrefix, describeStored } from './storage-keys.js';

/**
 * Files as rows of `stored_files` in the application database (STORAGE=database): bytea on PostgreSQL, a blob
 * on SQLite. Several instances on one PostgreSQL database then share files with nothing else to run or mount.
 * Meant for what Tailor stores (exports and uploads of a few MB at most); each file is read whole.
 */
export class DatabaseFileStorage implements IStorage {
  constructor(private readonly database: SqlDatabase) {}

  async put(key: string, bytes: Uint8Array, mediaType: string): Promise<StoredObject> {
    const stored = describeStored(checkedKey(key), bytes);
    const row = {
      bytes,
      mediaType,
      byteSize: stored.bytes,
      sha256: stored.sha256,
      updatedAt: new Date(),
    };
    // One statement: readers see the old row or the new one, never a torn file.
    await this.database.exec((db) =>
      db
        .insert(storedFiles)
        .values({ key: stored.key, ...row })
        .onConflictDoUpdate({ target: storedFiles.key, set: row }),
    );
    return stored;
  }

  async get(key: string): Promise<Uint8Array | null> {
    const rows = await this.database.exec((db) =>
      db
        .select({ bytes: storedFiles.bytes })
        .from(storedFiles)
        .where(eq(storedFiles.key, checkedKey(key)))
        .limit(1),
    );
    const found = rows[0]?.bytes;
    return found ? new Uint8Array(found.buffer, found.byteOffset, found.byteLength) : null;
  }

  async exists(key: string): Promise<boolean> {
    const rows = await this.database.exec((db) =>
      db
        .select({ key: storedFiles.key })
        .from(storedFiles)
        .where(eq(storedFiles.key, checkedKey(key)))
        .limit(1),
    );
    return rows.length > 0;
  }

  async delete(key: string): Promise<void> {
    await this.database.exec((db) => db.delete(storedFiles).where(eq(storedFiles.key, checkedKey(key))));
  }

  async deletePrefix(prefix: string): Promise<number> {
    const { bare, folder } = checkedPrefix(prefix);
    // substr rather than LIKE: "_" is a wildcard in LIKE and a legal key character here.
    const deleted = await this.database.exec((db) =>
      db
        .delete(storedFiles)
        .where(
          or(eq(storedFiles.key, bare), sql`substr(${storedFiles.key}, 1, ${folder.length}) = ${folder}`),
        )
        .returning({ key: storedFiles.key }),
    );
    return deleted.length;
  }
}
