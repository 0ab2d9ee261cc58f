import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserMother } from '@tailor/application/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../../src/persistence/sqlite-database.js';
import { SystemClock } from '../../src/system/system-clock.js';
import { UlidIdGenerator } from '../../src/system/ulid-id-generator.js';
import { DurableTaskQueue } from '../../src/tasks/durable-task-queue.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/** Starts the child runner and resolves with the id of its task once the handler is running. */
function startChild(file: string, userId: string) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CHILD, file, userId], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const running = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /running (\S+)/u.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before running: ${stderr}`)));
  });
  return { child, running };
}

describe('a runner process killed with SIGKILL mid-task', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailor-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a leased row that the next runner recovers and delivers', async () => {
    const file = join(dir, 'tailor.db');
    const database = SqliteDatabase.open(file);
    await database.migrate();
    const repositories = createSqlRepositories(database);
    const user = UserMother.create({ id: new UlidIdGenerator().next() });
    await repositories.users.add(user);

    const { child, running } = startChild(file, user.id);
    const taskId = await running;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const orphan = await repositories.tasks.get(taskId);
    expect(orphan).toMatchObject({ delivery: 'leased', subjectId: 'work-from-child', attempts: 1 });
    const deliveredTo: string[] = [];

    const next = new DurableTaskQueue(
      repositories.tasks,
      [
        {
          kind: 'slow',
          run: async (task) => {
            deliveredTo.push(task.subjectId);
            return { status: 'succeeded' };
          },
          isCancelled: async () => false,
          giveUp: async () => {},
        },
      ],
      new SystemClock(),
      new UlidIdGenerator(),
      { concurrency: 1, maxPerUser: 1, heartbeatMs: 50, staleAfterMs: 400, sweepMs: 400, pollMs: 20 },
    );
    await next.start();
    const deadline = Date.now() + 10_000;
    let task = await repositories.tasks.get(taskId);
    while (task?.delivery !== 'delivered' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      task = await repositories.tasks.get(taskId);
    }
    expect(task).toMatchObject({ delivery: 'delivered', attempts: 2, leasedBy: null });
    expect(deliveredTo).toEqual(['work-from-child']);
    await next.stop();
    await database.close();
  }, 30_000);
});
