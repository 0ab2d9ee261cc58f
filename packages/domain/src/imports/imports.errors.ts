import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const IMPORT_ERROR_STATUS = {
  'IMPORT.TOO_LARGE': 413,
  'IMPORT.INVALID_FORM': 400,
  'IMPORT.FILE_REQUIRED': 400,
  'IMPORT.UNSUPPORTED_TYPE': 415,
  'IMPORT.ARCHIVE_TOO_LARGE': 422,
  // Too many pages or too much compressed content, or reading ran out of time or memory.
  'IMPORT.TOO_COMPLEX': 422,
  // Every document worker is busy and the queue is full (files and pages share them): try again shortly.
  'IMPORT.BUSY': 503,
  'IMPORT.UNREADABLE': 422,
  'IMPORT.NO_TEXT': 422,
  'IMPORT.NO_NAME': 422,
  'IMPORT.URL_NOT_ALLOWED': 400,
  'IMPORT.NO_POSTING_FOUND': 422,
  // The page we were asked to read did not answer well: a bad gateway, or a gateway timeout.
  'IMPORT.FETCH_FAILED': 502,
  'IMPORT.FETCH_TIMEOUT': 504,
} as const satisfies ErrorStatusTable;

const importError = DomainError.factory(IMPORT_ERROR_STATUS);

export const ImportErrors = {
  tooLarge: (limitBytes: number) =>
    importError('IMPORT.TOO_LARGE', `The file is larger than ${limitBytes} bytes.`, { limitBytes }),
  /** A multipart form beyond its limits: a second file, too many or too long fields. */
  invalidForm: (reason: string) =>
    importError(
      'IMPORT.INVALID_FORM',
      'Send one file as the multipart field "file", with at most a few short text fields.',
      { reason },
    ),
  fileRequired: () => importError('IMPORT.FILE_REQUIRED', 'Send the file as the multipart field "file".'),
  unsupportedType: (detected: string) =>
    importError('IMPORT.UNSUPPORTED_TYPE', 'Only PDF, DOCX and plain-text files can be read.', {
      detected,
    }),
  archiveTooLarge: (details: Record<string, unknown>) =>
    importError(
      'IMPORT.ARCHIVE_TOO_LARGE',
      'The document would unpack to an unreasonable size; it was not opened.',
      details,
    ),
  /** A file whose reading would cost too much: too many pages, too much compressed content, too slow. */
  tooComplex: (details: Record<string, unknown>) =>
    importError(
      'IMPORT.TOO_COMPLEX',
      'The document is too large or too complex to read (at most 50 pages and 50 MB of content).',
      details,
    ),
  /** A pasted or fetched page whose reading ran out of time or memory. */
  pageTooComplex: (details: Record<string, unknown>) =>
    importError('IMPORT.TOO_COMPLEX', 'The page is too large or too complex to read.', details),
  busy: () => importError('IMPORT.BUSY', 'Too many files or pages are being read; try again shortly.'),
  unreadable: (format: string) =>
    importError('IMPORT.UNREADABLE', `The ${format} file is damaged and cannot be read.`, { format }),
  noText: (format: string) =>
    importError(
      'IMPORT.NO_TEXT',
      'The file contains no readable text (a scanned document needs OCR first).',
      { format },
    ),
  /** A URL the server will not fetch: another scheme, an internal address, or content that is not a page. */
  urlNotAllowed: (reason: string) =>
    importError('IMPORT.URL_NOT_ALLOWED', `The URL cannot be imported: ${reason}.`, { reason }),
  noPostingFound: () => importError('IMPORT.NO_POSTING_FOUND', 'No job posting was found in what was read.'),
  fetchFailed: (reason: string, details: Record<string, unknown> = {}) =>
    importError('IMPORT.FETCH_FAILED', `The page could not be fetched: ${reason}.`, { reason, ...details }),
  fetchTimeout: (timeoutMs: number) =>
    importError('IMPORT.FETCH_TIMEOUT', `The page did not answer within ${timeoutMs} ms.`, { timeoutMs }),
  noName: () =>
    importError('IMPORT.NO_NAME', 'No name was found in the resume, so no profile could be made.'),
};
