import { Param, getTableColumns, sql, type SQL, type Table } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/pg.js';

/**
 * The one handle type repositories are written against. On SQLite the drizzle handle is cast to it in
 * exactly one place (sqlite-database.ts); schema/parity.ts proves the row types agree, so the query builders
 * produce the same shapes on both dialects. Stay within the common subset: no `db.execute`, `ilike`,
 * `distinctOn` or `.for('update')` here; put dialect-only pieces behind the repository port.
 */
export type AppDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Dialect = 'sqlite' | 'postgres';

/** A drizzle query that can be prepared: a select (or other builder) written with `sql.placeholder`s. */
export interface PreparableQuery<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): PromiseLike<R> };
}

/**
 * `set()` values of a prepared UPDATE: one placeholder per column, named as the column's key, bound at
 * execute time through that column's encoder (JSON, timestamps) with NULL passed through as NULL, exactly
 * as drizzle binds a plain value. (drizzle's own placeholder binding would encode a null too: JSON `null`
 * text, or a crash on a timestamp.)
 */
export function boundColumns<T extends Table, K extends keyof T['_']['columns'] & string>(
  table: T,
  keys: readonly K[],
): Record<K, SQL> {
  const columns = getTableColumns(table);
  return Object.fromEntries(
    keys.map((key) => {
      const column = columns[key]!;
      const encoder = { mapToDriverValue: (v: unknown) => (v === null ? null : column.mapToDriverValue(v)) };
      return [key, sql`${new Param(sql.placeholder(key), encoder)}`];
    }),
  ) as Record<K, SQL>;
}

/** Runs a prepared query with the values of its placeholders. */
export type PreparedQuery<R> = (values: Record<string, unknown>) => Promise<R>;

/** A database connection plus the transaction discipline its dialect needs. */
export interface SqlDatabase {
  readonly dialect: Dialect;
  /** Runs one query (or a few) with the handle of the ambient transaction, if any. */
  exec<T>(query: (db: AppDb) => PromiseLike<T> | T): Promise<T>;
  /**
   * A hot query built once and prepared (drizzle `.prepare()`), so no call pays for building its SQL again:
   * SQLite compiles the statement once (on first use, after migrations); PostgreSQL prepares it once per
   * pooled connection (a named statement). Inside a transaction it runs on the transaction's handle.
   * `name` is unique per query.
   */
  prepare<R>(name: string, build: (db: AppDb) => PreparableQuery<R>): PreparedQuery<R>;
  /** Runs `work` in a transaction; repository calls inside it join it. Nested calls become savepoints. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: waits until no other transaction holds `key`, then holds it until this one ends.
   * Serialises read-then-write decisions (limits, counts) across connections and instances.
   */
  lockUntilCommit(key: string): Promise<void>;
  /** Applies pending migrations; safe to repeat. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
