import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Mutex } from 'async-mutex';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as sqliteSchema from './schema/sqlite.js';
import { migrationsFolder } from './migrations-folder.js';
import type { AppDb, PreparableQuery, PreparedQuery, SqlDatabase } from './sql-database.js';

interface OpenTransaction {
  active: boolean;
  savepoints: number;
}

/**
 * SQLite through better-sqlite3, whose transactions are synchronous: drizzle rejects an async transaction
 * callback, and statements issued after an `await` would escape it. So transactions are driven by hand
 * (BEGIN IMMEDIATE / COMMIT / ROLLBACK, savepoints when nested) and every statement, transactional or not,
 * is queued behind one FIFO mutex. The async context that holds an open transaction bypasses the queue;
 * everyone else waits, so no request ever runs inside another's transaction.
 */
export class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  private readonly mutex = new Mutex();
  private readonly openTransaction = new AsyncLocalStorage<OpenTransaction>();
  private readonly db: AppDb;

  constructor(private readonly sqlite: Database.Database) {
    // The single cast between dialects (see sql-database.ts for why it is sound).
    this.db = drizzle(sqlite, { schema: sqliteSchema }) as unknown as AppDb;
  }

  static open(filename: string): SqliteDatabase {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    const sqlite = new Database(filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return new SqliteDatabase(sqlite);
  }

  async exec<T>(query: (db: AppDb) => PromiseLike<T> | T): Promise<T> {
    if (this.openTransaction.getStore()?.active) return query(this.db);
    return this.mutex.runExclusive(async () => query(this.db));
  }

  prepare<R>(name: string, build: (db: AppDb) => PreparableQuery<R>): PreparedQuery<R> {
    // One connection, so one statement serves transactions too; prepared lazily, once the tables exist.
    let statement: ReturnType<PreparableQuery<R>['prepare']> | undefined;
    const run = (values: Record<string, unknown>) =>
      (statement ??= build(this.db).prepare(name)).execute(values);
    return (values) => {
      // better-sqlite3 runs a statement synchronously, so when nobody holds or awaits the queue (no open
      // transaction anywhere, nothing waiting) it runs right now and cannot land inside another's transaction,
      // without the mutex's promises and microtask hops, which cost more than the indexed read itself.
      // drizzle's result is lazy (it would run when awaited, a microtask later): `sync()` runs it here.
      if (!this.mutex.isLocked() && !this.openTransaction.getStore()?.active) {
        const result = run(values) as PromiseLike<R> & { sync?: () => R };
        if (result.sync) {
          try {
            return Promise.resolve(result.sync());
          } catch (error) {
            return Promise.reject(error as Error);
          }
        }
      }
      return this.exec(() => run(values));
    };
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const open = this.openTransaction.getStore();
    if (open?.active) return this.savepoint(open, work);
    return this.mutex.runExclusive(async () => {
      const tx: OpenTransaction = { active: true, savepoints: 0 };
      this.sqlite.exec('BEGIN IMMEDIATE');
      try {
        const result = await this.openTransaction.run(tx, work);
        this.sqlite.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
        throw error;
      } finally {
        // Work that the transaction started but did not await must not keep bypassing the queue.
        tx.active = false;
      }
    });
  }

  private async savepoint<T>(open: OpenTransaction, work: () => Promise<T>): Promise<T> {
    open.savepoints += 1;
    const name = `sp_${open.savepoints}`;
    this.sqlite.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      this.sqlite.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.sqlite.exec(`ROLLBACK TO ${name}`);
      this.sqlite.exec(`RELEASE ${name}`);
      throw error;
    }
  }

  /**
   * Nothing to take: every transaction here starts with BEGIN IMMEDIATE (the database's single writer lock,
   * also against other processes) behind the runner's mutex, so transactions never overlap at all.
   */
  async lockUntilCommit(_key: string): Promise<void> {}

  async migrate(): Promise<void> {
    await this.mutex.runExclusive(() =>
      migrate(drizzle(this.sqlite), { migrationsFolder: migrationsFolder('sqlite') }),
    );
  }

  async ping(): Promise<void> {
    await this.exec(() => this.sqlite.prepare('select 1').get());
  }

  async close(): Promise<void> {
    await this.mutex.runExclusive(() => {
      if (this.sqlite.open) this.sqlite.close();
    });
  }
}
