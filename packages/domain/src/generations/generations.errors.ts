import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const GENERATION_ERROR_STATUS = {
  'GENERATION.NOT_FOUND': 404,
  'GENERATION.VALIDATION': 400,
  // E.g. cancelling a generation that already succeeded.
  'GENERATION.INVALID_TRANSITION': 409,
  'GENERATION.NOT_FINISHED': 409,
  'GENERATION.NO_RESULT': 409,
  'GENERATION.RATE_LIMITED': 429,
  'GENERATION.QUOTA_EXCEEDED': 429,
  // Internal: answered as a replay, never sent.
  'GENERATION.DUPLICATE_KEY': 409,
  // The next three are stored on a failed generation as its error, not sent as an HTTP answer.
  'GENERATION.UNSUPPORTED_CONTENT': 422,
  'GENERATION.SOURCE_DELETED': 409,
  'GENERATION.FAILED': 500,
} as const satisfies ErrorStatusTable;

const generationError = DomainError.factory(GENERATION_ERROR_STATUS);

export const GenerationErrors = {
  notFound: () => generationError('GENERATION.NOT_FOUND', 'The generation does not exist.'),
  invalid: (field: string, message: string) => generationError('GENERATION.VALIDATION', message, { field }),
  invalidTransition: (from: string, to: string) =>
    generationError('GENERATION.INVALID_TRANSITION', `A generation cannot go from "${from}" to "${to}".`, {
      from,
      to,
    }),
  /** 409 while the generation is queued or running. */
  notFinished: (status: string) =>
    generationError('GENERATION.NOT_FINISHED', 'The generation has not finished yet.', { status }),
  /** 409: it finished without a result (failed or cancelled). */
  noResult: (status: string, error: unknown) =>
    generationError('GENERATION.NO_RESULT', `The generation ended "${status}" without a result.`, {
      status,
      error,
    }),
  rateLimited: (limit: number, retryAfterSeconds: number) =>
    generationError('GENERATION.RATE_LIMITED', `At most ${limit} generations may be started per hour.`, {
      limit,
      retryAfterSeconds,
    }),
  quotaExceeded: (limit: number, retryAfterSeconds: number) =>
    generationError('GENERATION.QUOTA_EXCEEDED', `The monthly quota of ${limit} generations is used up.`, {
      limit,
      retryAfterSeconds,
    }),
  /** The repository already holds a generation of this user with this idempotency key. */
  duplicateIdempotencyKey: () =>
    generationError('GENERATION.DUPLICATE_KEY', 'A generation with this idempotency key already exists.'),
  /** The truthfulness gate had to remove too much, even after one retry. `details.report`: what and why. */
  unsupportedContent: (report: unknown) =>
    generationError(
      'GENERATION.UNSUPPORTED_CONTENT',
      'The model kept writing claims the profile does not support; nothing was kept.',
      { report },
    ),
  sourceDeleted: (source: 'job' | 'profile') =>
    generationError('GENERATION.SOURCE_DELETED', `The ${source} of this generation was deleted.`, { source }),
  /** Any other failure while running; internals stay in the logs. */
  failed: () => generationError('GENERATION.FAILED', 'The generation failed unexpectedly.'),
};
