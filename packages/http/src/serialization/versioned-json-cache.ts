/** What a cached response was written from: one record at one version. */
export interface VersionRef {
  id: string;
  version: number;
}

interface Entry extends VersionRef {
  json: string;
}

export interface VersionedJsonCacheLimits {
  /** Owners kept at most. */
  entries: number;
  /** Characters of JSON kept at most, all entries together. */
  chars: number;
}

/**
 * The JSON last written for each owner's record, valid while the record keeps that id and version. Every
 * change of the record bumps its version in the database, so a caller that has just read the current
 * id and version from the database (every request, any instance) never gets a stale answer, and nothing
 * needs invalidating: an entry for an older version simply stops matching and is replaced. Keyed by
 * owner, so an answer only ever goes back to the owner it was written for. Bounded in entries and in
 * characters; the least recently used go first.
 */
export class VersionedJsonCache {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  constructor(private readonly limits: VersionedJsonCacheLimits = { entries: 1_000, chars: 4_000_000 }) {}

  /** The JSON written for exactly this id and version of the owner's record, if kept. */
  get(ownerId: string, current: VersionRef): string | undefined {
    const entry = this.entries.get(ownerId);
    if (entry === undefined || entry.id !== current.id || entry.version !== current.version) return undefined;
    // Most recently used last, so eviction (from the front) takes the least recently used.
    this.entries.delete(ownerId);
    this.entries.set(ownerId, entry);
    return entry.json;
  }

  set(ownerId: string, written: VersionRef, json: string): void {
    this.drop(ownerId);
    // One answer larger than a tenth of the budget would push out everyone else's: not kept.
    if (json.length > this.limits.chars / 10) return;
    this.entries.set(ownerId, { id: written.id, version: written.version, json });
    this.chars += json.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.chars <= this.limits.chars) break;
      this.drop(oldest);
    }
  }

  /** How many owners and characters are kept (for tests and metrics). */
  get size(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.chars };
  }

  private drop(ownerId: string): void {
    const entry = this.entries.get(ownerId);
    if (entry === undefined) return;
    this.chars -= entry.json.length;
    this.entries.delete(ownerId);
  }
}
