import type { ProfileContentInput } from '../profiles/profile-content.js';

/** What a file turned out to be, judged by its bytes (never by its name or declared type). */
export type UploadFormat = 'pdf' | 'docx' | 'text';

export interface ExtractedText {
  format: UploadFormat;
  text: string;
}

/** A LinkedIn data export ("Get a copy of your data"): already structured, so it needs no reading of prose. */
export interface ExtractedLinkedInExport {
  format: 'linkedin';
  profile: ProfileContentInput;
}

/** What an import file holds: a document's text or an export that maps straight onto a profile. */
export type ExtractedDocument = ExtractedText | ExtractedLinkedInExport;

/** The largest file a user may upload for import or as a writing sample. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Reads the text of an uploaded resume or writing sample. Raises `IMPORT.UNSUPPORTED_TYPE` (not a PDF,
 * DOCX or text file: an image, a plain ZIP…), `IMPORT.ARCHIVE_TOO_LARGE` (a DOCX whose contents would
 * unpack to an absurd size or entry count), `IMPORT.TOO_COMPLEX` (a PDF with too many pages or too much
 * compressed content, or any file whose reading ran out of time or memory), `IMPORT.UNREADABLE` (damaged
 * file) and `IMPORT.NO_TEXT` (nothing to read, e.g. a scanned PDF).
 */
export interface IDocumentTextExtractor {
  /** A document's text; a LinkedIn export is `IMPORT.UNSUPPORTED_TYPE` here (it has no prose to read). */
  extract(bytes: Uint8Array): Promise<ExtractedText>;
  /** Like `extract`, and also recognises a LinkedIn data export by the files it holds. */
  extractDocument(bytes: Uint8Array): Promise<ExtractedDocument>;
}
