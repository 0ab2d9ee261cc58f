import {
  DEFAULT_GENERATION_OPTIONS,
  Generation,
  TailoredDocument,
  plainDocumentFormatters,
} from '@tailor/domain';
import { UserMother } from '@tailor/application/testing';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

let sequence = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 12, minute));
const generation = (ownerId: string, overrides: { key?: string; minute?: number; jobId?: string } = {}) => {
  sequence += 1;
  return Generation.create({
    id: `gen-${String(sequence).padStart(6, '0')}`,
    ownerId,
    type: 'resume',
    jobId: overrides.jobId ?? 'job-1',
    profileId: 'profile-1',
    options: DEFAULT_GENERATION_OPTIONS,
    idempotencyKey: overrides.key ?? null,
    now: at(overrides.minute ?? 0),
  });
};

const content = (text: string) => ({
  type: 'resume' as const,
  contact: { fullName: 'Ada Lovelace', headline: null, email: null, phone: null, location: null, links: [] },
  resume: {
    summary: { text, sourceRefs: [] },
    experiences: [],
    skills: ['TypeScript'],
    projects: [],
    education: [],
  },
});

const document = (ownerId: string, id: string) =>
  TailoredDocument.create({
    id,
    ownerId,
    jobId: 'job-1',
    generationId: null,
    profileId: null,
    type: 'resume',
    title: 'Resume',
    content: content('First'),
    formatters: plainDocumentFormatters,
    now: at(0),
  });

describeContract('IGenerationRepository and IDocumentRepository', (context) => {
  const repos = () => context().repositories;
  const addUser = async () => {
    const user = UserMother.create();
    await repos().users.add(user);
    return user.id;
  };

  it('stores a generation with every field, scoped by owner, and its lifecycle round-trips', async () => {
    const owner = await addUser();
    const other = await addUser();
    const g = generation(owner, { key: 'k1' });
    await repos().generations.add(g);
    expect((await repos().generations.findById(owner, g.id))?.toPrimitives()).toEqual(g.toPrimitives());
    expect(await repos().generations.findById(other, g.id)).toBeNull();
    expect((await repos().generations.findByIdempotencyKey(owner, 'k1'))?.id).toBe(g.id);
    expect(await repos().generations.findByIdempotencyKey(other, 'k1')).toBeNull();

    g.start(at(1));
    g.advance('writing', at(2));
    g.fail({ code: 'LLM.TIMEOUT', message: 'slow', details: { provider: 'openai' } }, at(3));
    g.addFeedback(2, 'meh', at(4));
    expect(await repos().generations.save(g)).toBe(true);
    expect((await repos().generations.findById(owner, g.id))?.toPrimitives()).toEqual(g.toPrimitives());
  });

  it('never lets a stale writer bring a finished generation back to a running status', async () => {
    const owner = await addUser();
    const g = generation(owner);
    await repos().generations.add(g);
    g.start(at(1));
    await repos().generations.save(g);
    // The pipeline loads it, a cancel commits, then the pipeline saves its next stage.
    const pipelineCopy = (await repos().generations.findById(owner, g.id))!;
    const cancelled = (await repos().generations.findById(owner, g.id))!;
    cancelled.cancel(at(2));
    expect(await repos().generations.save(cancelled)).toBe(true);
    pipelineCopy.advance('writing', at(3));
    expect(await repos().generations.save(pipelineCopy)).toBe(false);
    expect((await repos().generations.findById(owner, g.id))?.status).toBe('cancelled');
    // Changes that keep the finished status (feedback) still save.
    const withFeedback = (await repos().generations.findById(owner, g.id))!;
    expect(await repos().generations.save(withFeedback)).toBe(true);
  });

  it('refuses a second generation with the same key for the same user only', async () => {
    const owner = await addUser();
    const other = await addUser();
    await repos().generations.add(generation(owner, { key: 'same' }));
    await expect(repos().generations.add(generation(owner, { key: 'same' }))).rejects.toMatchObject({
      code: 'GENERATION.DUPLICATE_KEY',
    });
    await repos().generations.add(generation(other, { key: 'same' }));
    await repos().generations.add(generation(owner));
    await repos().generations.add(generation(owner));
  });

  it('searches with filters and paging, and counts tombstones of deleted generations', async () => {
    const owner = await addUser();
    const a = generation(owner, { minute: 1 });
    const b = generation(owner, { minute: 2, jobId: 'job-2' });
    const c = generation(owner, { minute: 3 });
    for (const g of [a, b, c]) await repos().generations.add(g);
    c.cancel(at(4));
    await repos().generations.save(c);
    const sort = { field: 'createdAt' as const, direction: 'desc' as const };
    const page = await repos().generations.search(owner, { page: 1, size: 2, sort });
    expect(page.total).toBe(3);
    expect(page.items.map((g) => g.id)).toEqual([c.id, b.id]);
    expect(
      (
        await repos().generations.search(owner, { page: 1, size: 10, sort, jobId: 'job-1', status: 'queued' })
      ).items.map((g) => g.id),
    ).toEqual([a.id]);

    expect(await repos().generations.delete(owner, a.id)).toBe(true);
    expect(await repos().generations.delete(owner, a.id)).toBe(false);
    expect(await repos().generations.findById(owner, a.id)).toBeNull();
    expect(await repos().generations.save(a)).toBe(false);
    const counts = await repos().generations.countSince(owner, at(1));
    expect(counts).toMatchObject({ total: 3, byStatus: { queued: 2, cancelled: 1 }, byType: { resume: 3 } });
    expect(counts.oldest?.toISOString()).toBe(at(1).toISOString());
    expect((await repos().generations.countSince(owner, at(2))).total).toBe(2);
    expect((await repos().generations.listAllByOwner(owner)).map((g) => g.id)).toEqual([b.id, c.id]);
    expect(await repos().generations.deleteAllByOwner(owner)).toBe(3);
    expect((await repos().generations.countSince(owner, at(0))).total).toBe(0);
  });

  it('keeps document versions, enforces the expected version, and scopes everything by owner', async () => {
    const owner = await addUser();
    const other = await addUser();
    const d = document(owner, 'doc-1');
    await repos().documents.add(d, d.currentVersion('generated', null));
    expect((await repos().documents.findById(owner, 'doc-1'))?.toPrimitives()).toEqual(d.toPrimitives());
    expect(await repos().documents.findById(other, 'doc-1')).toBeNull();

    const stale = (await repos().documents.findById(owner, 'doc-1'))!;
    const { contentChanged } = d.edit({ content: content('Second') }, 1, plainDocumentFormatters, at(5));
    expect(contentChanged).toBe(true);
    await repos().documents.save(d, 1, d.currentVersion('edited', null));
    stale.edit({ title: 'Late' }, 1, plainDocumentFormatters, at(6));
    await expect(repos().documents.save(stale, 1, null)).rejects.toMatchObject({
      code: 'DOCUMENT.VERSION_CONFLICT',
    });
    const versions = await repos().documents.listVersions(owner, 'doc-1');
    expect(versions.map((v) => [v.version, v.source, v.text.includes('Second')])).toEqual([
      [1, 'generated', false],
      [2, 'edited', true],
    ]);
    expect(await repos().documents.listVersions(other, 'doc-1')).toEqual([]);

    const record = {
      id: 'exp-1',
      ownerId: owner,
      documentId: 'doc-1',
      version: 2,
      format: 'pdf',
      templateId: null,
      bytes: 1234,
      pageCount: 1,
      sha256: 'a'.repeat(64),
      storageKey: 'exports/exp-1.pdf',
      createdAt: at(7),
    };
    await repos().documents.addExport(record);
    expect(await repos().documents.listExports(owner, 'doc-1')).toEqual([record]);
    expect(await repos().documents.findExport(owner, 'doc-1', 'exp-1')).toEqual(record);
    expect(await repos().documents.findExport(other, 'doc-1', 'exp-1')).toBeNull();

    const sort = { field: 'createdAt' as const, direction: 'asc' as const };
    expect((await repos().documents.search(owner, { page: 1, size: 10, sort, type: 'resume' })).total).toBe(
      1,
    );
    expect((await repos().documents.search(other, { page: 1, size: 10, sort })).total).toBe(0);
    expect(await repos().documents.listAllVersionsByOwner(owner)).toHaveLength(2);
    expect(await repos().documents.listAllExportsByOwner(owner)).toEqual([record]);

    expect(await repos().documents.delete(other, 'doc-1')).toBe(false);
    expect(await repos().documents.delete(owner, 'doc-1')).toBe(true);
    expect(await repos().documents.listVersions(owner, 'doc-1')).toEqual([]);
    expect(await repos().documents.listAllExportsByOwner(owner)).toEqual([]);
    await expect(repos().documents.save(d, 2, null)).rejects.toMatchObject({ code: 'DOCUMENT.NOT_FOUND' });
    expect(await repos().documents.deleteAllByOwner(owner)).toBe(0);
  });
});
