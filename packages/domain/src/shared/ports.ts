/** The current instant. Injected so that use cases stay deterministic under test. */
export interface IClock {
  now(): Date;
}

/** New entity ids (ULIDs in production: sortable by creation time). */
export interface IIdGenerator {
  next(): string;
}

/**
 * Runs `work` atomically: every repository call made inside it (in the same async flow) commits together
 * or not at all. Nested calls join the outer unit (as a savepoint where the store supports it).
 * Never put slow work (LLM calls, rendering, file writes) inside: it holds the database for everyone.
 */
export interface IUnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Like `run`, holding an exclusive lock on `lockKey` (e.g. `profiles:<userId>`) until the unit ends: two
   * units with the same key never overlap, on any instance. A per-user limit checked inside (count, then
   * insert) is therefore decided on committed data and cannot be overrun by concurrent requests.
   */
  runExclusive<T>(lockKey: string, work: () => Promise<T>): Promise<T>;
}
