import { JobMother, UserMother } from '@tailor/application/testing';
import type { JobPage, JobSearch } from '@tailor/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlJobRepository } from '../../src/jobs/sql-job-repository.js';
import { createSqlRepositories } from '../../src/persistence/sql-repositories.js';
import { SqliteDatabase } from '../../src/persistence/sqlite-database.js';

// SQLite pages a text search one of two ways, chosen by how many jobs match (see SqlJobRepository.page):
// walking the owner's index in creation order, or letting the full-text index drive. Both must give the same
// pages, counts and cursors, whichever one the count picks.
describe('SQLite job search: both query plans give the same pages', () => {
  const database = SqliteDatabase.open(':memory:');
  const walking = new SqlJobRepository(database, { textDrivesBelow: 0 });
  const textDriven = new SqlJobRepository(database, { textDrivesBelow: Number.POSITIVE_INFINITY });
  const owner = UserMother.create();
  const other = UserMother.create();
  const words = ['nurse', 'care', 'python', 'kubernetes', 'audit', 'lesson', 'welding', 'safety'];

  beforeAll(async () => {
    await database.migrate();
    const repos = createSqlRepositories(database);
    await repos.users.add(owner);
    await repos.users.add(other);
    for (let i = 0; i < 90; i += 1) {
      const picked = words.filter((_, w) => (i * 7 + w * 3) % (w + 2) === 0);
      await repos.jobs.add(
        JobMother.create({
          ownerId: i % 5 === 4 ? other.id : owner.id,
          title: `Posting ${i} ${picked[0] ?? 'misc'}`,
          description: picked.join(' '),
          // Creation times repeat, so ties fall to the id.
          now: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 13)),
        }),
      );
    }
  });
  afterAll(() => database.close());

  const search = (overrides: Partial<JobSearch>): JobSearch => ({
    page: 1,
    size: 7,
    sort: { field: 'createdAt', direction: 'desc' },
    ...overrides,
  });
  const ids = (page: JobPage) => page.items.map((job) => job.id);

  it.each(['nurse', 'care python', 'safety', 'k', 'xyzzy', 'posting 1'])('q=%s', async (q) => {
    for (const direction of ['asc', 'desc'] as const)
      for (const page of [1, 2, 5]) {
        const request = search({ q, page, sort: { field: 'createdAt', direction } });
        const walked = await walking.search(owner.id, request);
        const driven = await textDriven.search(owner.id, request);
        expect(ids(walked)).toEqual(ids(driven));
        expect(walked.total).toBe(driven.total);
        expect(walked.next).toEqual(driven.next);
        for (const job of walked.items) expect(job.ownerId).toBe(owner.id);
        if (walked.next) {
          const after = search({ q, sort: request.sort, after: walked.next });
          expect(ids(await walking.search(owner.id, after))).toEqual(
            ids(await textDriven.search(owner.id, after)),
          );
        }
      }
  });
});
