import type { TailoredResumeContent } from '../tailoring/tailored-resume.js';
import type { TruthfulnessReport } from '../tailoring/truthfulness.js';
import { DocumentErrors } from './documents.errors.js';

export const DOCUMENT_TYPES = ['resume', 'coverLetter'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_LIMITS = {
  title: 200,
  notes: 10_000,
  /** Serialized content (JSON characters): generous for a 3-page resume, small enough to keep rows sane. */
  content: 200_000,
} as const;

/** Who the document is about, copied from the profile when it was generated (the user may edit it). */
export interface DocumentContact {
  fullName: string;
  headline: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: { label: string; url: string }[];
}

export interface CoverLetterContent {
  salutation: string;
  paragraphs: string[];
  closing: string;
  /** The name under the closing. */
  signature: string;
}

/** The structured content of a document; text and Markdown are derived from it. */
export type DocumentContent =
  | { type: 'resume'; contact: DocumentContact; resume: TailoredResumeContent }
  | { type: 'coverLetter'; contact: DocumentContact; letter: CoverLetterContent };

/** One content version, kept for good. `source` says whether the pipeline or a person wrote it. */
export interface DocumentVersion {
  documentId: string;
  version: number;
  source: 'generated' | 'edited';
  content: DocumentContent;
  text: string;
  markdown: string;
  /** The gate's report for this content: enforced for generated versions, only shown for edited ones. */
  truthfulness: TruthfulnessReport | null;
  createdAt: Date;
}

/** One file exported from a document version (filled by the export feature). */
export interface DocumentExportRecord {
  id: string;
  ownerId: string;
  documentId: string;
  version: number;
  format: string;
  templateId: string | null;
  bytes: number;
  pageCount: number | null;
  sha256: string;
  storageKey: string;
  createdAt: Date;
}

export interface DocumentPrimitives {
  id: string;
  ownerId: string;
  jobId: string | null;
  generationId: string | null;
  profileId: string | null;
  type: DocumentType;
  title: string;
  notes: string | null;
  /** Starts at 1; every change (title, notes or content) bumps it (optimistic concurrency). */
  version: number;
  content: DocumentContent;
  text: string;
  markdown: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Renders content to plain text and Markdown (the pure formatters in document-plain-formats.ts). */
export interface DocumentFormatters {
  text(content: DocumentContent): string;
  markdown(content: DocumentContent): string;
}

const title = (value: string): string => {
  const trimmed = value.trim();
  if (trimmed === '') throw DocumentErrors.invalid('title', '"title" cannot be empty.');
  if ([...trimmed].length > DOCUMENT_LIMITS.title)
    throw DocumentErrors.invalid('title', `"title" is longer than ${DOCUMENT_LIMITS.title} characters.`);
  return trimmed;
};

const notes = (value: string | null): string | null => {
  if (value === null) return null;
  const trimmed = value.trim();
  if ([...trimmed].length > DOCUMENT_LIMITS.notes)
    throw DocumentErrors.invalid('notes', `"notes" is longer than ${DOCUMENT_LIMITS.notes} characters.`);
  return trimmed === '' ? null : trimmed;
};

const content = (type: DocumentType, value: DocumentContent): DocumentContent => {
  if (value.type !== type)
    throw DocumentErrors.invalid(
      'content.type',
      `The content of a ${type} document must be of type "${type}".`,
    );
  if (JSON.stringify(value).length > DOCUMENT_LIMITS.content)
    throw DocumentErrors.invalid('content', 'The content is too large.');
  // Content from a client was read by parseDocumentContent (PatchDocument) before it reaches here.
  return structuredClone(value);
};

/**
 * A generated resume or cover letter that the user may edit. The current content is on the document; each
 * content change also yields a `DocumentVersion` the repository keeps.
 */
export class TailoredDocument {
  private constructor(private props: DocumentPrimitives) {}

  static create(input: {
    id: string;
    ownerId: string;
    jobId: string | null;
    generationId: string | null;
    profileId: string | null;
    type: DocumentType;
    title: string;
    content: DocumentContent;
    formatters: DocumentFormatters;
    now: Date;
  }): TailoredDocument {
    const c = content(input.type, input.content);
    return new TailoredDocument({
      id: input.id,
      ownerId: input.ownerId,
      jobId: input.jobId,
      generationId: input.generationId,
      profileId: input.profileId,
      type: input.type,
      title: title(input.title),
      notes: null,
      version: 1,
      content: c,
      text: input.formatters.text(c),
      markdown: input.formatters.markdown(c),
      createdAt: input.now,
      updatedAt: input.now,
    });
  }

  static fromPrimitives(props: DocumentPrimitives): TailoredDocument {
    return new TailoredDocument(structuredClone(props));
  }

  get id(): string {
    return this.props.id;
  }
  get ownerId(): string {
    return this.props.ownerId;
  }
  get version(): number {
    return this.props.version;
  }
  get type(): DocumentType {
    return this.props.type;
  }
  get profileId(): string | null {
    return this.props.profileId;
  }
  get content(): DocumentContent {
    return structuredClone(this.props.content);
  }

  /** The version record of the current content. */
  currentVersion(
    source: DocumentVersion['source'],
    truthfulness: TruthfulnessReport | null,
  ): DocumentVersion {
    return {
      documentId: this.props.id,
      version: this.props.version,
      source,
      content: structuredClone(this.props.content),
      text: this.props.text,
      markdown: this.props.markdown,
      truthfulness,
      createdAt: this.props.updatedAt,
    };
  }

  /**
   * Applies an edit made against `expectedVersion` (raises `DOCUMENT.VERSION_CONFLICT` when stale). Returns
   * whether the content changed (then the caller stores a new version record). Bumps the version once.
   */
  edit(
    changes: { title?: string; notes?: string | null; content?: DocumentContent },
    expectedVersion: number,
    formatters: DocumentFormatters,
    now: Date,
  ): { contentChanged: boolean } {
    if (expectedVersion !== this.props.version)
      throw DocumentErrors.versionConflict(expectedVersion, this.props.version);
    const next = { ...this.props };
    if (changes.title !== undefined) next.title = title(changes.title);
    if (changes.notes !== undefined) next.notes = notes(changes.notes);
    let contentChanged = false;
    if (changes.content !== undefined) {
      const c = content(this.props.type, changes.content);
      if (JSON.stringify(c) !== JSON.stringify(this.props.content)) {
        contentChanged = true;
        next.content = c;
        next.text = formatters.text(c);
        next.markdown = formatters.markdown(c);
      }
    }
    next.version = this.props.version + 1;
    next.updatedAt = now;
    this.props = next;
    return { contentChanged };
  }

  toPrimitives(): DocumentPrimitives {
    return structuredClone(this.props);
  }
}
