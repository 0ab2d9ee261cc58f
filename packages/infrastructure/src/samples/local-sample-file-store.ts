import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { ISampleFileStore } from '@tailor/domain';

// ULIDs: 26 characters of Crockford's base 32. Anything else (dots, slashes, "..") never reaches a path.
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/u;

/** Sample files on local disk, under `<STORAGE_DIR>/samples/<userId>/<sampleId>`. */
export class LocalSampleFileStore implements ISampleFileStore {
  private readonly root: string;

  constructor(storageDir: string) {
    this.root = resolve(storageDir, 'samples');
  }

  async put(userId: string, sampleId: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(userId, sampleId);
    await mkdir(this.pathOf(userId), { recursive: true });
    // Write beside and rename: a reader (or a crash) never sees half a file.
    const partial = `${path}.partial`;
    await writeFile(partial, bytes, { mode: 0o600 });
    await rename(partial, path);
  }

  async delete(userId: string, sampleId: string): Promise<void> {
    await rm(this.pathOf(userId, sampleId), { force: true });
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await rm(this.pathOf(userId), { recursive: true, force: true });
  }

  /** The path for ids that are ids, and only inside the root (checked twice: by shape, then by prefix). */
  pathOf(userId: string, sampleId?: string): string {
    for (const id of sampleId === undefined ? [userId] : [userId, sampleId])
      if (!ID.test(id)) throw new Error(`Refusing a storage path for the id "${id.slice(0, 40)}"`);
    const path = sampleId === undefined ? join(this.root, userId) : join(this.root, userId, sampleId);
    if (!resolve(path).startsWith(this.root + sep))
      throw new Error('Refusing a path outside the storage root');
    return path;
  }
}
