import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as pgSchema from './schema/pg.js';
import { migrationsFolder } from './migrations-folder.js';
import type { AppDb, PreparableQuery, PreparedQuery, SqlDatabase } from './sql-database.js';

const PING_TIMEOUT_MS = 2_000;
/** Any fixed 64-bit key: every Tailor instance takes the same lock before it migrates. */
export const MIGRATION_LOCK_KEY = 7_310_245_118_301n;

/** PostgreSQL through postgres.js; transactions are native and carried to repositories by async context. */
export class PostgresDatabase implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  private readonly ambient = new AsyncLocalStorage<AppDb>();
  private readonly db: PostgresJsDatabase<typeof pgSchema>;

  private constructor(
    private readonly client: postgres.Sql,
    private readonly url: string,
  ) {
    this.db = drizzle(client, { schema: pgSchema });
  }

  static open(url: string, options: { maxConnections?: number } = {}): PostgresDatabase {
    return new PostgresDatabase(connect(url, options.maxConnections ?? 10), url);
  }

  async exec<T>(query: (db: AppDb) => PromiseLike<T> | T): Promise<T> {
    return query(this.ambient.getStore() ?? this.db);
  }

  prepare<R>(name: string, build: (db: AppDb) => PreparableQuery<R>): PreparedQuery<R> {
    // Named, so postgres.js prepares it server-side once per pooled connection. A transaction holds a
    // connection of its own: there the query is built on the transaction's handle so that it joins it.
    let statement: ReturnType<PreparableQuery<R>['prepare']> | undefined;
    return async (values) => {
      const tx = this.ambient.getStore();
      if (tx) return build(tx).prepare(name).execute(values);
      return (statement ??= build(this.db).prepare(name)).execute(values);
    };
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const outer: AppDb = this.ambient.getStore() ?? this.db;
    return outer.transaction((tx) => this.ambient.run(tx, work));
  }

  /**
   * A transaction-scoped advisory lock on a 64-bit hash of the key: released by commit or rollback, so it
   * can never leak. READ COMMITTED gives each later statement a fresh snapshot, so once the lock is held the
   * transaction sees everything its predecessor committed. (A hash collision only serialises more.)
   */
  async lockUntilCommit(key: string): Promise<void> {
    await this.exec((db) => db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`));
  }

  /**
   * Instances starting together on an empty database would race on the same migrations (duplicate keys); a
   * session-level advisory lock on a connection of its own lets one migrate while the others wait, after which
   * they find nothing left to apply.
   */
  async migrate(): Promise<void> {
    const session = connect(this.url, 1);
    try {
      await session`select pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
      await migrate(drizzle(session, { schema: pgSchema }), {
        migrationsFolder: migrationsFolder('postgres'),
      });
    } finally {
      // Ending the session releases the lock even if the migration failed.
      await session.end({ timeout: 5 });
    }
  }

  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.client`select 1`, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.client.end({ timeout: 5 });
  }
}

function connect(url: string, max: number): postgres.Sql {
  return postgres(url, {
    max,
    connect_timeout: 5,
    // Migrations re-run "create schema if not exists" and the server answers with notices: not news.
    onnotice: () => {},
  });
}
