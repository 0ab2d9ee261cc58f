import type { IUnitOfWork } from '@tailor/domain';

/**
 * Tables of plain records shared by the in-memory repositories. Records are cloned on the way in and out so
 * that a caller mutating an entity never changes "stored" data behind the repository's back, as with a real
 * database.
 */
export class InMemoryStore {
  private tables = new Map<string, Map<string, unknown>>();

  table<T>(name: string): Map<string, T> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table as Map<string, T>;
  }

  snapshot(): Map<string, Map<string, unknown>> {
    return structuredClone(this.tables);
  }

  restore(snapshot: Map<string, Map<string, unknown>>): void {
    this.tables = snapshot;
  }
}

/** All-or-nothing over the in-memory store: a failure restores the snapshot taken at the start. */
export class InMemoryUnitOfWork implements IUnitOfWork {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly store: InMemoryStore) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    const snapshot = this.store.snapshot();
    try {
      return await work();
    } catch (error) {
      this.store.restore(snapshot);
      throw error;
    }
  }

  /** Units with the same key queue behind each other, as they do on the databases. */
  async runExclusive<T>(lockKey: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(lockKey) ?? Promise.resolve();
    const result = previous.then(() => this.run(work));
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(lockKey, settled);
    void settled.then(() => {
      if (this.queues.get(lockKey) === settled) this.queues.delete(lockKey);
    });
    return result;
  }
}
