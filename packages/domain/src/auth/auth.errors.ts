import { DomainError } from '../shared/domain-error.js';

export const AuthErrors = {
  weakPassword: (rule: string, message: string) => new DomainError('AUTH.WEAK_PASSWORD', message, { rule }),
  invalidCredentials: () =>
    new DomainError('AUTH.INVALID_CREDENTIALS', 'The email or password is not correct.'),
  locked: (retryAfterSeconds: number) =>
    new DomainError('AUTH.LOCKED', 'Too many failed sign-in attempts. Try again later.', {
      retryAfterSeconds,
    }),
  unauthenticated: () =>
    new DomainError('AUTH.UNAUTHENTICATED', 'Sign in first: send "Authorization: Bearer <accessToken>".'),
  invalidToken: () => new DomainError('AUTH.INVALID_TOKEN', 'The access token is not valid.'),
  tokenExpired: () => new DomainError('AUTH.TOKEN_EXPIRED', 'The access token has expired. Refresh it.'),
  sessionRevoked: () => new DomainError('AUTH.SESSION_REVOKED', 'This session has ended. Sign in again.'),
  invalidRefreshToken: () => new DomainError('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is not valid.'),
  refreshTokenExpired: () => new DomainError('AUTH.REFRESH_TOKEN_EXPIRED', 'The refresh token has expired.'),
  refreshTokenReused: () =>
    new DomainError(
      'AUTH.REFRESH_TOKEN_REUSED',
      'This refresh token was already used, so the session has been ended for safety. Sign in again.',
    ),
};
