import { DomainError } from '../shared/domain-error.js';

// HTTP statuses (mapped in the http layer): NOT_FOUND 404, INVALID_TYPE 400, CONFLICT 409.
export const SampleErrors = {
  notFound: () => new DomainError('SAMPLE.NOT_FOUND', 'The writing sample does not exist.'),
  invalidType: (type: string) =>
    new DomainError('SAMPLE.INVALID_TYPE', 'The sample type must be "resume" or "coverLetter".', { type }),
  /** Two uploads of the same type raced; retrying succeeds. */
  conflict: () =>
    new DomainError(
      'SAMPLE.CONFLICT',
      'Another upload of this sample type happened at the same time; retry.',
    ),
};
