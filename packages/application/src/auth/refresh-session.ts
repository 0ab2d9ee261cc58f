import {
  AuthErrors,
  REFRESH_REUSE_GRACE_SECONDS,
  type IClock,
  type IRefreshTokens,
  type ISessionRepository,
  type IUnitOfWork,
  type RefreshTokenRecord,
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
   * Spends the presented refresh token and returns a new pair. The spend is a compare-and-set, and the pair
   * issued in its place is kept sealed with the spent token: a caller presenting the same token within
   * `REFRESH_REUSE_GRACE_SECONDS` (two tabs, a retry after a timeout) gets that same pair. Presenting a
   * spent token later means it was stolen or replayed: the whole session is revoked.
   */
  async execute(input: { refreshToken: string }): Promise<AuthTokens> {
    const now = this.clock.now();
    const hash = this.refreshTokens.hash(input.refreshToken);
    const found = await this.sessions.findByRefreshTokenHash(hash);
    if (!found) throw AuthErrors.invalidRefreshToken();
    const { token, session } = found;
    if (session.revokedAt) throw AuthErrors.sessionRevoked();
    if (token.expiresAt <= now || session.expiresAt <= now) throw AuthErrors.refreshTokenExpired();

    const outcome = await this.unitOfWork.run(async () => {
      if (!token.spentAt) {
        const next = this.issuer.nextPair(session.userId, session.id, now);
        const sealed = this.refreshTokens.seal(input.refreshToken, JSON.stringify(next.tokens));
        // On PostgreSQL a concurrent spender waits here for the winner's commit, then finds the token spent.
        if (await this.sessions.spend(token.id, now, sealed)) {
          await this.sessions.rotate(next.record, now);
          return next.tokens;
        }
      }
      // Spent already: read it again to see the winner's committed successor.
      const current = await this.sessions.findByRefreshTokenHash(hash);
      if (!current || current.session.revokedAt) return 'reused' as const;
      return this.sameAnswer(input.refreshToken, current.token, now) ?? ('reused' as const);
    });
    if (outcome === 'reused') {
      await this.revocations.revoke([session.id], 'refresh_token_reuse', now);
      throw AuthErrors.refreshTokenReused();
    }
    return outcome;
  }

  /** The pair the token was spent for, when it was spent within the grace window; else `null`. */
  private sameAnswer(presented: string, spent: RefreshTokenRecord, now: Date): AuthTokens | null {
    if (!spent.spentAt || !spent.sealedSuccessor) return null;
    const age = now.getTime() - spent.spentAt.getTime();
    if (age > REFRESH_REUSE_GRACE_SECONDS * 1000) return null;
    const opened = this.refreshTokens.unseal(presented, spent.sealedSuccessor);
    return opened === null ? null : (JSON.parse(opened) as AuthTokens);
  }
}
