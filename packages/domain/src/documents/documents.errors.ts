import { DomainError } from '../shared/domain-error.js';

export interface DocumentIssue {
  path: string;
  message: string;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

export const DocumentErrors = {
  notFound: () => new DomainError('DOCUMENT.NOT_FOUND', 'The document does not exist.'),
  versionConflict: (expected: number, actual: number) =>
    new DomainError('DOCUMENT.VERSION_CONFLICT', 'The document was changed by someone else; reload it.', {
      expected,
      actual,
    }),
  invalid: (field: string, message: string) =>
    new DomainError('DOCUMENT.VALIDATION', message, { field, issues: [{ path: field, message }] }),
  invalidContent: (issues: readonly DocumentIssue[]) =>
    new DomainError('DOCUMENT.VALIDATION', 'The document content is not valid.', {
      field: 'content',
      issues: issues.length > 0 ? [...issues] : [{ path: 'content', message: 'is not valid' }],
    }),
  /** No embedded font has a glyph for these characters; shipping blanks would be worse than refusing. */
  unrenderableCharacters: (chars: readonly string[]) => {
    const codePoints = chars.map((c) => hex(c.codePointAt(0) ?? 0));
    return new DomainError(
      'DOCUMENT.UNRENDERABLE_CHARACTERS',
      `No available font can print ${codePoints.join(', ')}.`,
      {
        characters: [...chars],
        codePoints,
      },
    );
  },
  unknownTemplate: (templateId: string) =>
    new DomainError('DOCUMENT.UNKNOWN_TEMPLATE', `There is no template "${templateId}".`, { templateId }),
  unsupportedFormat: (format: string, templateId: string) =>
    new DomainError('DOCUMENT.UNSUPPORTED_FORMAT', `Template "${templateId}" does not render "${format}".`, {
      format,
      templateId,
    }),
  exportNotFound: () => new DomainError('DOCUMENT.EXPORT_NOT_FOUND', 'The export does not exist.'),
};
