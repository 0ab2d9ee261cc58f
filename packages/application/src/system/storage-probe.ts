import type { IDependencyProbe, IStorage } from '@tailor/domain';

const PROBE_KEY = 'system/readiness-probe';

/** Storage is ready when it takes a write and hands the same bytes back (a full disk or a bucket gone fails). */
export class StorageProbe implements IDependencyProbe {
  readonly name = 'storage';
  private checks = 0;

  constructor(private readonly storage: IStorage) {}

  async check(): Promise<void> {
    this.checks += 1;
    const marker = `ready ${this.checks}`;
    await this.storage.put(PROBE_KEY, new TextEncoder().encode(marker), 'text/plain');
    const read = await this.storage.get(PROBE_KEY);
    if (read === null || new TextDecoder().decode(read) !== marker)
      throw new Error('storage returned other bytes than were written');
  }
}
