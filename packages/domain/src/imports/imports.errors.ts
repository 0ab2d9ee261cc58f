import { DomainError } from '../shared/domain-error.js';

// HTTP statuses (mapped in the http layer): TOO_LARGE 413, UNSUPPORTED_TYPE 415, ARCHIVE_TOO_LARGE /
// TOO_COMPLEX / NO_TEXT / UNREADABLE / NO_NAME 422, FILE_REQUIRED / INVALID_FORM 400.
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
  /** A file whose reading would cost too much: too many pages, too much compressed content, too slow. */
  tooComplex: (details: Record<string, unknown>) =>
    new DomainError(
      'IMPORT.TOO_COMPLEX',
      'The document is too large or too complex to read (at most 50 pages and 50 MB of content).',
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
  noName: () =>
    new DomainError('IMPORT.NO_NAME', 'No name was found in the resume, so no profile could be made.'),
};
