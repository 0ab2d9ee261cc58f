import type { IDependencyProbe, IIdGenerator, IStorage } from '@tailor/domain';

/**
 * Storage is ready when it takes a write and hands the same bytes back (a full disk or a bucket gone fails).
 * Each check writes a key of its own and removes it: concurrent checks (several probes, several instances on
 * shared storage) must not read each other's marker.
 */
export class StorageProbe implements IDependencyProbe {
  readonly name = 'storage';

  constructor(
    private readonly storage: IStorage,
    private readonly ids: IIdGenerator,
  ) {}

  async check(): Promise<void> {
    const marker = this.ids.next();
    const key = `system/readiness-${marker}`;
    await this.storage.put(key, new TextEncoder().encode(marker), 'text/plain');
    try {
      const read = await this.storage.get(key);
      if (read === null || new TextDecoder().decode(read) !== marker)
        throw new Error('storage returned other bytes than were written');
    } finally {
      await this.storage.delete(key);
    }
  }
}
