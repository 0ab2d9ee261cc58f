import { createInMemoryRepositories } from '@tailor/application/testing';
import type { Repositories } from '@tailor/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { createSqlRepositories } from '../src/persistence/sql-repositories.js';
import { PostgresDatabase } from '../src/persistence/postgres-database.js';
import type { SqlDatabase } from '../src/persistence/sql-database.js';
import { SqliteDatabase } from '../src/persistence/sqlite-database.js';
import { createScratchPostgres, postgresIsAvailable, type ScratchPostgres } from '../src/testing/index.js';

export type StoreName = 'memory' | 'sqlite' | 'postgres';

export interface ContractContext {
  store: StoreName;
  repositories: Repositories;
  /** The SQL database behind the repositories (absent for the in-memory fake). */
  database: SqlDatabase | undefined;
}

const postgresAvailable = await postgresIsAvailable();

/**
 * Runs one repository contract suite against the in-memory fake, SQLite (:memory:) and PostgreSQL (a scratch
 * database per file, emptied between tests). Every store gets a fresh, empty state for every test, so a
 * suite can assume nothing is stored yet.
 */
export function describeContract(title: string, suite: (context: () => ContractContext) => void): void {
  describe(`${title} [memory]`, () => {
    let context: ContractContext;
    beforeEach(() => {
      context = { store: 'memory', repositories: createInMemoryRepositories(), database: undefined };
    });
    suite(() => context);
  });

  describe(`${title} [sqlite]`, () => {
    let context: ContractContext;
    beforeEach(async () => {
      const database = SqliteDatabase.open(':memory:');
      await database.migrate();
      context = { store: 'sqlite', repositories: createSqlRepositories(database), database };
    });
    afterEach(async () => {
      await context.database?.close();
    });
    suite(() => context);
  });

  describe.skipIf(!postgresAvailable)(`${title} [postgres]`, () => {
    let scratch: ScratchPostgres;
    let database: PostgresDatabase;
    let context: ContractContext;
    beforeAll(async () => {
      scratch = await createScratchPostgres('contract');
      database = PostgresDatabase.open(scratch.url, { maxConnections: 4 });
      await database.migrate();
    });
    afterAll(async () => {
      await database?.close();
      await scratch?.drop();
    });
    beforeEach(async () => {
      await scratch.truncateAll();
      context = { store: 'postgres', repositories: createSqlRepositories(database), database };
    });
    suite(() => context);
  });
}
