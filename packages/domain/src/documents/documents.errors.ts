import { DomainError } from '../shared/domain-error.js';

export const DocumentErrors = {
  notFound: () => new DomainError('DOCUMENT.NOT_FOUND', 'The document does not exist.'),
  versionConflict: (expected: number, actual: number) =>
    new DomainError('DOCUMENT.VERSION_CONFLICT', 'The document was changed by someone else; reload it.', {
      expected,
      actual,
    }),
  invalid: (field: string, message: string) => new DomainError('DOCUMENT.VALIDATION', message, { field }),
};
