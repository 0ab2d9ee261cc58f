import type { AccessClaims, RefreshTokenRecord, RevokeReason, Session } from './session.js';

export interface IPasswordHasher {
  hash(plain: string): Promise<string>;
  /** `false` for a wrong password or an unreadable hash; never throws for those. */
  verify(hash: string, plain: string): Promise<boolean>;
}

export interface IssuedAccessToken {
  token: string;
  tokenId: string;
  expiresAt: Date;
}

export interface IAccessTokens {
  issue(input: { userId: string; sessionId: string; now: Date }): IssuedAccessToken;
  /**
   * The claims of a genuine, unexpired access token. Raises `AUTH.TOKEN_EXPIRED` for an expired one and
   * `AUTH.INVALID_TOKEN` for anything else (bad signature, `alg: none`, wrong `typ`, malformed).
   */
  verify(token: string, now: Date): AccessClaims;
}

/** Opaque high-entropy secrets (refresh tokens, calendar feed tokens) stored only as a digest. */
export interface ISecretTokens {
  /** A new opaque token (high entropy, URL-safe) and the hash under which it is stored. */
  generate(): { token: string; hash: string };
  hash(token: string): string;
}

export interface IRefreshTokens extends ISecretTokens {
  /**
   * Encrypts `payload` under a key derived from `token` (authenticated encryption): only someone holding the
   * token can read it back, never someone who only sees the stored hash.
   */
  seal(token: string, payload: string): string;
  /** The payload sealed with `token`, or `null` when it was sealed with another token or tampered with. */
  unseal(token: string, sealed: string): string | null;
}

export interface ISessionRepository {
  /** Stores a new session with its first refresh token. */
  start(session: Session, firstToken: RefreshTokenRecord): Promise<void>;
  /** The token with this hash and its session, or `null`. */
  findByRefreshTokenHash(hash: string): Promise<{ token: RefreshTokenRecord; session: Session } | null>;
  /**
   * Marks the token spent (keeping the sealed pair issued in its place) unless it already was. `false` means someone spent it first (a reuse or a race):
   * the compare-and-set makes two concurrent refreshes with one token impossible.
   */
  spend(tokenId: string, at: Date, sealedSuccessor: string | null): Promise<boolean>;
  /** Adds the next token of a session and records the session as used. */
  rotate(next: RefreshTokenRecord, at: Date): Promise<void>;
  findById(sessionId: string): Promise<Session | null>;
  listByUser(userId: string): Promise<Session[]>;
  /**
   * Ends sessions and puts their ids on the revocation list until their last access token has expired
   * (`accessValidUntil`). The list outlives the sessions, so it holds no user id.
   */
  revoke(
    sessionIds: readonly string[],
    reason: RevokeReason,
    at: Date,
    accessValidUntil: Date,
  ): Promise<void>;
  /** Session ids revoked at or after `since` whose access tokens may still be in use at `now`. */
  revokedSince(since: Date, now: Date): Promise<Array<{ sessionId: string; validUntil: Date }>>;
  /** Removes the user's sessions and refresh tokens (the revocation list keeps its entries). */
  deleteAllOfUser(userId: string): Promise<void>;
}

export interface ILoginFailureRepository {
  record(email: string, at: Date): Promise<void>;
  /** Times of the failures for this email at or after `since`, oldest first. */
  listSince(email: string, since: Date): Promise<Date[]>;
  clear(email: string): Promise<void>;
}
