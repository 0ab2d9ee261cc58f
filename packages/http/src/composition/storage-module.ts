import type { IStorage } from '@tailor/domain';
import { DatabaseFileStorage, LocalFileStorage, S3FileStorage } from '@tailor/infrastructure';
import type { AppConfig } from '../config/config.js';
import { provide, resolve, type DependencyContainer } from './container.js';
import { TOKENS } from './tokens.js';

/**
 * Stored files (exports, uploads) in the storage STORAGE names: the local disk under STORAGE_DIR (one instance,
 * or a volume every instance mounts), the application database, or an S3 bucket.
 */
export function registerStorage(container: DependencyContainer): void {
  provide(container, TOKENS.storage, (c) => {
    const config: AppConfig = resolve(c, TOKENS.config);
    const choice = config.storage;
    const storage: IStorage =
      choice.kind === 's3'
        ? new S3FileStorage(choice)
        : choice.kind === 'database'
          ? new DatabaseFileStorage(resolve(c, TOKENS.database))
          : new LocalFileStorage(config.storageDir);
    return storage;
  });
}

/** Lets go of the storage's connections at shutdown (only S3 holds any of its own). */
export async function closeStorage(storage: IStorage): Promise<void> {
  if (storage instanceof S3FileStorage) await storage.close();
}
