import type { UploadFormat } from '../imports/document-text.js';
import type { WritingStyle } from '../llm/llm-tasks.js';

/**
 * How much of a sample's text its style is read from: a style shows in a page or two, and a 5 MB text file
 * took a second of the request's thread to read whole (or a model's whole context window).
 */
export const STYLE_SAMPLE_CHARS = 50_000;

/** The text a sample's style is read from: its beginning, cut at a line break when there is one near. */
export function styleExcerpt(text: string): string {
  if (text.length <= STYLE_SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf('\n', STYLE_SAMPLE_CHARS);
  return text.slice(0, cut > STYLE_SAMPLE_CHARS / 2 ? cut : STYLE_SAMPLE_CHARS);
}

export const SAMPLE_TYPES = ['resume', 'coverLetter'] as const;
export type SampleType = (typeof SAMPLE_TYPES)[number];

/**
 * A piece of the user's own writing, kept to measure their style. A user has at most one current sample per
 * type: a new upload replaces it (same id, `version` + 1).
 */
export interface WritingSample {
  id: string;
  userId: string;
  type: SampleType;
  /** As uploaded; shown back only, never used as a path. */
  fileName: string;
  format: UploadFormat;
  byteSize: number;
  text: string;
  style: WritingStyle;
  version: number;
  /**
   * The name of this version's file in the file store: fresh for every upload, so a new file never
   * overwrites the one a committed row points at. `null` for samples stored before (the file is named `id`).
   */
  fileId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Writing samples as rows; every method is scoped by the owner. */
export interface ISampleRepository {
  /** Inserts a new sample or, when `sample.version` > 1, replaces the stored one of that id and owner. */
  save(sample: WritingSample): Promise<void>;
  /** `null` when missing or another user's. */
  findById(userId: string, id: string): Promise<WritingSample | null>;
  /** The user's current sample of `type`, or `null`. */
  findByType(userId: string, type: SampleType): Promise<WritingSample | null>;
  /** The user's samples, oldest first. */
  listByUser(userId: string): Promise<WritingSample[]>;
  /** `false` when missing or another user's. */
  delete(userId: string, id: string): Promise<boolean>;
  deleteAllByUser(userId: string): Promise<void>;
}

/**
 * The uploaded files behind samples. Implementations must keep every path inside their root whatever the
 * ids contain (they refuse ids that are not ids). Deleting something absent is not an error.
 */
export interface ISampleFileStore {
  put(userId: string, sampleId: string, bytes: Uint8Array): Promise<void>;
  delete(userId: string, sampleId: string): Promise<void>;
  deleteAllOfUser(userId: string): Promise<void>;
}
