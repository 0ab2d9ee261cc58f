import { DomainError, type ErrorStatusTable } from '../shared/domain-error.js';

/** Each code with its HTTP status; to add a code, see the note in ../error-codes.ts. */
export const AUTH_ERROR_STATUS = {
  'AUTH.WEAK_PASSWORD': 400,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.LOCKED': 423,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.INVALID_TOKEN': 401,
  'AUTH.TOKEN_EXPIRED': 401,
  'AUTH.SESSION_REVOKED': 401,
  'AUTH.INVALID_REFRESH_TOKEN': 401,
  'AUTH.REFRESH_TOKEN_EXPIRED': 401,
  'AUTH.REFRESH_TOKEN_REUSED': 401,
  'AUTH.INVALID_API_KEY': 401,
  'AUTH.API_KEY_EXPIRED': 401,
  'AUTH.API_KEY_FORBIDDEN': 403,
} as const satisfies ErrorStatusTable;

const authError = DomainError.factory(AUTH_ERROR_STATUS);

export const AuthErrors = {
  weakPassword: (rule: string, message: string) => authError('AUTH.WEAK_PASSWORD', message, { rule }),
  invalidCredentials: () => authError('AUTH.INVALID_CREDENTIALS', 'The email or password is not correct.'),
  locked: (retryAfterSeconds: number) =>
    authError('AUTH.LOCKED', 'Too many failed sign-in attempts. Try again later.', {
      retryAfterSeconds,
    }),
  unauthenticated: () =>
    authError('AUTH.UNAUTHENTICATED', 'Sign in first: send "Authorization: Bearer <accessToken>".'),
  invalidToken: () => authError('AUTH.INVALID_TOKEN', 'The access token is not valid.'),
  tokenExpired: () => authError('AUTH.TOKEN_EXPIRED', 'The access token has expired. Refresh it.'),
  sessionRevoked: () => authError('AUTH.SESSION_REVOKED', 'This session has ended. Sign in again.'),
  invalidRefreshToken: () => authError('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is not valid.'),
  refreshTokenExpired: () => authError('AUTH.REFRESH_TOKEN_EXPIRED', 'The refresh token has expired.'),
  invalidApiKey: () =>
    authError('AUTH.INVALID_API_KEY', 'The API key is not valid: it is unknown or has been deleted.'),
  apiKeyExpired: () => authError('AUTH.API_KEY_EXPIRED', 'The API key has expired.'),
  /** Account-level routes (password, account deletion, sessions, key management) need a signed-in session. */
  apiKeyForbidden: () =>
    authError(
      'AUTH.API_KEY_FORBIDDEN',
      'An API key cannot do this: sign in with your password and use an access token.',
    ),
  refreshTokenReused: () =>
    authError(
      'AUTH.REFRESH_TOKEN_REUSED',
      'This refresh token was already used, so the session has been ended for safety. Sign in again.',
    ),
};
