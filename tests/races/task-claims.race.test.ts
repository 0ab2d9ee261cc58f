import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserMother } from '@tailor/application/testing';
import type { BackgroundTask } from '@tailor/domain';
import {
  PostgresDatabase,
  SqliteDatabase,
  UlidIdGenerator,
  createSqlRepositories,
  type SqlDatabase,
} from '@tailor/infrastructure';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { afterAll, describe, expect, it } from 'vitest';

const postgresAvailable = await postgresIsAvailable();
const ids = new UlidIdGenerator();
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/**
 * Instances' connections to one database: on PostgreSQL several pools, as several app instances have. On
 * SQLite one connection: better-sqlite3 waits for a locked database synchronously, so two connections in
 * one process would block the event loop that the lock holder needs (separate processes are fine, and are
 * serialised by BEGIN IMMEDIATE).
 */
async function connections(kind: 'sqlite' | 'postgres', count: number): Promise<SqlDatabase[]> {
  if (kind === 'sqlite') {
    const database = SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'tailor-claims-')), 'tailor.db'));
    await database.migrate();
    cleanups.push(() => database.close());
    return Array.from({ length: count }, () => database);
  }
  const scratch = await createScratchPostgres('claims');
  const all = Array.from({ length: count }, () => PostgresDatabase.open(scratch.url, { maxConnections: 3 }));
  await all[0]!.migrate();
  cleanups.push(() => scratch.drop(), ...all.map((db) => () => db.close()));
  return all;
}

const queued = (userId: string, now: Date): BackgroundTask => {
  const id = ids.next();
  return {
    id,
    userId,
    kind: 'generation',
    subjectId: id,
    delivery: 'pending',
    attempts: 0,
    maxAttempts: 3,
    leasedBy: null,
    heartbeatAt: null,
    createdAt: now,
  };
};

for (const kind of ['sqlite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !postgresAvailable)(`concurrent task cap [${kind}]`, () => {
    it('12 workers on 4 instances claiming at once start at most TASK_MAX_PER_USER (2) of one user’s tasks', async () => {
      const databases = await connections(kind, 4);
      const repos = databases.map((database) => createSqlRepositories(database));
      const user = UserMother.create({ id: ids.next() });
      await repos[0]!.users.add(user);
      const now = new Date();
      for (let i = 0; i < 8; i += 1) await repos[0]!.tasks.add(queued(user.id, new Date(now.getTime() + i)));

      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          repos[i % 4]!.tasks.claim({ workerId: `worker-${i}`, now, maxPerUser: 2 }),
        ),
      );
      const won = claims.filter((task) => task !== null);
      console.log(`race [${kind}] 12 concurrent claims, cap 2: ${won.length} claimed`);
      expect(won).toHaveLength(2);
      expect(new Set(won.map((task) => task.id)).size).toBe(2);
    });
  });
}
