import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/support/fixtures.js';
import { FixedClock, SequentialIds, createInMemoryRepositories } from '../src/testing/index.js';
import { ImportCatalog, ListCatalog, SaveCatalogJob } from '../src/jobs/catalog.js';
import { CreateJob } from '../src/jobs/create-job.js';
import { JobsContributor } from '../src/jobs/jobs-contributor.js';
import { AnalyzeJob, DeleteJob, GetJob, ListJobs, UpdateJob } from '../src/jobs/manage-jobs.js';
import { ParseJobText } from '../src/jobs/parse-job-text.js';
import { AddJobNote, ChangeApplicationStatus, GetJobStats, GetJobTimeline } from '../src/jobs/tracker.js';

const nursePosting = readFixture('jobs/registered-nurse.en.txt');

function jobsFixture() {
  const repos = createInMemoryRepositories();
  const clock = new FixedClock();
  const ids = new SequentialIds('job');
  return {
    repos,
    clock,
    create: new CreateJob(repos.jobs, new ParseJobText(), ids, clock),
    get: new GetJob(repos.jobs),
    list: new ListJobs(repos.jobs),
    update: new UpdateJob(repos.jobs, clock),
    remove: new DeleteJob(repos.jobs),
    analyze: new AnalyzeJob(repos.jobs, clock),
    move: new ChangeApplicationStatus(repos.jobs, repos.unitOfWork, ids, clock),
    note: new AddJobNote(repos.jobs, ids, clock),
    timeline: new GetJobTimeline(repos.jobs),
    stats: new GetJobStats(repos.jobs),
    importCatalog: new ImportCatalog(repos.jobs, ids, clock),
    catalog: new ListCatalog(repos.jobs),
    saveCatalog: new SaveCatalogJob(repos.jobs, ids, clock),
    contributor: new JobsContributor(repos.jobs),
  };
}

const structured = {
  title: 'Staff Accountant',
  company: 'Northwind Traders',
  description: 'Month-end close, reconciliation and GAAP reporting.',
  requirements: ['Experience with GAAP and account reconciliation', 'Advanced Microsoft Excel'],
  niceToHave: ['QuickBooks'],
};

const page = { page: 1, size: 20, sort: { field: 'createdAt' as const, direction: 'desc' as const } };

describe('jobs use cases', () => {
  it('creates a structured job with keywords drawn from its text', async () => {
    const f = jobsFixture();
    const job = await f.create.execute({ userId: 'u1', details: structured });
    expect(job).toMatchObject({
      title: 'Staff Accountant',
      source: 'user_created',
      applicationStatus: 'saved',
      status: 'active',
    });
    expect(job.keywords.required).toEqual(
      expect.arrayContaining(['GAAP', 'Reconciliation', 'Microsoft Excel']),
    );
    expect(job.keywords.preferred).toContain('QuickBooks');
    expect(job.keywords.required).not.toContain('QuickBooks');
  });

  it('parses raw text into a saved job', async () => {
    const f = jobsFixture();
    const job = await f.create.execute({ userId: 'u1', rawText: nursePosting });
    expect(job.source).toBe('parsed');
    expect(job.title).toBe('Registered Nurse - Medical-Surgical Unit');
    expect(job.company).toBe('Riverside Community Hospital');
    expect(job.keywords.required.length).toBeGreaterThan(3);
  });

  it('refuses empty raw text and invalid details', async () => {
    const f = jobsFixture();
    await expect(f.create.execute({ userId: 'u1', rawText: '  \n ' })).rejects.toMatchObject({
      code: 'JOB.NOTHING_TO_PARSE',
    });
    await expect(f.create.execute({ userId: 'u1', details: { title: ' ' } })).rejects.toMatchObject({
      code: 'JOB.VALIDATION',
      details: { field: 'title' },
    });
    await expect(
      f.create.execute({
        userId: 'u1',
        details: { title: 'X', salaryRange: { min: 10, max: 5, currency: 'EUR', period: 'year' } },
      }),
    ).rejects.toMatchObject({ code: 'JOB.VALIDATION', details: { field: 'salaryRange' } });
    await expect(
      f.create.execute({ userId: 'u1', details: { title: 'X', url: 'javascript:alert(1)' } }),
    ).rejects.toMatchObject({
      code: 'JOB.VALIDATION',
      details: { field: 'url' },
    });
  });

  it('PATCH changes only what is sent and refreshes keywords; PUT replaces', async () => {
    const f = jobsFixture();
    const job = await f.create.execute({ userId: 'u1', details: structured });
    const patched = await f.update.execute({
      userId: 'u1',
      jobId: job.id,
      details: { title: 'Senior Accountant', requirements: ['IFRS'] } as never,
      partial: true,
    });
    expect(patched).toMatchObject({ title: 'Senior Accountant', company: 'Northwind Traders' });
    expect(patched.keywords.required).toContain('IFRS');
    const replaced = await f.update.execute({
      userId: 'u1',
      jobId: job.id,
      details: { title: 'Bookkeeper' },
      partial: false,
    });
    expect(replaced).toMatchObject({ title: 'Bookkeeper', company: null, requirements: [] });
  });

  it('hides another user’s job everywhere', async () => {
    const f = jobsFixture();
    const job = await f.create.execute({ userId: 'u1', details: structured });
    const notFound = { code: 'JOB.NOT_FOUND' };
    await expect(f.get.execute({ userId: 'u2', jobId: job.id })).rejects.toMatchObject(notFound);
    await expect(
      f.update.execute({ userId: 'u2', jobId: job.id, details: { title: 'x' }, partial: true }),
    ).rejects.toMatchObject(notFound);
    await expect(f.remove.execute({ userId: 'u2', jobId: job.id })).rejects.toMatchObject(notFound);
    await expect(f.analyze.execute({ userId: 'u2', jobId: job.id })).rejects.toMatchObject(notFound);
    await expect(
      f.move.execute({ userId: 'u2', jobId: job.id, applicationStatus: 'applied' }),
    ).rejects.toMatchObject(notFound);
    await expect(f.note.execute({ userId: 'u2', jobId: job.id, text: 'hi' })).rejects.toMatchObject(notFound);
    await expect(f.timeline.execute({ userId: 'u2', jobId: job.id })).rejects.toMatchObject(notFound);
    expect((await f.list.execute({ userId: 'u2', search: page })).total).toBe(0);
    expect(await f.get.execute({ userId: 'u1', jobId: job.id })).toMatchObject({ title: 'Staff Accountant' });
  });

  describe('the tracker', () => {
    it('moves forward, records each move with its note, and refuses impossible moves with 422 details', async () => {
      const f = jobsFixture();
      const job = await f.create.execute({ userId: 'u1', details: structured });
      await f.move.execute({
        userId: 'u1',
        jobId: job.id,
        applicationStatus: 'applied',
        note: 'Sent via portal',
        at: new Date('2026-01-10T00:00:00Z'),
      });
      f.clock.advance(1000);
      await f.note.execute({ userId: 'u1', jobId: job.id, text: 'Recruiter called' });
      await f.move.execute({ userId: 'u1', jobId: job.id, applicationStatus: 'interviewing' });
      await expect(
        f.move.execute({ userId: 'u1', jobId: job.id, applicationStatus: 'applied' }),
      ).rejects.toMatchObject({
        code: 'JOB.INVALID_TRANSITION',
        details: {
          from: 'interviewing',
          to: 'applied',
          allowed: ['offer', 'accepted', 'rejected', 'withdrawn'],
        },
      });
      await expect(
        f.move.execute({ userId: 'u1', jobId: job.id, applicationStatus: 'interviewing' }),
      ).rejects.toMatchObject({
        code: 'JOB.INVALID_TRANSITION',
      });
      await f.move.execute({ userId: 'u1', jobId: job.id, applicationStatus: 'rejected' });
      await expect(
        f.move.execute({ userId: 'u1', jobId: job.id, applicationStatus: 'offer' }),
      ).rejects.toMatchObject({
        code: 'JOB.INVALID_TRANSITION',
        details: { allowed: [] },
      });
      const timeline = await f.timeline.execute({ userId: 'u1', jobId: job.id });
      expect(timeline.map((e) => [e.kind, e.fromStatus, e.toStatus, e.note])).toEqual([
        ['status_change', 'saved', 'applied', 'Sent via portal'],
        ['note', null, null, 'Recruiter called'],
        ['status_change', 'applied', 'interviewing', null],
        ['status_change', 'interviewing', 'rejected', null],
      ]);
    });

    it('refuses a move dated in the future and leaves the job as it was', async () => {
      const f = jobsFixture();
      const job = await f.create.execute({ userId: 'u1', details: structured });
      await expect(
        f.move.execute({
          userId: 'u1',
          jobId: job.id,
          applicationStatus: 'applied',
          at: new Date('2030-01-01T00:00:00Z'),
        }),
      ).rejects.toMatchObject({ code: 'JOB.INVALID_DATE' });
      expect((await f.get.execute({ userId: 'u1', jobId: job.id })).applicationStatus).toBe('saved');
      expect(await f.timeline.execute({ userId: 'u1', jobId: job.id })).toEqual([]);
    });

    it('counts statuses and stage-to-stage conversion, skipped stages counted as passed', async () => {
      const f = jobsFixture();
      const ids = [];
      for (let i = 0; i < 4; i += 1)
        ids.push((await f.create.execute({ userId: 'u1', details: structured })).id);
      await f.move.execute({ userId: 'u1', jobId: ids[0]!, applicationStatus: 'applied' });
      await f.move.execute({ userId: 'u1', jobId: ids[1]!, applicationStatus: 'applied' });
      await f.move.execute({ userId: 'u1', jobId: ids[1]!, applicationStatus: 'rejected' });
      await f.move.execute({ userId: 'u1', jobId: ids[2]!, applicationStatus: 'interviewing' });
      const stats = await f.stats.execute({ userId: 'u1' });
      expect(stats.total).toBe(4);
      expect(stats.byStatus).toMatchObject({ saved: 1, applied: 1, interviewing: 1, rejected: 1, offer: 0 });
      expect(stats.conversion[0]).toEqual({
        from: 'saved',
        to: 'applied',
        reached: 4,
        converted: 3,
        rate: 0.75,
      });
      expect(stats.conversion[1]).toEqual({
        from: 'applied',
        to: 'interviewing',
        reached: 3,
        converted: 1,
        rate: 0.3333,
      });
      expect(stats.conversion[3]).toEqual({
        from: 'offer',
        to: 'accepted',
        reached: 0,
        converted: 0,
        rate: null,
      });
    });
  });

  it('imports catalog postings (re-import updates), and copies one into a user’s jobs', async () => {
    const f = jobsFixture();
    const first = await f.importCatalog.execute({
      postings: [{ ...structured, url: 'https://x.example/1' }, { title: '' }],
    });
    expect(first).toMatchObject({ created: 1, updated: 0, failed: [{ index: 1 }] });
    const again = await f.importCatalog.execute({
      postings: [{ ...structured, title: 'Staff Accountant II', url: 'https://x.example/1' }],
    });
    expect(again).toMatchObject({ created: 0, updated: 1 });
    const catalog = await f.catalog.execute({ search: { ...page, q: 'accountant' } });
    expect(catalog.items.map((job) => job.title)).toEqual(['Staff Accountant II']);
    const saved = await f.saveCatalog.execute({ userId: 'u1', catalogId: catalog.items[0]!.id });
    expect(saved).toMatchObject({
      source: 'catalog',
      title: 'Staff Accountant II',
      applicationStatus: 'saved',
    });
    expect(saved.id).not.toBe(catalog.items[0]!.id);
    await expect(f.saveCatalog.execute({ userId: 'u1', catalogId: saved.id })).rejects.toMatchObject({
      code: 'JOB.CATALOG_NOT_FOUND',
    });
  });

  it('contributes jobs with their timelines to the export, and deletes only the user’s', async () => {
    const f = jobsFixture();
    const mine = await f.create.execute({ userId: 'u1', details: structured });
    await f.create.execute({ userId: 'u2', details: structured });
    await f.note.execute({ userId: 'u1', jobId: mine.id, text: 'Remember the cover letter' });
    const exported = (await f.contributor.export('u1')) as Array<{ id: string; timeline: unknown[] }>;
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ id: mine.id, timeline: [{ note: 'Remember the cover letter' }] });
    await f.contributor.deleteRows('u1');
    expect((await f.list.execute({ userId: 'u1', search: page })).total).toBe(0);
    expect((await f.list.execute({ userId: 'u2', search: page })).total).toBe(1);
  });
});
