import {
  STYLE_SAMPLE_CHARS,
  type ILLMService,
  type ISampleFileStore,
  type WritingStyle,
} from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { FixedClock, SequentialIds, createInMemoryRepositories } from '../../src/testing/index.js';
import {
  DeleteSample,
  GetSample,
  ListSamples,
  UploadSample,
  type SampleDeps,
} from '../../src/samples/manage-samples.js';
import { SamplesContributor } from '../../src/samples/samples-contributor.js';

const STYLE: WritingStyle = {
  averageSentenceWords: 9,
  person: 'implied',
  tense: 'past',
  bulletForm: 'verb_first',
  favouriteVerbs: ['led'],
};

/** Files in a map, keyed like the disk store. */
class MemoryFiles implements ISampleFileStore {
  readonly files = new Map<string, Uint8Array>();
  async put(userId: string, sampleId: string, bytes: Uint8Array) {
    this.files.set(`${userId}/${sampleId}`, bytes);
  }
  async delete(userId: string, sampleId: string) {
    this.files.delete(`${userId}/${sampleId}`);
  }
  async deleteAllOfUser(userId: string) {
    for (const key of this.files.keys()) if (key.startsWith(`${userId}/`)) this.files.delete(key);
  }
}

function setup() {
  const repositories = createInMemoryRepositories();
  const clock = new FixedClock();
  const files = new MemoryFiles();
  const deps: SampleDeps = {
    samples: repositories.samples,
    files,
    extractor: {
      extract: async (bytes) => ({ format: 'text', text: new TextDecoder().decode(bytes) }),
      extractDocument: async (bytes) => ({ format: 'text', text: new TextDecoder().decode(bytes) }),
    },
    llm: { run: async () => ({ value: STYLE }) } as unknown as ILLMService,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids: new SequentialIds('ulid'),
  };
  const upload = (userId: string, type: string, text: string, fileName = 'sample.txt') => {
    clock.advance(1_000);
    return new UploadSample(deps).execute({ userId, type, fileName, bytes: new TextEncoder().encode(text) });
  };
  return { deps, files, upload };
}

describe('writing samples', () => {
  it("reads the style from the sample's beginning only, cut at a line break, and keeps the whole text", async () => {
    const { deps, upload } = setup();
    const seen: string[][] = [];
    deps.llm = {
      run: async (request: { variables: { samples: string[] } }) => {
        seen.push(request.variables.samples);
        return { value: STYLE };
      },
    } as unknown as ILLMService;
    // 5 MB of text held the request's thread a second in the local style reader (a remote model gets the same).
    const text = 'Led the migration of the billing platform to a new stack.\n'.repeat(80_000);
    const sample = await upload('u1', 'resume', text);
    expect(sample.text).toBe(text);
    const [excerpt] = seen[0]!;
    expect(excerpt!.length).toBeLessThanOrEqual(STYLE_SAMPLE_CHARS);
    expect(excerpt!.length).toBeGreaterThan(STYLE_SAMPLE_CHARS / 2);
    expect(text.startsWith(excerpt!)).toBe(true);
    expect(excerpt!.endsWith('stack.')).toBe(true);
    // A short sample is read whole.
    await upload('u1', 'resume', 'Led the team.');
    expect(seen[1]).toEqual(['Led the team.']);
  });

  it('keeps one current sample per type: a new upload replaces it with the next version', async () => {
    const { deps, files, upload } = setup();
    const first = await upload('u1', 'resume', 'Led the team.', 'C:\\Users\\ada\\cv.txt');
    expect(first).toMatchObject({
      type: 'resume',
      fileName: 'cv.txt',
      text: 'Led the team.',
      style: STYLE,
      version: 1,
    });
    const second = await upload('u1', 'resume', 'Shipped the product.');
    expect(second).toMatchObject({
      id: first.id,
      version: 2,
      text: 'Shipped the product.',
      createdAt: first.createdAt,
    });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    await upload('u1', 'coverLetter', 'Dear team.');
    expect((await new ListSamples(deps).execute({ userId: 'u1' })).map((s) => s.type)).toEqual([
      'resume',
      'coverLetter',
    ]);
    // One file per current sample: the replaced version's file is gone.
    expect([...files.files.values()].map((bytes) => new TextDecoder().decode(bytes)).sort()).toEqual([
      'Dear team.',
      'Shipped the product.',
    ]);
  });

  it('refuses an unknown type and hides other users’ samples', async () => {
    const { deps, upload } = setup();
    await expect(upload('u1', 'poem', 'x'.repeat(30))).rejects.toMatchObject({ code: 'SAMPLE.INVALID_TYPE' });
    const mine = await upload('u1', 'resume', 'Led the team.');
    await expect(new GetSample(deps).execute({ userId: 'u2', sampleId: mine.id })).rejects.toMatchObject({
      code: 'SAMPLE.NOT_FOUND',
    });
    await expect(new DeleteSample(deps).execute({ userId: 'u2', sampleId: mine.id })).rejects.toMatchObject({
      code: 'SAMPLE.NOT_FOUND',
    });
  });

  it('deletes the row and the file, alone or with the account', async () => {
    const { deps, files, upload } = setup();
    const one = await upload('u1', 'resume', 'Led the team.');
    await new DeleteSample(deps).execute({ userId: 'u1', sampleId: one.id });
    expect(files.files.size).toBe(0);
    await upload('u1', 'coverLetter', 'Dear team.');
    const contributor = new SamplesContributor(deps.samples, files);
    expect(await contributor.export('u1')).toHaveLength(1);
    await contributor.deleteRows('u1');
    await contributor.deleteFiles('u1');
    expect(await contributor.export('u1')).toEqual([]);
    expect(files.files.size).toBe(0);
  });
});
