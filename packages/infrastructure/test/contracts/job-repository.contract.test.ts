import { JobMother, UserMother } from '@tailor/application/testing';
import type { JobSearch, TimelineEntry } from '@tailor/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

const search = (overrides: Partial<JobSearch> = {}): JobSearch => ({
  page: 1,
  size: 20,
  sort: { field: 'createdAt', direction: 'desc' },
  ...overrides,
});

const entry = (
  jobId: string,
  id: string,
  at: string,
  overrides: Partial<TimelineEntry> = {},
): TimelineEntry => ({
  id,
  jobId,
  kind: 'note',
  at: new Date(at),
  fromStatus: null,
  toStatus: null,
  note: `note ${id}`,
  document: null,
  createdAt: new Date(at),
  ...overrides,
});

describeContract('IJobRepository', (context) => {
  const repos = () => context().repositories;
  const jobs = () => repos().jobs;
  const ann = UserMother.create();
  const bob = UserMother.create();

  beforeEach(async () => {
    await repos().users.add(ann);
    await repos().users.add(bob);
  });

  it('round-trips every field, unicode included', async () => {
    const job = JobMother.create({
      ownerId: ann.id,
      title: 'Inżynier oprogramowania — 软件工程师',
      company: 'Łódź Labs',
      followUpAt: new Date('2026-02-03T04:05:06.789Z'),
      url: 'https://jobs.example.org/1',
    });
    await jobs().add(job);
    expect((await jobs().findById(ann.id, job.id))?.toPrimitives()).toEqual(job.toPrimitives());
  });

  it('a page of jobs leaves out their stored layouts and knock-outs, which a job read by id keeps', async () => {
    const job = JobMother.create({
      ownerId: ann.id,
      description: 'Requirements\n- Current BLS certification\n- Two years on a ward',
    });
    await jobs().add(job);
    const saved = job.toPrimitives();
    expect(saved.layout?.sections).not.toHaveLength(0);
    expect(saved.knockouts?.items).not.toHaveLength(0);
    const [listed] = (await jobs().search(ann.id, search())).items;
    expect(listed?.toPrimitives()).toEqual({ ...saved, layout: null, knockouts: null });
    const read = (await jobs().findById(ann.id, job.id))?.toPrimitives();
    expect(read?.layout).toEqual(saved.layout);
    expect(read?.knockouts).toEqual(saved.knockouts);
  });

  it('never shows, changes or deletes another owner’s job', async () => {
    const job = JobMother.create({ ownerId: ann.id });
    await jobs().add(job);
    expect(await jobs().findById(bob.id, job.id)).toBeNull();
    expect(await jobs().delete(bob.id, job.id)).toBe(false);
    expect((await jobs().search(bob.id, search())).total).toBe(0);
    const forged = JobMother.create({ id: job.id, ownerId: bob.id, title: 'Hijacked' });
    expect(await jobs().save(forged)).toBe(false);
    expect((await jobs().findById(ann.id, job.id))?.details().title).toBe(job.details().title);
    expect(await jobs().timeline(bob.id, job.id)).toEqual([]);
  });

  it('saves changes and deletes', async () => {
    const job = JobMother.create({ ownerId: ann.id });
    await jobs().add(job);
    const { from } = job.moveTo('applied', new Date('2026-03-01T00:00:00.000Z'));
    expect(await jobs().moveApplication(job, from)).toBe(true);
    expect((await jobs().findById(ann.id, job.id))?.applicationStatus).toBe('applied');
    // A second move judged from the same old status loses the compare-and-set and changes nothing.
    const stale = JobMother.create({ id: job.id, ownerId: ann.id });
    stale.moveTo('rejected', new Date('2026-03-02T00:00:00.000Z'));
    expect(await jobs().moveApplication(stale, 'saved')).toBe(false);
    // A plain save never writes the status: an edit that loaded the job before the move keeps it.
    expect(await jobs().save(stale)).toBe(true);
    expect((await jobs().findById(ann.id, job.id))?.applicationStatus).toBe('applied');
    expect(await jobs().delete(ann.id, job.id)).toBe(true);
    expect(await jobs().findById(ann.id, job.id)).toBeNull();
  });

  describe('search', () => {
    beforeEach(async () => {
      const seed = [
        {
          title: 'Registered Nurse',
          company: 'St. Mary Hospital',
          description: 'Patient care on a busy ward; BLS required.',
          remote: 'onsite' as const,
        },
        {
          title: 'Backend Engineer',
          company: 'Acme',
          description: 'Node.js and PostgreSQL services.',
          remote: 'remote' as const,
        },
        {
          title: 'Data Engineers wanted',
          company: 'Globex',
          description: 'Pipelines, Spark, Airflow.',
          remote: 'hybrid' as const,
        },
        {
          title: 'Primary Teacher',
          company: 'Acme',
          description: 'Lesson planning and classroom management.',
          remote: null,
        },
      ];
      for (const details of seed) await jobs().add(JobMother.create({ ownerId: ann.id, ...details }));
      await jobs().add(
        JobMother.create({ ownerId: bob.id, title: 'Backend Engineer at Bob’s', company: 'Acme' }),
      );
    });

    const titles = async (overrides: Partial<JobSearch>) =>
      (
        await jobs().search(ann.id, search({ sort: { field: 'title', direction: 'asc' }, ...overrides }))
      ).items.map((job) => job.details().title);

    it('finds words and word starts in title, company and description, case-insensitively', async () => {
      expect(await titles({ q: 'engineer' })).toEqual(['Backend Engineer', 'Data Engineers wanted']);
      expect(await titles({ q: 'ACME' })).toEqual(['Backend Engineer', 'Primary Teacher']);
      expect(await titles({ q: 'patient bls' })).toEqual(['Registered Nurse']);
      expect(await titles({ q: 'postgres' })).toEqual(['Backend Engineer']);
      expect(await titles({ q: 'nurse teacher' })).toEqual([]);
    });

    it('treats query syntax as plain words', async () => {
      expect(await titles({ q: '"engineer" OR * NEAR(' })).toEqual([]);
      expect(await titles({ q: 'engineer*' })).toEqual(['Backend Engineer', 'Data Engineers wanted']);
      expect(await titles({ q: '  ' })).toHaveLength(4);
    });

    it('combines text with filters, and counts all matches beyond the page', async () => {
      expect(await titles({ q: 'acme', remote: 'remote' })).toEqual(['Backend Engineer']);
      expect(await titles({ company: 'acme' })).toEqual(['Backend Engineer', 'Primary Teacher']);
      const page = await jobs().search(ann.id, search({ size: 3, page: 2 }));
      expect(page.total).toBe(4);
      expect(page.items).toHaveLength(1);
    });

    it('sorts both ways with nulls last, ties by id', async () => {
      const newest = await jobs().search(ann.id, search());
      expect(newest.items.map((j) => j.details().title)).toEqual([
        'Primary Teacher',
        'Data Engineers wanted',
        'Backend Engineer',
        'Registered Nurse',
      ]);
      const byCompany = await jobs().search(
        ann.id,
        search({ sort: { field: 'company', direction: 'desc' } }),
      );
      expect(byCompany.items.map((j) => j.details().company)).toEqual([
        'St. Mary Hospital',
        'Globex',
        'Acme',
        'Acme',
      ]);
    });

    it('finds follow-ups due before a time', async () => {
      const due = JobMother.create({
        ownerId: ann.id,
        title: 'Call back',
        followUpAt: new Date('2026-05-01T00:00:00Z'),
      });
      const later = JobMother.create({
        ownerId: ann.id,
        title: 'Later',
        followUpAt: new Date('2026-07-01T00:00:00Z'),
      });
      await jobs().add(due);
      await jobs().add(later);
      expect(await titles({ followUpBefore: new Date('2026-06-01T00:00:00Z') })).toEqual(['Call back']);
    });

    it('counts up to the limit and says when it stopped there', async () => {
      const capped = await jobs().search(ann.id, search({ countLimit: 3 }));
      expect(capped).toMatchObject({ total: 3, totalExact: false });
      expect(capped.items).toHaveLength(4);
      expect(await jobs().search(ann.id, search({ countLimit: 4 }))).toMatchObject({
        total: 4,
        totalExact: true,
      });
      const text = await jobs().search(ann.id, search({ q: 'acme', countLimit: 1 }));
      expect(text).toMatchObject({ total: 1, totalExact: false });
      expect(text.items).toHaveLength(2);
      expect(await jobs().search(ann.id, search({ q: 'xyzzy' }))).toEqual({
        items: [],
        total: 0,
        totalExact: true,
        next: null,
      });
    });

    it('pages by keyset after a cursor, in every order, the same as by offset', async () => {
      await jobs().add(JobMother.create({ ownerId: ann.id, title: 'Nurse Educator', company: null }));
      for (const field of ['createdAt', 'title', 'company', 'followUpAt'] as const)
        for (const direction of ['asc', 'desc'] as const) {
          const sort = { field, direction };
          const all = (await jobs().search(ann.id, search({ sort }))).items.map((j) => j.id);
          const walked: string[] = [];
          let page = await jobs().search(ann.id, search({ sort, size: 2 }));
          walked.push(...page.items.map((j) => j.id));
          while (page.next) {
            page = await jobs().search(ann.id, search({ sort, size: 2, after: page.next }));
            walked.push(...page.items.map((j) => j.id));
          }
          expect(walked, `${field}:${direction}`).toEqual(all);
          expect(page.total).toBe(5);
        }
      const nurses = await jobs().search(ann.id, search({ q: 'nurse', size: 1 }));
      expect(nurses.next).not.toBeNull();
      const rest = await jobs().search(ann.id, search({ q: 'nurse', size: 1, after: nurses.next! }));
      expect(rest.items.map((j) => j.details().title)).not.toContain(nurses.items[0]!.details().title);
      expect(rest.next).toBeNull();
    });

    it('never returns another owner’s jobs, however the search pages', async () => {
      const bobs = async (overrides: Partial<JobSearch>) =>
        (await jobs().search(bob.id, search(overrides))).items.map((j) => j.details().title);
      expect(await bobs({ q: 'engineer' })).toEqual(['Backend Engineer at Bob’s']);
      expect(await bobs({ q: 'nurse' })).toEqual([]);
      const first = await jobs().search(ann.id, search({ q: 'acme', size: 1 }));
      expect(await bobs({ q: 'acme', after: first.next! })).toEqual([]);
      expect((await jobs().searchCatalog(search({ q: 'acme' }))).items).toEqual([]);
    });

    it('searches non-Latin text and treats punctuation as word breaks', async () => {
      await jobs().add(
        JobMother.create({
          ownerId: ann.id,
          title: 'Inżynier oprogramowania',
          company: 'Łódź Labs',
          description: 'Разработчик баз данных; 软件工程师 — C++/Node.js (remote).',
        }),
      );
      const inzynier = ['Inżynier oprogramowania'];
      expect(await titles({ q: 'inżyn' })).toEqual(inzynier);
      expect(await titles({ q: 'łódź' })).toEqual(inzynier);
      expect(await titles({ q: 'разраб' })).toEqual(inzynier);
      expect(await titles({ q: '软件工程师' })).toEqual(inzynier);
      expect(await titles({ q: 'c++ node.js' })).toEqual(inzynier);
      expect(await titles({ q: `'); drop table jobs; --` })).toEqual([]);
      expect(await titles({ q: 'labs)' })).toEqual(inzynier);
      expect(await titles({ q: '%_\\' })).toHaveLength(5);
    });

    // PostgreSQL looks a term up in the owner's words and searches the words it starts (at most 32; past that,
    // and for words in other than ASCII letters, the term keeps its prefix form): every path finds the same.
    it('finds a word start however many words share it, and in whatever letters they are written', async () => {
      const many = Array.from({ length: 40 }, (_, i) => `zqa${i}`).join(' ');
      await jobs().add(JobMother.create({ ownerId: ann.id, title: 'Many words', description: many }));
      await jobs().add(JobMother.create({ ownerId: ann.id, title: 'One word', description: 'zqb' }));
      await jobs().add(JobMother.create({ ownerId: ann.id, title: 'Café Barista', company: 'Łódź Labs' }));
      await jobs().add(
        JobMother.create({ ownerId: bob.id, title: 'Bob’s zqa job', description: 'zqa1 cafe' }),
      );
      expect(await titles({ q: 'zq' })).toEqual(['Many words', 'One word']);
      expect(await titles({ q: 'zqa1' })).toEqual(['Many words']);
      expect(await titles({ q: 'zqa39 zqa0' })).toEqual(['Many words']);
      expect(await titles({ q: 'zqa40' })).toEqual([]);
      expect(await titles({ q: 'caf' })).toEqual(['Café Barista']);
      expect(await titles({ q: 'barista łódź' })).toEqual(['Café Barista']);
      expect(await titles({ q: 'café zq' })).toEqual([]);
    });

    it('finds jobs again after their text changes', async () => {
      const [job] = (await jobs().search(ann.id, search({ q: 'nurse' }))).items;
      job!.update(
        { ...job!.details(), title: 'Charge Nurse Midwife' },
        { required: [], preferred: [] },
        new Date(),
      );
      await jobs().save(job!);
      expect(await titles({ q: 'midwife' })).toEqual(['Charge Nurse Midwife']);
      expect(await titles({ q: 'registered' })).toEqual([]);
    });
  });

  it('counts statuses and the furthest stage reached', async () => {
    const a = JobMother.create({ ownerId: ann.id });
    const b = JobMother.create({ ownerId: ann.id });
    const c = JobMother.create({ ownerId: ann.id });
    a.moveTo('interviewing', new Date());
    b.moveTo('applied', new Date());
    b.moveTo('rejected', new Date());
    for (const job of [a, b, c]) await jobs().add(job);
    await jobs().add(JobMother.create({ ownerId: bob.id }));
    const stats = await jobs().stats(ann.id);
    expect(stats.byStatus).toMatchObject({ saved: 1, interviewing: 1, rejected: 1, applied: 0 });
    expect(stats.reachedStage).toEqual([3, 2, 1, 0, 0]);
  });

  it('keeps timelines in time order per job, and deletes them with the job', async () => {
    const job = JobMother.create({ ownerId: ann.id });
    await jobs().add(job);
    await jobs().appendTimeline(entry(job.id, 't-002', '2026-01-02T00:00:00Z'));
    await jobs().appendTimeline(entry(job.id, 't-001', '2026-01-03T00:00:00Z'));
    await jobs().appendTimeline(
      entry(job.id, 't-003', '2026-01-01T00:00:00Z', {
        kind: 'document_sent',
        note: null,
        document: { documentId: 'd1', version: 2, exportSha256: 'ab'.repeat(32) },
      }),
    );
    const timeline = await jobs().timeline(ann.id, job.id);
    expect(timeline.map((e) => e.id)).toEqual(['t-003', 't-002', 't-001']);
    expect(timeline[0]?.document).toEqual({ documentId: 'd1', version: 2, exportSha256: 'ab'.repeat(32) });
    expect((await jobs().timelinesByOwner(ann.id)).map((e) => e.id)).toEqual(['t-003', 't-002', 't-001']);
    await jobs().deleteAllByOwner(ann.id);
    expect(await jobs().timelinesByOwner(ann.id)).toEqual([]);
    expect(await jobs().listAllByOwner(ann.id)).toEqual([]);
  });

  it('upserts catalog postings by URL, or by company and title without one', async () => {
    const first = await jobs().upsertCatalog(
      JobMother.create({
        ownerId: null,
        source: 'catalog',
        url: 'https://jobs.example.org/42',
        title: 'Nurse',
      }),
    );
    const again = await jobs().upsertCatalog(
      JobMother.create({
        ownerId: null,
        source: 'catalog',
        url: 'https://jobs.example.org/42',
        title: 'Senior Nurse',
      }),
    );
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect((await jobs().findCatalog(first.id))?.details().title).toBe('Senior Nurse');

    const noUrl = await jobs().upsertCatalog(
      JobMother.create({ ownerId: null, source: 'catalog', title: 'Teacher', company: 'School' }),
    );
    const sameNoUrl = await jobs().upsertCatalog(
      JobMother.create({ ownerId: null, source: 'catalog', title: 'TEACHER', company: 'school' }),
    );
    expect(sameNoUrl).toEqual({ id: noUrl.id, created: false });
    expect((await jobs().searchCatalog(search({ q: 'nurse' }))).total).toBe(1);
    expect((await jobs().searchCatalog(search())).total).toBe(2);
    expect(await jobs().findById(ann.id, first.id)).toBeNull();
    expect((await jobs().search(ann.id, search())).total).toBe(0);
  });
});
