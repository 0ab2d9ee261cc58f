import { AuthErrors, type AccessClaims, type IAccessTokens, type IClock } from '@tailor/domain';
import type { RevocationList } from './revocation-list.js';

/** Turns an `Authorization` header into the caller's verified claims. Every failure is a 401 `AUTH.*`. */
export class Authenticate {
  constructor(
    private readonly accessTokens: IAccessTokens,
    private readonly revocations: RevocationList,
    private readonly clock: IClock,
  ) {}

  async execute(authorization: string | undefined): Promise<AccessClaims> {
    const match = authorization?.match(/^Bearer\s+(\S+)\s*$/iu);
    if (!match) throw AuthErrors.unauthenticated();
    const claims = this.accessTokens.verify(match[1]!, this.clock.now());
    if (await this.revocations.isRevoked(claims.sessionId)) throw AuthErrors.sessionRevoked();
    return claims;
  }
}
