import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';
import { API_KEY_LIMITS } from './api-key-limits.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const API_KEY_ERROR_STATUS = {
  'API_KEY.NOT_FOUND': 404,
  'API_KEY.INVALID_NAME': 400,
  'API_KEY.EXPIRY_IN_PAST': 422,
  'API_KEY.LIMIT_REACHED': 409,
} as const satisfies ErrorStatusTable;

const apiKeyError = DomainError.factory(API_KEY_ERROR_STATUS);

export const ApiKeyErrors = {
  notFound: () => apiKeyError('API_KEY.NOT_FOUND', 'The API key does not exist.'),
  invalidName: () =>
    apiKeyError(
      'API_KEY.INVALID_NAME',
      `The key name must have 1 to ${API_KEY_LIMITS.nameLength} characters.`,
    ),
  expiryInPast: (expiresAt: string) =>
    apiKeyError('API_KEY.EXPIRY_IN_PAST', 'The expiry must be in the future.', { expiresAt }),
  limitReached: () =>
    apiKeyError(
      'API_KEY.LIMIT_REACHED',
      `A user may keep at most ${API_KEY_LIMITS.perUser} API keys. Delete one first.`,
      { limit: API_KEY_LIMITS.perUser },
    ),
};
