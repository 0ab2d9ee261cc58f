import { Profile, ProfileErrors, type IProfileRepository, type ProfileVersionRef } from '@tailor/domain';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { profiles } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { isUniqueViolation } from '../persistence/unique-violation.js';

type Row = typeof profiles.$inferSelect;

// Rows are freshly parsed objects that nothing else references: no defensive copy needed.
const toProfile = (row: Row): Profile => Profile.fromOwnedPrimitives(row);

/** Profiles on SQLite and PostgreSQL: one row each, every statement scoped by owner. */
export class SqlProfileRepository implements IProfileRepository {
  // The hot reads (GET /profiles/me, /profiles/:id), prepared once, both scoped by owner. Every value but
  // the ids is written into the SQL: SQLite re-plans a statement on each run when a bound value could change
  // its plan (a parameter compared with the partial index's `is_default`, or a `LIMIT ?`), which tripled the
  // cost of the read. No LIMIT is needed: a unique index allows one row at most.
  private readonly byId;
  private readonly defaultOf;
  private readonly defaultVersionOf;

  constructor(private readonly database: SqlDatabase) {
    this.byId = database.prepare('profiles_by_id', (db) =>
      db
        .select()
        .from(profiles)
        .where(and(eq(profiles.id, sql.placeholder('id')), eq(profiles.ownerId, sql.placeholder('ownerId')))),
    );
    // One indexed read (profiles_one_default_per_owner); nested parts come with the row, no N+1.
    this.defaultOf = database.prepare('profiles_default_of', (db) =>
      db
        .select()
        .from(profiles)
        .where(and(eq(profiles.ownerId, sql.placeholder('ownerId')), sql`${profiles.isDefault} = 1`)),
    );
    // The same row, only its id and version: the profile's JSON columns are neither read nor parsed.
    this.defaultVersionOf = database.prepare('profiles_default_version_of', (db) =>
      db
        .select({ id: profiles.id, version: profiles.version })
        .from(profiles)
        .where(and(eq(profiles.ownerId, sql.placeholder('ownerId')), sql`${profiles.isDefault} = 1`)),
    );
  }

  async add(profile: Profile): Promise<void> {
    try {
      await this.database.exec((db) => db.insert(profiles).values(profile.toPrimitives()));
    } catch (error) {
      // The only unique constraints: the primary key (ids are ULIDs, so in practice never) and one default
      // per owner, lost to a concurrent create.
      if (isUniqueViolation(error)) throw ProfileErrors.conflict();
      throw error;
    }
  }

  async findById(ownerId: string, id: string): Promise<Profile | null> {
    const rows = await this.byId({ id, ownerId });
    return rows[0] ? toProfile(rows[0]) : null;
  }

  async findDefault(ownerId: string): Promise<Profile | null> {
    const rows = await this.defaultOf({ ownerId });
    return rows[0] ? toProfile(rows[0]) : null;
  }

  async findDefaultVersion(ownerId: string): Promise<ProfileVersionRef | null> {
    const rows = await this.defaultVersionOf({ ownerId });
    return rows[0] ?? null;
  }

  async listByOwner(ownerId: string): Promise<Profile[]> {
    const rows = await this.database.exec((db) =>
      db
        .select()
        .from(profiles)
        .where(eq(profiles.ownerId, ownerId))
        .orderBy(asc(profiles.createdAt), asc(profiles.id)),
    );
    return rows.map(toProfile);
  }

  async countByOwner(ownerId: string): Promise<number> {
    const rows = await this.database.exec((db) =>
      db.select({ n: count() }).from(profiles).where(eq(profiles.ownerId, ownerId)),
    );
    return Number(rows[0]?.n ?? 0);
  }

  async save(profile: Profile, expectedVersion: number): Promise<void> {
    const { id, ownerId, createdAt: _createdAt, ...changes } = profile.toPrimitives();
    let updated: Array<{ id: string }>;
    try {
      // Optimistic concurrency in one statement: the row changes only if nobody saved since we read it.
      updated = await this.database.exec((db) =>
        db
          .update(profiles)
          .set(changes)
          .where(
            and(eq(profiles.id, id), eq(profiles.ownerId, ownerId), eq(profiles.version, expectedVersion)),
          )
          .returning({ id: profiles.id }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw ProfileErrors.conflict();
      throw error;
    }
    if (updated.length > 0) return;
    const current = await this.database.exec((db) =>
      db
        .select({ version: profiles.version })
        .from(profiles)
        .where(and(eq(profiles.id, id), eq(profiles.ownerId, ownerId)))
        .limit(1),
    );
    if (!current[0]) throw ProfileErrors.notFound();
    throw ProfileErrors.versionConflict(expectedVersion, current[0].version);
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db
        .delete(profiles)
        .where(and(eq(profiles.id, id), eq(profiles.ownerId, ownerId)))
        .returning({ id: profiles.id }),
    );
    return deleted.length > 0;
  }

  async deleteAllByOwner(ownerId: string): Promise<number> {
    const deleted = await this.database.exec((db) =>
      db.delete(profiles).where(eq(profiles.ownerId, ownerId)).returning({ id: profiles.id }),
    );
    return deleted.length;
  }
}
