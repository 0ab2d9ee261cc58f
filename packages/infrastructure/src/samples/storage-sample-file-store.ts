import type { ISampleFileStore, IStorage } from '@tailor/domain';

// ULIDs: 26 characters of Crockford's base 32. Anything else (dots, slashes, "..") never becomes a key.
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/u;

/**
 * Sample files as `samples/<userId>/<fileId>` in whichever storage STORAGE chose (on the local disk:
 * `<STORAGE_DIR>/samples/<userId>/<fileId>`, as before), so every instance reads what any instance uploaded.
 */
export class StorageSampleFileStore implements ISampleFileStore {
  constructor(private readonly storage: IStorage) {}

  async put(userId: string, sampleId: string, bytes: Uint8Array): Promise<void> {
    await this.storage.put(keyOf(userId, sampleId), bytes, 'application/octet-stream');
  }

  async delete(userId: string, sampleId: string): Promise<void> {
    await this.storage.delete(keyOf(userId, sampleId));
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.storage.deletePrefix(`${keyOf(userId)}/`);
  }
}

/** The key for ids that are ids (the storage checks keys again, by segments). */
function keyOf(userId: string, sampleId?: string): string {
  const ids = sampleId === undefined ? [userId] : [userId, sampleId];
  for (const id of ids)
    if (!ID.test(id)) throw new Error(`Refusing a storage key for the id "${id.slice(0, 40)}"`);
  return ['samples', ...ids].join('/');
}
