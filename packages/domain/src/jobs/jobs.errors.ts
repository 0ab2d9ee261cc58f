import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const JOB_ERROR_STATUS = {
  'JOB.NOT_FOUND': 404,
  'JOB.SOURCE_NOT_FOUND': 404,
  'JOB.CATALOG_NOT_FOUND': 404,
  'JOB.INVALID_TRANSITION': 422,
  'JOB.VALIDATION': 400,
  'JOB.INVALID_DATE': 422,
  'JOB.NOTHING_TO_PARSE': 400,
} as const satisfies ErrorStatusTable;

const jobError = DomainError.factory(JOB_ERROR_STATUS);

export const JobErrors = {
  notFound: () => jobError('JOB.NOT_FOUND', 'The job does not exist.'),
  sourceNotFound: () =>
    jobError('JOB.SOURCE_NOT_FOUND', 'The job was entered by hand: there is no source it was read from.'),
  catalogNotFound: () => jobError('JOB.CATALOG_NOT_FOUND', 'The catalog posting does not exist.'),
  invalidTransition: (from: string, to: string, allowed: readonly string[]) =>
    jobError('JOB.INVALID_TRANSITION', `An application cannot move from "${from}" to "${to}".`, {
      from,
      to,
      allowed,
    }),
  invalid: (field: string, message: string) => jobError('JOB.VALIDATION', message, { field }),
  futureDate: (field: string) =>
    jobError('JOB.INVALID_DATE', `"${field}" cannot be in the future.`, { field }),
  invalidPeriod: (from: string, to: string) =>
    jobError('JOB.INVALID_DATE', 'The period ends before it starts.', { field: 'to', from, to }),
  nothingToParse: () =>
    jobError('JOB.NOTHING_TO_PARSE', 'The posting text is empty once whitespace is removed.'),
};
