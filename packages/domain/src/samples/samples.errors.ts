import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const SAMPLE_ERROR_STATUS = {
  'SAMPLE.NOT_FOUND': 404,
  'SAMPLE.INVALID_TYPE': 400,
  'SAMPLE.CONFLICT': 409,
} as const satisfies ErrorStatusTable;

const sampleError = DomainError.factory(SAMPLE_ERROR_STATUS);

export const SampleErrors = {
  notFound: () => sampleError('SAMPLE.NOT_FOUND', 'The writing sample does not exist.'),
  invalidType: (type: string) =>
    sampleError('SAMPLE.INVALID_TYPE', 'The sample type must be "resume" or "coverLetter".', { type }),
  /** Two uploads of the same type raced; retrying succeeds. */
  conflict: () =>
    sampleError('SAMPLE.CONFLICT', 'Another upload of this sample type happened at the same time; retry.'),
};
