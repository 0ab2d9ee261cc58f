import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const DOCUMENT_ERROR_STATUS = {
  'DOCUMENT.NOT_FOUND': 404,
  'DOCUMENT.VERSION_CONFLICT': 409,
  'DOCUMENT.VALIDATION': 400,
  'DOCUMENT.UNRENDERABLE_CHARACTERS': 422,
  // A request naming a template that does not exist.
  'DOCUMENT.UNKNOWN_TEMPLATE': 400,
  'DOCUMENT.UNSUPPORTED_FORMAT': 400,
  'DOCUMENT.EXPORT_NOT_FOUND': 404,
  // A signed download link that is forged, altered or past its expiry: nothing is there for its holder.
  'DOCUMENT.DOWNLOAD_LINK_INVALID': 404,
} as const satisfies ErrorStatusTable;

const documentError = DomainError.factory(DOCUMENT_ERROR_STATUS);

export interface DocumentIssue {
  path: string;
  message: string;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

export const DocumentErrors = {
  notFound: () => documentError('DOCUMENT.NOT_FOUND', 'The document does not exist.'),
  versionConflict: (expected: number, actual: number) =>
    documentError('DOCUMENT.VERSION_CONFLICT', 'The document was changed by someone else; reload it.', {
      expected,
      actual,
    }),
  invalid: (field: string, message: string) =>
    documentError('DOCUMENT.VALIDATION', message, { field, issues: [{ path: field, message }] }),
  invalidContent: (issues: readonly DocumentIssue[]) =>
    documentError('DOCUMENT.VALIDATION', 'The document content is not valid.', {
      field: 'content',
      issues: issues.length > 0 ? [...issues] : [{ path: 'content', message: 'is not valid' }],
    }),
  /** No embedded font has a glyph for these characters; shipping blanks would be worse than refusing. */
  unrenderableCharacters: (chars: readonly string[]) => {
    const codePoints = chars.map((c) => hex(c.codePointAt(0) ?? 0));
    return documentError(
      'DOCUMENT.UNRENDERABLE_CHARACTERS',
      `No available font can print ${codePoints.join(', ')}.`,
      {
        characters: [...chars],
        codePoints,
      },
    );
  },
  unknownTemplate: (templateId: string) =>
    documentError('DOCUMENT.UNKNOWN_TEMPLATE', `There is no template "${templateId}".`, { templateId }),
  unsupportedFormat: (format: string, templateId: string) =>
    documentError('DOCUMENT.UNSUPPORTED_FORMAT', `Template "${templateId}" does not render "${format}".`, {
      format,
      templateId,
    }),
  exportNotFound: () => documentError('DOCUMENT.EXPORT_NOT_FOUND', 'The export does not exist.'),
  downloadLinkInvalid: () =>
    documentError(
      'DOCUMENT.DOWNLOAD_LINK_INVALID',
      'The download link is not valid or has expired; export the document again for a new one.',
    ),
};
