import {
  AuthErrors,
  type IClock,
  type IRefreshTokens,
  type ISessionRepository,
  type IUnitOfWork,
} from '@tailor/domain';
import type { RevocationList } from './revocation-list.js';
import type { AuthTokens, SessionIssuer } from './session-issuer.js';

export class RefreshSession {
  constructor(
    private readonly sessions: ISessionRepository,
    private readonly refreshTokens: IRefreshTokens,
    private readonly issuer: SessionIssuer,
    private readonly revocations: RevocationList,
    private readonly unitOfWork: IUnitOfWork,
    private readonly clock: IClock,
  ) {}

  /**
   * Spends the presented refresh token and returns a new pair. Presenting a spent token again means it was
   * stolen or replayed: the whole session (its refresh and access tokens) is revoked.
   */
  async execute(input: { refreshToken: string }): Promise<AuthTokens> {
    const now = this.clock.now();
    const found = await this.sessions.findByRefreshTokenHash(this.refreshTokens.hash(input.refreshToken));
    if (!found) throw AuthErrors.invalidRefreshToken();
    const { token, session } = found;
    if (session.revokedAt) throw AuthErrors.sessionRevoked();
    if (token.expiresAt <= now || session.expiresAt <= now) throw AuthErrors.refreshTokenExpired();

    const outcome = await this.unitOfWork.run(async () => {
      if (token.spentAt || !(await this.sessions.spend(token.id, now))) return 'reused' as const;
      return this.issuer.rotate(session.userId, session.id, now);
    });
    if (outcome === 'reused') {
      await this.revocations.revoke([session.id], 'refresh_token_reuse', now);
      throw AuthErrors.refreshTokenReused();
    }
    return outcome;
  }
}
