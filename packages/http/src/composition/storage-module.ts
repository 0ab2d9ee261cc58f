import type { IStorage } from '@tailor/domain';
import {
  DatabaseFileStorage,
  LocalFileStorage,
  S3FileStorage,
  type SqlDatabase,
} from '@tailor/infrastructure';
import type { AppConfig } from '../config/config.js';

/**
 * Stored files (exports, uploads) in the storage STORAGE names: the local disk under STORAGE_DIR (one instance,
 * or a volume every instance mounts), the application database, or an S3 bucket.
 */
export function openStorage(config: AppConfig, database: () => SqlDatabase): IStorage {
  const choice = config.storage;
  if (choice.kind === 's3') return new S3FileStorage(choice);
  if (choice.kind === 'database') return new DatabaseFileStorage(database());
  return new LocalFileStorage(config.storageDir);
}

/** Lets go of the storage's connections at shutdown (only S3 holds any of its own). */
export async function closeStorage(storage: IStorage): Promise<void> {
  if (storage instanceof S3FileStorage) await storage.close();
}
