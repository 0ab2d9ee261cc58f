import {
  SAMPLE_TYPES,
  SampleErrors,
  styleExcerpt,
  type UploadFormat,
  type IClock,
  type IDocumentTextExtractor,
  type IIdGenerator,
  type ILLMService,
  type ISampleFileStore,
  type ISampleRepository,
  type IUnitOfWork,
  type SampleType,
  type WritingSample,
  type WritingStyle,
} from '@tailor/domain';

export interface SampleDeps {
  samples: ISampleRepository;
  files: ISampleFileStore;
  extractor: IDocumentTextExtractor;
  llm: ILLMService;
  unitOfWork: IUnitOfWork;
  clock: IClock;
  ids: IIdGenerator;
}

export interface SampleView {
  id: string;
  type: SampleType;
  fileName: string;
  format: UploadFormat;
  byteSize: number;
  text: string;
  style: WritingStyle;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const toSampleView = ({
  userId: _userId,
  fileId: _fileId,
  createdAt,
  updatedAt,
  ...rest
}: WritingSample): SampleView => ({
  ...rest,
  createdAt: createdAt.toISOString(),
  updatedAt: updatedAt.toISOString(),
});

/** Uploads and deletions of one user's sample of one type take turns (see UploadSample). */
const sampleLock = (userId: string, type: SampleType) => `samples:${userId}:${type}`;
/** The name of a sample's file in the store. */
const fileNameOf = (sample: WritingSample): string => sample.fileId ?? sample.id;

const isSampleType = (type: string): type is SampleType => (SAMPLE_TYPES as readonly string[]).includes(type);
// What is kept of a client's file name: printable, no path, bounded.
const displayName = (name: string) =>
  (name.split(/[/\\]/u).at(-1) ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 255) || 'sample';

/**
 * Stores a writing sample: its text (same file rules as profile import), its style (`extract_style`), and the
 * file. A user keeps one current sample per type; a new upload replaces it and bumps its version. Raises
 * `SAMPLE.INVALID_TYPE`, the `IMPORT.*` file errors and `LLM.*`.
 */
export class UploadSample {
  constructor(private readonly deps: SampleDeps) {}

  async execute(input: {
    userId: string;
    type: string;
    fileName: string;
    bytes: Uint8Array;
  }): Promise<SampleView> {
    if (!isSampleType(input.type)) throw SampleErrors.invalidType(input.type);
    const type = input.type;
    const { text, format } = await this.deps.extractor.extract(input.bytes);
    const { value: style } = await this.deps.llm.run({
      task: 'extract_style',
      variables: { samples: [styleExcerpt(text)] },
      userId: input.userId,
    });
    // The file goes first, under a name no other upload uses, so concurrent uploads never write over each
    // other or over the file a committed row points at.
    const fileId = this.deps.ids.next();
    await this.deps.files.put(input.userId, fileId, input.bytes);
    let stored: { sample: WritingSample; replacedFile: string | null };
    try {
      // Under the per-user, per-type lock the read of the current version and the write of the next one are
      // one step: concurrent uploads are applied one after another (versions 1, 2, 3…), the last one wins.
      stored = await this.deps.unitOfWork.runExclusive(sampleLock(input.userId, type), async () => {
        const existing = await this.deps.samples.findByType(input.userId, type);
        const now = this.deps.clock.now();
        const sample: WritingSample = {
          id: existing?.id ?? this.deps.ids.next(),
          userId: input.userId,
          type,
          fileName: displayName(input.fileName),
          format,
          byteSize: input.bytes.length,
          text,
          style,
          version: (existing?.version ?? 0) + 1,
          fileId,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        await this.deps.samples.save(sample);
        return { sample, replacedFile: existing ? fileNameOf(existing) : null };
      });
    } catch (error) {
      // The row was not written: its file must not stay behind.
      await this.deps.files.delete(input.userId, fileId);
      throw error;
    }
    // Only now that the new row is committed may the file of the version it replaced go.
    if (stored.replacedFile !== null) await this.deps.files.delete(input.userId, stored.replacedFile);
    return toSampleView(stored.sample);
  }
}

export class ListSamples {
  constructor(private readonly deps: Pick<SampleDeps, 'samples'>) {}

  async execute(input: { userId: string }): Promise<SampleView[]> {
    return (await this.deps.samples.listByUser(input.userId)).map(toSampleView);
  }
}

/** Raises `SAMPLE.NOT_FOUND` for a missing sample or another user's. */
export class GetSample {
  constructor(private readonly deps: Pick<SampleDeps, 'samples'>) {}

  async execute(input: { userId: string; sampleId: string }): Promise<SampleView> {
    const sample = await this.deps.samples.findById(input.userId, input.sampleId);
    if (!sample) throw SampleErrors.notFound();
    return toSampleView(sample);
  }
}

/** Deletes the row, then its file. Raises `SAMPLE.NOT_FOUND` for a missing sample or another user's. */
export class DeleteSample {
  constructor(private readonly deps: Pick<SampleDeps, 'samples' | 'files' | 'unitOfWork'>) {}

  async execute(input: { userId: string; sampleId: string }): Promise<void> {
    const { samples, files, unitOfWork } = this.deps;
    const found = await samples.findById(input.userId, input.sampleId);
    if (!found) throw SampleErrors.notFound();
    // Taking turns with uploads of the type: the file removed is the one of the row removed.
    const removedFile = await unitOfWork.runExclusive(sampleLock(input.userId, found.type), async () => {
      const current = await samples.findById(input.userId, input.sampleId);
      if (!current || !(await samples.delete(input.userId, input.sampleId))) return null;
      return fileNameOf(current);
    });
    if (removedFile === null) throw SampleErrors.notFound();
    await files.delete(input.userId, removedFile);
  }
}
