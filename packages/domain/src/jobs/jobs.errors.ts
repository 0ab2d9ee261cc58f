import { DomainError } from '../shared/domain-error.js';

export const JobErrors = {
  notFound: () => new DomainError('JOB.NOT_FOUND', 'The job does not exist.'),
  sourceNotFound: () =>
    new DomainError(
      'JOB.SOURCE_NOT_FOUND',
      'The job was entered by hand: there is no source it was read from.',
    ),
  catalogNotFound: () => new DomainError('JOB.CATALOG_NOT_FOUND', 'The catalog posting does not exist.'),
  invalidTransition: (from: string, to: string, allowed: readonly string[]) =>
    new DomainError('JOB.INVALID_TRANSITION', `An application cannot move from "${from}" to "${to}".`, {
      from,
      to,
      allowed,
    }),
  invalid: (field: string, message: string) => new DomainError('JOB.VALIDATION', message, { field }),
  futureDate: (field: string) =>
    new DomainError('JOB.INVALID_DATE', `"${field}" cannot be in the future.`, { field }),
  nothingToParse: () =>
    new DomainError('JOB.NOTHING_TO_PARSE', 'The posting text is empty once whitespace is removed.'),
};
