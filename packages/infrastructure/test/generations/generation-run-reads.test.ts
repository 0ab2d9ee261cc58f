import {
  CreateJob,
  GenerationEventLog,
  GenerationTaskHandler,
  ParseJobText,
  RunGenerationPipeline,
  StartGeneration,
  fromJsonResume,
} from '@tailor/application';
import { DeterministicFakeLlm, FixedClock, SequentialIds, UserMother } from '@tailor/application/testing';
import { Profile, type BackgroundTask, type Repositories } from '@tailor/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../../../../tests/support/fixtures.js';
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../../src/persistence/sqlite-database.js';

/** The real SQL repositories, each wrapped to count the calls made through it (method name per call). */
function counted(repos: Repositories, names: (keyof Repositories)[]) {
  const calls: string[] = [];
  const wrapped = { ...repos };
  for (const name of names) {
    const target = repos[name] as object;
    (wrapped as Record<string, unknown>)[name] = new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${name}.${String(property)}`);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  }
  return { repos: wrapped, calls };
}

describe('a generation run, through the task handler, on the real SQLite repositories', () => {
  const databases: SqliteDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.close();
  });

  async function setup() {
    const database = SqliteDatabase.open(':memory:');
    databases.push(database);
    await database.migrate();
    const real = createSqlRepositories(database);
    const user = UserMother.create();
    await real.users.add(user);
    const clock = new FixedClock(new Date('2026-03-10T12:00:00.000Z'));
    const ids = new SequentialIds('gen');
    const profile = Profile.create({
      id: ids.next(),
      ownerId: user.id,
      isDefault: true,
      content: fromJsonResume(jsonResumeExample('seniorEngineer'), ids),
      ids,
      now: clock.now(),
    });
    await real.profiles.add(profile);
    const job = await new CreateJob(real.jobs, new ParseJobText(), ids, clock).execute({
      userId: user.id,
      rawText: readFixture('jobs/software-engineer.en.txt'),
    });
    const { generation } = await new StartGeneration({ ...real, ids, clock }).execute({
      userId: user.id,
      type: 'resume',
      jobId: job.id,
    });
    const { repos, calls } = counted(real, ['generations', 'jobs', 'profiles', 'documents']);
    const deps = { ...repos, ids, clock };
    const pipeline = new RunGenerationPipeline({ ...deps, llm: new DeterministicFakeLlm() });
    const events = new GenerationEventLog(clock);
    const handler = new GenerationTaskHandler(pipeline, repos.generations, clock, events);
    const task = { id: generation.id, userId: user.id, subjectId: generation.id, attempts: 1 };
    const run = () =>
      handler.run(task as BackgroundTask, {
        signal: new AbortController().signal,
        yieldToRequests: async () => {},
      });
    const stages = () =>
      events
        .history(generation.id)
        .filter((e) => e.status === 'running')
        .map((e) => e.stage);
    return { run, calls, stages, real, user, generation };
  }

  it('reads the generation, its job and its profile once, and makes at most 8 repository calls', async () => {
    const f = await setup();
    expect(await f.run()).toMatchObject({ status: 'succeeded' });
    expect(f.calls.filter((c) => c.startsWith('generations.find'))).toEqual(['generations.findById']);
    expect(f.calls.filter((c) => c.startsWith('jobs.'))).toEqual(['jobs.findById']);
    expect(f.calls.filter((c) => c.startsWith('profiles.'))).toEqual(['profiles.findById']);
    expect(f.calls.length, f.calls.join(', ')).toBeLessThanOrEqual(8);
    // Every stage is still reported, in order, and the stored result is whole.
    expect(f.stages()).toEqual([
      'analyzing',
      'ranking',
      'writing',
      'verifying',
      'scoring',
      'rendering',
      'rendering',
    ]);
    const stored = await f.real.generations.findById(f.user.id, f.generation.id);
    expect(stored?.toPrimitives()).toMatchObject({ status: 'succeeded', progress: 100 });
    expect(stored?.toPrimitives().documentId).toEqual(expect.any(String));
  });
});
