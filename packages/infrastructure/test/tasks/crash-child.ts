// Run by crash-recovery.test.ts in a child process, which kills it with SIGKILL while the task runs.
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../../src/persistence/sqlite-database.js';
import { SystemClock } from '../../src/system/system-clock.js';
import { UlidIdGenerator } from '../../src/system/ulid-id-generator.js';
import { DurableTaskQueue } from '../../src/tasks/durable-task-queue.js';

const [file, userId] = process.argv.slice(2) as [string, string];
const database = SqliteDatabase.open(file);
const queue = new DurableTaskQueue(
  createSqlRepositories(database).tasks,
  [
    {
      kind: 'slow',
      run: async (task) => {
        process.stdout.write(`running ${task.id}\n`);
        return new Promise(() => {});
      },
      isCancelled: async () => false,
      giveUp: async () => {},
    },
  ],
  new SystemClock(),
  new UlidIdGenerator(),
  { concurrency: 1, maxPerUser: 1, heartbeatMs: 50, staleAfterMs: 400, sweepMs: 400, pollMs: 20 },
);
await queue.start();
await queue.dispatch([await queue.prepare('slow', userId, 'work-from-child', { maxAttempts: 2 })]);
