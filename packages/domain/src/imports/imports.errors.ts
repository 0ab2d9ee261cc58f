import { DomainError } from '../shared/domain-error.js';

// HTTP statuses (mapped in the http layer): TOO_LARGE 413, UNSUPPORTED_TYPE 415, ARCHIVE_TOO_LARGE /
// NO_TEXT / UNREADABLE / NO_NAME / NO_POSTING_FOUND 422, FILE_REQUIRED / INVALID_FORM / URL_NOT_ALLOWED 400,
// FETCH_FAILED 502, FETCH_TIMEOUT 504.
export const ImportErrors = {
  tooLarge: (limitBytes: number) =>
    new DomainError('IMPORT.TOO_LARGE', `The file is larger than ${limitBytes} bytes.`, { limitBytes }),
  /** A multipart form beyond its limits: a second file, too many or too long fields. */
  invalidForm: (reason: string) =>
    new DomainError(
      'IMPORT.INVALID_FORM',
      'Send one file as the multipart field "file", with at most a few short text fields.',
      { reason },
    ),
  fileRequired: () => new DomainError('IMPORT.FILE_REQUIRED', 'Send the file as the multipart field "file".'),
  unsupportedType: (detected: string) =>
    new DomainError('IMPORT.UNSUPPORTED_TYPE', 'Only PDF, DOCX and plain-text files can be read.', {
      detected,
    }),
  archiveTooLarge: (details: Record<string, unknown>) =>
    new DomainError(
      'IMPORT.ARCHIVE_TOO_LARGE',
      'The document would unpack to an unreasonable size; it was not opened.',
      details,
    ),
  unreadable: (format: string) =>
    new DomainError('IMPORT.UNREADABLE', `The ${format} file is damaged and cannot be read.`, { format }),
  noText: (format: string) =>
    new DomainError(
      'IMPORT.NO_TEXT',
      'The file contains no readable text (a scanned document needs OCR first).',
      { format },
    ),
  /** A URL the server will not fetch: another scheme, an internal address, or content that is not a page. */
  urlNotAllowed: (reason: string) =>
    new DomainError('IMPORT.URL_NOT_ALLOWED', `The URL cannot be imported: ${reason}.`, { reason }),
  noPostingFound: () =>
    new DomainError('IMPORT.NO_POSTING_FOUND', 'No job posting was found in what was read.'),
  fetchFailed: (reason: string, details: Record<string, unknown> = {}) =>
    new DomainError('IMPORT.FETCH_FAILED', `The page could not be fetched: ${reason}.`, {
      reason,
      ...details,
    }),
  fetchTimeout: (timeoutMs: number) =>
    new DomainError('IMPORT.FETCH_TIMEOUT', `The page did not answer within ${timeoutMs} ms.`, { timeoutMs }),
  noName: () =>
    new DomainError('IMPORT.NO_NAME', 'No name was found in the resume, so no profile could be made.'),
};
