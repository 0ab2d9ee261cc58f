import {
  SAMPLE_TYPES,
  SampleErrors,
  type UploadFormat,
  type IClock,
  type IDocumentTextExtractor,
  type IIdGenerator,
  type ILLMService,
  type ISampleFileStore,
  type ISampleRepository,
  type SampleType,
  type WritingSample,
  type WritingStyle,
} from '@tailor/domain';

export interface SampleDeps {
  samples: ISampleRepository;
  files: ISampleFileStore;
  extractor: IDocumentTextExtractor;
  llm: ILLMService;
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
  createdAt,
  updatedAt,
  ...rest
}: WritingSample): SampleView => ({
  ...rest,
  createdAt: createdAt.toISOString(),
  updatedAt: updatedAt.toISOString(),
});

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
      variables: { samples: [text] },
      userId: input.userId,
    });
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
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    // The file first: a row never points at a file that was not written. A failed row write leaves at
    // worst an orphan file, which the next upload of this type overwrites or account deletion removes.
    await this.deps.files.put(input.userId, sample.id, input.bytes);
    await this.deps.samples.save(sample);
    return toSampleView(sample);
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

/** Deletes the row, then the file. Raises `SAMPLE.NOT_FOUND` for a missing sample or another user's. */
export class DeleteSample {
  constructor(private readonly deps: Pick<SampleDeps, 'samples' | 'files'>) {}

  async execute(input: { userId: string; sampleId: string }): Promise<void> {
    if (!(await this.deps.samples.delete(input.userId, input.sampleId))) throw SampleErrors.notFound();
    await this.deps.files.delete(input.userId, input.sampleId);
  }
}
