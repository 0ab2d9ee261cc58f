import { UserMother } from '@tailor/application/testing';
import { describe, expect, it } from 'vitest';
import { createSqlRepositories } from '../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../src/persistence/sqlite-database.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The hazard STACK-NOTES describes: on one better-sqlite3 connection, a statement from another request issued
// while a transaction is open would run inside it (and vanish with its rollback). The runner must queue it.
describe('SqliteDatabase transaction runner', () => {
  it('keeps a concurrent request out of an open transaction', async () => {
    const database = SqliteDatabase.open(':memory:');
    await database.migrate();
    const repos = createSqlRepositories(database);
    const insideTransaction = UserMother.create();
    const concurrent = UserMother.create();

    const failingUnit = repos.unitOfWork.run(async () => {
      await repos.users.add(insideTransaction);
      await tick(30);
      throw new Error('rollback');
    });
    await tick(5);
    const concurrentWrite = repos.users.add(concurrent);

    await expect(failingUnit).rejects.toThrow('rollback');
    await concurrentWrite;
    expect(await repos.users.findById(concurrent.id)).not.toBeNull();
    expect(await repos.users.findById(insideTransaction.id)).toBeNull();
    await database.close();
  });

  it('does not let work left running after a transaction ends bypass the queue', async () => {
    const database = SqliteDatabase.open(':memory:');
    await database.migrate();
    const repos = createSqlRepositories(database);
    let straggler: Promise<void> | undefined;
    await repos.unitOfWork.run(async () => {
      straggler = tick(10).then(() => repos.users.add(UserMother.create({ email: 'late@example.org' })));
    });
    const laterUnit = repos.unitOfWork.run(async () => {
      await tick(30);
      throw new Error('rollback');
    });
    await expect(laterUnit).rejects.toThrow('rollback');
    await straggler;
    expect(await repos.users.findByEmail('late@example.org')).not.toBeNull();
    await database.close();
  });

  // Prepared reads (users by id) skip the queue when it is idle; with a transaction open they must still wait.
  it('keeps a prepared read out of an open transaction of another request, which still reads its own writes', async () => {
    const database = SqliteDatabase.open(':memory:');
    await database.migrate();
    const repos = createSqlRepositories(database);
    const uncommitted = UserMother.create();
    let seenInside: unknown;

    const failingUnit = repos.unitOfWork.run(async () => {
      await repos.users.add(uncommitted);
      seenInside = await repos.users.findById(uncommitted.id);
      await tick(30);
      throw new Error('rollback');
    });
    await tick(5);
    const readDuringTransaction = repos.users.findById(uncommitted.id);

    await expect(failingUnit).rejects.toThrow('rollback');
    expect(await readDuringTransaction).toBeNull();
    expect(seenInside).not.toBeNull();
    expect(await repos.users.findById(uncommitted.id)).toBeNull();
    await database.close();
  });
});
