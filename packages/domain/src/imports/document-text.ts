/** What a file turned out to be, judged by its bytes (never by its name or declared type). */
export type UploadFormat = 'pdf' | 'docx' | 'text';

export interface ExtractedText {
  format: UploadFormat;
  text: string;
}

/** The largest file a user may upload for import or as a writing sample. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Reads the text of an uploaded resume or writing sample. Raises `IMPORT.UNSUPPORTED_TYPE` (not a PDF,
 * DOCX or text file: an image, a plain ZIP…), `IMPORT.ARCHIVE_TOO_LARGE` (a DOCX whose contents would
 * unpack to an absurd size or entry count), `IMPORT.UNREADABLE` (damaged file) and `IMPORT.NO_TEXT`
 * (nothing to read, e.g. a scanned PDF).
 */
export interface IDocumentTextExtractor {
  extract(bytes: Uint8Array): Promise<ExtractedText>;
}
