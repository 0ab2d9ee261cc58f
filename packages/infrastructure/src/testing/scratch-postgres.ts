import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The server tests may create databases on: TEST_DATABASE_URL, or the local default (user postgres). */
export const testPostgresAdminUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/**
 * Whether tests can use PostgreSQL. Outside CI a missing server skips those tests (with a warning);
 * under CI=true it is a failure, so a broken CI machine can never pass by testing SQLite alone.
 */
export async function postgresIsAvailable(): Promise<boolean> {
  const admin = postgres(testPostgresAdminUrl(), { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin`select 1`;
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required in CI but did not answer at ${testPostgresAdminUrl()}`, {
        cause: error,
      });
    }
    console.warn(`PostgreSQL not reachable at ${testPostgresAdminUrl()}: skipping PostgreSQL tests.`);
    return false;
  } finally {
    await admin.end({ timeout: 1 });
  }
}

export interface ScratchPostgres {
  url: string;
  /** Empties every table (keeps the schema), for isolation between tests sharing the database. */
  truncateAll(): Promise<void>;
  /** Client connections others hold open to this database now (autovacuum and the like not counted). */
  connections(): Promise<number>;
  drop(): Promise<void>;
}

/** A new, empty database with a random name, for one test file. */
export async function createScratchPostgres(label = 'test'): Promise<ScratchPostgres> {
  const name = `tailor_${label}_${randomBytes(6).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/gu, '_');
  const adminUrl = testPostgresAdminUrl();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  return {
    url,
    async truncateAll() {
      const tables = await client<{ tablename: string }[]>`
        select tablename from pg_tables where schemaname = 'public'`;
      if (tables.length === 0) return;
      await client.unsafe(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')} cascade`);
    },
    async connections() {
      const [row] = await client<{ open: number }[]>`
        select count(*)::int as open from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`;
      return row!.open;
    },
    async drop() {
      await client.end({ timeout: 1 });
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * VACUUM ANALYZE on a database after a bulk load: the planner statistics and visibility map a default server's
 * autovacuum gathers within a minute (test and bench servers may run with autovacuum off).
 */
export async function vacuumAnalyze(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client.unsafe('vacuum analyze');
  } finally {
    await client.end({ timeout: 1 });
  }
}
