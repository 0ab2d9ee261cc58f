import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobMother, UserMother } from '@tailor/application/testing';
import type { JobSearch } from '@tailor/domain';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/persistence/migrations-folder.js';
import { PostgresDatabase } from '../../src/persistence/postgres-database.js';
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { createScratchPostgres, postgresIsAvailable, type ScratchPostgres } from '../../src/testing/index.js';

// PostgreSQL searches the words a term starts, looked up in the owner's word list (migration job_words): the
// list must hold every word of every posting the owner has, from before the migration too, and go with them.
const LAST_MIGRATION_WITHOUT_WORDS = 12;
const postgresAvailable = await postgresIsAvailable();
const dir = mkdtempSync(join(tmpdir(), 'tailor-job-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function migrationsWithoutWords(): string {
  const folder = join(dir, 'postgres-old');
  cpSync(migrationsFolder('postgres'), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx <= LAST_MIGRATION_WITHOUT_WORDS);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const search = (q: string): JobSearch => ({
  q,
  page: 1,
  size: 20,
  sort: { field: 'title', direction: 'asc' },
});

describe.skipIf(!postgresAvailable)('the owner’s word list (PostgreSQL)', () => {
  let scratch: ScratchPostgres;
  let client: postgres.Sql;
  let database: PostgresDatabase;
  const words = async (ownerId: string) =>
    (
      await client<{ word: string }[]>`select word from job_words where owner_id = ${ownerId} order by word`
    ).map((row) => row.word);

  beforeEach(async () => {
    scratch = await createScratchPostgres('job_words');
    client = postgres(scratch.url, { max: 1, onnotice: () => {} });
  });
  afterEach(async () => {
    await database.close();
    await client.end();
    await scratch.drop();
  });

  it('lists the words of postings saved before the migration, which are then found by their starts', async () => {
    await migrate(drizzle(client), { migrationsFolder: migrationsWithoutWords() });
    database = PostgresDatabase.open(scratch.url, { maxConnections: 2 });
    const repos = createSqlRepositories(database);
    const ann = UserMother.create();
    await repos.users.add(ann);
    // Saved as it was then: without the columns later migrations added (the stored layout).
    const then = JobMother.create({
      ownerId: ann.id,
      title: 'Welder',
      company: 'Acme',
      description: 'TIG',
    }).toPrimitives();
    await client`insert into jobs (id, owner_id, title, company, description, responsibilities, requirements,
      nice_to_have, source, status, application_status, furthest_stage, keywords, created_at, updated_at)
      values (${then.id}, ${then.ownerId}, ${then.title}, ${then.company}, ${then.description},
      ${JSON.stringify(then.responsibilities)}::jsonb, ${JSON.stringify(then.requirements)}::jsonb, ${JSON.stringify(then.niceToHave)}::jsonb,
      ${then.source}, ${then.status}, ${then.applicationStatus}, ${then.furthestStage},
      ${JSON.stringify(then.keywords)}::jsonb, ${then.createdAt.toISOString()}, ${then.updatedAt.toISOString()})`;
    await database.migrate();
    expect(await words(ann.id)).toEqual(expect.arrayContaining(['acme', 'tig', 'welder']));
    expect(
      (await repos.jobs.search(ann.id, search('weld ac'))).items.map((job) => job.details().title),
    ).toEqual(['Welder']);
  });

  it('adds the words of new and edited postings, not of the catalog, and deletes them with the account', async () => {
    database = PostgresDatabase.open(scratch.url, { maxConnections: 4 });
    await database.migrate();
    const repos = createSqlRepositories(database);
    const ann = UserMother.create();
    await repos.users.add(ann);
    const job = JobMother.create({ ownerId: ann.id, title: 'Nurse', company: null, description: 'Ward' });
    await repos.jobs.add(job);
    job.update({ ...job.details(), description: 'Midwife' }, { required: [], preferred: [] }, new Date());
    await repos.jobs.save(job);
    await repos.jobs.upsertCatalog(
      JobMother.create({ ownerId: null, title: 'Catalogued', description: 'x' }),
    );
    // An edit's old word stays listed (it then matches nothing); a word is listed once.
    expect(await words(ann.id)).toEqual(['midwife', 'nurse', 'ward']);
    expect((await client`select count(*)::int as n from job_words`)[0]!.n).toBe(3);

    await repos.users.delete(ann.id);
    expect((await client`select count(*)::int as n from job_words`)[0]!.n).toBe(0);
  });

  it('lets transactions adding the same words to one owner run at once', async () => {
    database = PostgresDatabase.open(scratch.url, { maxConnections: 4 });
    await database.migrate();
    const repos = createSqlRepositories(database);
    const ann = UserMother.create();
    await repos.users.add(ann);
    // Each transaction adds the same words in another order: with a unique key on the list, one would wait
    // for the other's word while holding the word the other waits for.
    const batch = (order: string[]) =>
      repos.unitOfWork.run(async () => {
        for (const word of order)
          await repos.jobs.add(JobMother.create({ ownerId: ann.id, title: word, description: 'shared' }));
      });
    const vocabulary = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
    await Promise.all([batch(vocabulary), batch([...vocabulary].reverse()), batch(vocabulary.slice(2))]);
    expect((await repos.jobs.search(ann.id, search('shared'))).total).toBe(13);
  });
});
