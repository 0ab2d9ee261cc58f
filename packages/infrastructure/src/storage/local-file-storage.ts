import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { storageKeySegments, StorageErrors, type IStorage, type StoredObject } from '@tailor/domain';
import { describeStored } from './storage-keys.js';

// A folder of keys is not a key either (EISDIR): absent, as on every other storage.
const isMissing = (error: unknown) =>
  ['ENOENT', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Files under one root directory (STORAGE_DIR). A key is a relative path of safe segments; the domain's
 * storageKeySegments refuses `..`, absolute paths, backslashes, NUL, empty and hidden segments, and the
 * resolved path is checked once more to lie inside the root. Writes go to a hidden temporary file in the
 * same directory and are renamed into place (atomic on one filesystem); hidden names can never be keys.
 */
export class LocalFileStorage implements IStorage {
  private readonly root: string;

  constructor(rootDirectory: string) {
    this.root = resolve(rootDirectory);
  }

  async put(key: string, bytes: Uint8Array, _mediaType: string): Promise<StoredObject> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.tmp-${randomUUID()}`);
    try {
      // Owner-only: uploads and exports are personal data.
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return describeStored(key, bytes);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Prefixes are whole segments: "users/42/" (or "users/42") removes that folder, never "users/420". */
  async deletePrefix(prefix: string): Promise<number> {
    const path = this.pathOf(prefix, true);
    let count: number;
    try {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      count = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).length;
    } catch (error) {
      if (isMissing(error)) return 0;
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
        await rm(path, { force: true });
        return 1;
      }
      throw error;
    }
    await rm(path, { recursive: true, force: true });
    return count;
  }

  private pathOf(key: string, prefix = false): string {
    const path = resolve(this.root, ...storageKeySegments(key, prefix));
    // Belt and braces: the segment rules already make this impossible.
    if (!path.startsWith(this.root + sep)) throw StorageErrors.invalidKey(key, 'outside the storage root');
    return path;
  }
}
