import {
  ACCESS_TOKEN_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  type IAccessTokens,
  type IIdGenerator,
  type IRefreshTokens,
  type ISessionRepository,
  type RefreshTokenRecord,
} from '@tailor/domain';

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

const secondsFrom = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000);

/** Starts sessions and rotates their refresh tokens; shared by register, login and refresh. */
export class SessionIssuer {
  constructor(
    private readonly sessions: ISessionRepository,
    private readonly accessTokens: IAccessTokens,
    private readonly refreshTokens: IRefreshTokens,
    private readonly ids: IIdGenerator,
  ) {}

  async start(userId: string, now: Date, userAgent: string | null = null): Promise<AuthTokens> {
    const sessionId = this.ids.next();
    const { token, record } = this.newRefreshToken(sessionId, now);
    await this.sessions.start(
      {
        id: sessionId,
        userId,
        createdAt: now,
        lastUsedAt: now,
        expiresAt: record.expiresAt,
        revokedAt: null,
        revokeReason: null,
        userAgent: userAgent?.slice(0, 300) ?? null,
      },
      record,
    );
    return this.tokens(userId, sessionId, token, now);
  }

  /** The next pair of a session, not yet stored: store its record with `sessions.rotate` once the old one is spent. */
  nextPair(userId: string, sessionId: string, now: Date): { tokens: AuthTokens; record: RefreshTokenRecord } {
    const { token, record } = this.newRefreshToken(sessionId, now);
    return { tokens: this.tokens(userId, sessionId, token, now), record };
  }

  private newRefreshToken(sessionId: string, now: Date): { token: string; record: RefreshTokenRecord } {
    const { token, hash } = this.refreshTokens.generate();
    return {
      token,
      record: {
        id: this.ids.next(),
        sessionId,
        tokenHash: hash,
        createdAt: now,
        expiresAt: secondsFrom(now, REFRESH_TOKEN_TTL_SECONDS),
        spentAt: null,
        sealedSuccessor: null,
      },
    };
  }

  private tokens(userId: string, sessionId: string, refreshToken: string, now: Date): AuthTokens {
    const access = this.accessTokens.issue({ userId, sessionId, now });
    return { accessToken: access.token, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }
}

/** The instant until which access tokens issued now may still be presented. */
export const accessValidUntil = (now: Date) => secondsFrom(now, ACCESS_TOKEN_TTL_SECONDS);
