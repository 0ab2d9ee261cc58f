import { DomainError } from '../shared/domain-error.js';

export const GenerationErrors = {
  /** The same Idempotency-Key was sent before with a different request: replaying it would be a lie. */
  idempotencyKeyReused: () =>
    new DomainError(
      'IDEMPOTENCY.KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    ),
  notFound: () => new DomainError('GENERATION.NOT_FOUND', 'The generation does not exist.'),
  invalid: (field: string, message: string) => new DomainError('GENERATION.VALIDATION', message, { field }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('GENERATION.INVALID_TRANSITION', `A generation cannot go from "${from}" to "${to}".`, {
      from,
      to,
    }),
  /** 409 while the generation is queued or running. */
  notFinished: (status: string) =>
    new DomainError('GENERATION.NOT_FINISHED', 'The generation has not finished yet.', { status }),
  /** 409: it finished without a result (failed or cancelled). */
  noResult: (status: string, error: unknown) =>
    new DomainError('GENERATION.NO_RESULT', `The generation ended "${status}" without a result.`, {
      status,
      error,
    }),
  rateLimited: (limit: number, retryAfterSeconds: number) =>
    new DomainError('GENERATION.RATE_LIMITED', `At most ${limit} generations may be started per hour.`, {
      limit,
      retryAfterSeconds,
    }),
  quotaExceeded: (limit: number, retryAfterSeconds: number) =>
    new DomainError('GENERATION.QUOTA_EXCEEDED', `The monthly quota of ${limit} generations is used up.`, {
      limit,
      retryAfterSeconds,
    }),
  /** The repository already holds a generation of this user with this idempotency key. */
  duplicateIdempotencyKey: () =>
    new DomainError('GENERATION.DUPLICATE_KEY', 'A generation with this idempotency key already exists.'),
  /** The truthfulness gate had to remove too much, even after one retry. `details.report`: what and why. */
  unsupportedContent: (report: unknown) =>
    new DomainError(
      'GENERATION.UNSUPPORTED_CONTENT',
      'The model kept writing claims the profile does not support; nothing was kept.',
      { report },
    ),
  sourceDeleted: (source: 'job' | 'profile') =>
    new DomainError('GENERATION.SOURCE_DELETED', `The ${source} of this generation was deleted.`, { source }),
  /** Any other failure while running; internals stay in the logs. */
  failed: () => new DomainError('GENERATION.FAILED', 'The generation failed unexpectedly.'),
};
