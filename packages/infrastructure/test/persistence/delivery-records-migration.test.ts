import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserMother } from '@tailor/application/testing';
import Database from 'better-sqlite3';
import { drizzle as sqliteDrizzle } from 'drizzle-orm/better-sqlite3';
import { migrate as sqliteMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as pgDrizzle } from 'drizzle-orm/postgres-js';
import { migrate as pgMigrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/persistence/migrations-folder.js';
import { PostgresDatabase } from '../../src/persistence/postgres-database.js';
import type { Dialect, SqlDatabase } from '../../src/persistence/sql-database.js';
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../../src/persistence/sqlite-database.js';
import { createScratchPostgres, postgresIsAvailable } from '../../src/testing/index.js';

// Databases written before tasks became delivery records: a queued or running task must still be delivered
// (or recovered), and an enhancement that lived only in its task (outcome in the task's result) is moved into
// the enhancements table, so nothing a user started is lost.
const LAST_OLD_MIGRATION = 10;
const postgresAvailable = await postgresIsAvailable();
const dir = mkdtempSync(join(tmpdir(), 'tailor-delivery-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was before delivery records. */
function oldMigrations(dialect: Dialect): string {
  const folder = join(dir, `${dialect}-old`);
  cpSync(migrationsFolder(dialect), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx <= LAST_OLD_MIGRATION);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const T0 = Date.parse('2026-01-02T03:04:05.000Z');
const proposal = {
  itemId: 'summary',
  kind: 'summary',
  experienceId: null,
  bulletIndex: null,
  original: 'Engineer.',
  proposed: 'Backend engineer.',
};

/** Old rows: a succeeded enhancement task with its outcome, a queued one, and a running generation task. */
function oldRows(userId: string) {
  const row = (id: string, kind: string, status: string, input: unknown, result: unknown = null) => ({
    id,
    kind,
    status,
    input: JSON.stringify(input),
    result: result === null ? null : JSON.stringify(result),
    attempts: status === 'queued' ? 0 : 1,
    lockedBy: status === 'running' ? 'dead-worker' : null,
    userId,
  });
  return [
    row(
      'old-done',
      'profile_enhancement',
      'succeeded',
      { profileId: 'p1' },
      {
        profileVersion: 3,
        styleFrom: 'resume',
        proposals: [proposal],
        dropped: [],
      },
    ),
    row('old-queued', 'profile_enhancement', 'queued', { profileId: 'p1' }),
    row('old-running', 'generation', 'running', { generationId: 'old-running' }),
  ];
}

async function check(database: SqlDatabase, userId: string) {
  const repos = createSqlRepositories(database);
  expect(await repos.enhancements.findById(userId, 'old-done')).toMatchObject({
    profileId: 'p1',
    status: 'succeeded',
    profileVersion: 3,
    styleFrom: 'resume',
    proposals: [proposal],
    dropped: [],
    applied: null,
  });
  expect(await repos.enhancements.findById(userId, 'old-queued')).toMatchObject({
    profileId: 'p1',
    status: 'queued',
    proposals: [],
  });
  expect(await repos.tasks.findById(userId, 'old-done')).toMatchObject({
    subjectId: 'old-done',
    delivery: 'delivered',
  });
  // Still to be delivered: the queued one is leased next, the running one is recovered when its lease is stale.
  expect(await repos.tasks.findById(userId, 'old-queued')).toMatchObject({
    subjectId: 'old-queued',
    delivery: 'pending',
    attempts: 0,
  });
  expect(await repos.tasks.findById(userId, 'old-running')).toMatchObject({
    subjectId: 'old-running',
    delivery: 'leased',
    leasedBy: 'dead-worker',
  });
  expect(await repos.tasks.recoverStale(new Date(T0 + 60_000))).toEqual(['old-running']);
  const claimed = await repos.tasks.claim({ workerId: 'w', now: new Date(T0 + 60_000), maxPerUser: 5 });
  expect(claimed?.id).toBe('old-queued');
}

describe('the migration to delivery records', () => {
  it('on SQLite keeps queued and running tasks deliverable and moves old enhancements into their table', async () => {
    const file = join(dir, 'old.db');
    const old = new Database(file);
    sqliteMigrate(sqliteDrizzle(old), { migrationsFolder: oldMigrations('sqlite') });
    const user = UserMother.create();
    old
      .prepare('insert into users (id, email, password_hash, created_at, updated_at) values (?, ?, ?, ?, ?)')
      .run(user.id, user.email, 'hash', T0, T0);
    const insert = old.prepare(
      `insert into background_tasks (id, user_id, kind, status, stage, progress, attempts, max_attempts, error, input,
       result, cancel_requested, locked_by, heartbeat_at, created_at, started_at, finished_at, updated_at)
       values (@id, @userId, @kind, @status, null, 0, @attempts, 3, null, @input, @result, 0, @lockedBy, ${T0}, ${T0}, null, null, ${T0})`,
    );
    for (const row of oldRows(user.id)) insert.run(row);
    old.close();

    const database = SqliteDatabase.open(file);
    await database.migrate();
    await check(database, user.id);
    await database.close();
  });

  it.skipIf(!postgresAvailable)('on PostgreSQL, the same', async () => {
    const scratch = await createScratchPostgres('delivery');
    const client = postgres(scratch.url, { max: 1, onnotice: () => {} });
    try {
      await pgMigrate(pgDrizzle(client), { migrationsFolder: oldMigrations('postgres') });
      const user = UserMother.create();
      const at = new Date(T0).toISOString();
      await client`insert into users (id, email, password_hash, created_at, updated_at)
        values (${user.id}, ${user.email}, 'hash', ${at}::timestamptz, ${at}::timestamptz)`;
      for (const row of oldRows(user.id))
        await client`insert into background_tasks (id, user_id, kind, status, stage, progress, attempts, max_attempts,
          error, input, result, cancel_requested, locked_by, heartbeat_at, created_at, started_at, finished_at, updated_at)
          values (${row.id}, ${row.userId}, ${row.kind}, ${row.status}, null, 0, ${row.attempts}, 3, null,
          ${row.input}::jsonb, ${row.result}::jsonb, 0, ${row.lockedBy}, ${at}::timestamptz, ${at}::timestamptz, null, null, ${at}::timestamptz)`;
      const database = PostgresDatabase.open(scratch.url, { maxConnections: 2 });
      await database.migrate();
      await check(database, user.id);
      await database.close();
    } finally {
      await client.end();
      await scratch.drop();
    }
  });
});
