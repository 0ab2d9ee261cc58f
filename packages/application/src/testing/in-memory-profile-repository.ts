import {
  Profile,
  ProfileErrors,
  type IProfileRepository,
  type ProfilePrimitives,
  type ProfileVersionRef,
} from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

const oldestFirst = (a: ProfilePrimitives, b: ProfilePrimitives): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The in-memory fake; passes the same contract suite as the SQL repository (ownership, versions, default). */
export class InMemoryProfileRepository implements IProfileRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<ProfilePrimitives>('profiles');
  }

  private owned(ownerId: string): ProfilePrimitives[] {
    return [...this.rows.values()].filter((row) => row.ownerId === ownerId).sort(oldestFirst);
  }

  // Mirrors the partial unique index "one default per owner" of the SQL schema.
  private assertSingleDefault(row: ProfilePrimitives): void {
    if (!row.isDefault) return;
    if (this.owned(row.ownerId).some((other) => other.isDefault && other.id !== row.id)) {
      throw ProfileErrors.conflict();
    }
  }

  async add(profile: Profile): Promise<void> {
    const row = profile.toPrimitives();
    if (this.rows.has(row.id)) throw ProfileErrors.conflict();
    this.assertSingleDefault(row);
    this.rows.set(row.id, structuredClone(row));
  }

  async findById(ownerId: string, id: string): Promise<Profile | null> {
    const row = this.rows.get(id);
    return row && row.ownerId === ownerId ? Profile.fromPrimitives(row) : null;
  }

  async findDefault(ownerId: string): Promise<Profile | null> {
    const row = this.owned(ownerId).find((candidate) => candidate.isDefault);
    return row ? Profile.fromPrimitives(row) : null;
  }

  async findDefaultVersion(ownerId: string): Promise<ProfileVersionRef | null> {
    const row = this.owned(ownerId).find((candidate) => candidate.isDefault);
    return row ? { id: row.id, version: row.version } : null;
  }

  async listByOwner(ownerId: string): Promise<Profile[]> {
    return this.owned(ownerId).map((row) => Profile.fromPrimitives(row));
  }

  async countByOwner(ownerId: string): Promise<number> {
    return this.owned(ownerId).length;
  }

  async save(profile: Profile, expectedVersion: number): Promise<void> {
    const row = profile.toPrimitives();
    const stored = this.rows.get(row.id);
    if (!stored || stored.ownerId !== row.ownerId) throw ProfileErrors.notFound();
    if (stored.version !== expectedVersion)
      throw ProfileErrors.versionConflict(expectedVersion, stored.version);
    this.assertSingleDefault(row);
    // Identity and ownership never change through save, as in the SQL UPDATE.
    this.rows.set(row.id, structuredClone({ ...row, ownerId: stored.ownerId, createdAt: stored.createdAt }));
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const stored = this.rows.get(id);
    if (!stored || stored.ownerId !== ownerId) return false;
    return this.rows.delete(id);
  }

  async deleteAllByOwner(ownerId: string): Promise<number> {
    const owned = this.owned(ownerId);
    for (const row of owned) this.rows.delete(row.id);
    return owned.length;
  }
}
