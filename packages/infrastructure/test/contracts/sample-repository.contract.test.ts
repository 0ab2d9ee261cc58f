import { UserMother } from '@tailor/application/testing';
import type { WritingSample } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

let sequence = 0;
const sample = (userId: string, overrides: Partial<WritingSample> = {}): WritingSample => {
  sequence += 1;
  return {
    id: `sample-${String(sequence).padStart(6, '0')}`,
    userId,
    type: 'resume',
    fileName: 'cv.pdf',
    format: 'pdf',
    byteSize: 1234,
    text: 'Led a team of five. Shipped the billing system.',
    style: {
      averageSentenceWords: 5,
      person: 'implied',
      tense: 'past',
      bulletForm: 'verb_first',
      favouriteVerbs: ['led', 'shipped'],
    },
    version: 1,
    fileId: `file-${sequence}`,
    createdAt: new Date(Date.UTC(2026, 3, 1, 0, 0, sequence)),
    updatedAt: new Date(Date.UTC(2026, 3, 1, 0, 0, sequence)),
    ...overrides,
  };
};

describeContract('ISampleRepository', (context) => {
  const samples = () => context().repositories.samples;
  const addUser = async () => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  it('stores samples with every field intact, scoped by owner', async () => {
    const userId = await addUser();
    const other = await addUser();
    const resume = sample(userId);
    const letter = sample(userId, { type: 'coverLetter', format: 'text', fileName: 'letter.txt' });
    await samples().save(letter);
    await samples().save(resume);
    expect(await samples().findById(userId, resume.id)).toEqual(resume);
    expect(await samples().findById(other, resume.id)).toBeNull();
    expect(await samples().findByType(userId, 'coverLetter')).toEqual(letter);
    expect(await samples().findByType(other, 'resume')).toBeNull();
    expect((await samples().listByUser(userId)).map((s) => s.id)).toEqual([resume.id, letter.id]);
  });

  it('replaces a sample in place (same id and creation time, new content and version)', async () => {
    const userId = await addUser();
    const first = sample(userId);
    await samples().save(first);
    const replacement = {
      ...first,
      fileName: 'new.docx',
      format: 'docx' as const,
      text: 'Owns the roadmap.',
      version: 2,
      updatedAt: new Date('2026-05-01T00:00:00.000Z'),
    };
    await samples().save(replacement);
    expect(await samples().findByType(userId, 'resume')).toEqual(replacement);
    expect(await samples().listByUser(userId)).toHaveLength(1);
  });

  it('refuses a second sample of the same type for a user with SAMPLE.CONFLICT', async () => {
    const userId = await addUser();
    await samples().save(sample(userId));
    await expect(samples().save(sample(userId))).rejects.toMatchObject({ code: 'SAMPLE.CONFLICT' });
  });

  it('deletes one sample (owner only) and all of a user’s samples', async () => {
    const userId = await addUser();
    const other = await addUser();
    const mine = sample(userId);
    const letter = sample(userId, { type: 'coverLetter' });
    const theirs = sample(other);
    for (const s of [mine, letter, theirs]) await samples().save(s);
    expect(await samples().delete(other, mine.id)).toBe(false);
    expect(await samples().delete(userId, mine.id)).toBe(true);
    expect(await samples().delete(userId, mine.id)).toBe(false);
    await samples().deleteAllByUser(userId);
    expect(await samples().listByUser(userId)).toEqual([]);
    expect(await samples().listByUser(other)).toHaveLength(1);
  });
});
