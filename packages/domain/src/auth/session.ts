export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
/**
 * A refresh token presented again within this many seconds of being spent is a concurrent caller (two tabs,
 * a retry after a timeout), not a thief: it gets the same new pair instead of revoking the session. Later
 * reuse still revokes the whole family.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 10;

export type RevokeReason =
  | 'logout'
  | 'refresh_token_reuse'
  | 'password_change'
  | 'account_deleted'
  // The revocation list also carries deleted API keys' ids (see AuthenticateApiKey).
  | 'api_key_deleted';

/** A sign-in: one family of refresh tokens, each spent by the next, and the access tokens issued with them. */
export interface Session {
  id: string;
  userId: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokeReason: RevokeReason | null;
  userAgent: string | null;
}

/** A refresh token as stored: only its hash, never the token. */
export interface RefreshTokenRecord {
  id: string;
  sessionId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  spentAt: Date | null;
  /**
   * Once spent: the pair issued in its place, sealed with a key only the spent token itself yields (see
   * `IRefreshTokens.seal`), so a concurrent caller with the same token can be given the same pair.
   */
  sealedSuccessor: string | null;
}

/** An access token's verified claims. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
  tokenId: string;
  expiresAt: Date;
}

/** The caller of a request: a signed-in session (access token) or a personal API key. */
export type Caller = SessionCaller | ApiKeyCaller;

export interface SessionCaller extends AccessClaims {
  via: 'session';
}

export interface ApiKeyCaller {
  via: 'apiKey';
  userId: string;
  apiKeyId: string;
}
