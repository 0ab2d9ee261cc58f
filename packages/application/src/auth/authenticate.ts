import { AuthErrors, type Caller, type IAccessTokens, type IClock } from '@tailor/domain';
import { AuthenticateApiKey } from '../api-keys/authenticate-api-key.js';
import type { RevocationList } from './revocation-list.js';

/**
 * Turns an `Authorization` header into the caller: an access token (a signed-in session) or a personal API
 * key (`tlr_…`). Every failure is a 401 `AUTH.*`.
 */
export class Authenticate {
  constructor(
    private readonly accessTokens: IAccessTokens,
    private readonly revocations: RevocationList,
    private readonly clock: IClock,
    private readonly apiKeys: AuthenticateApiKey,
  ) {}

  async execute(authorization: string | undefined): Promise<Caller> {
    const match = authorization?.match(/^Bearer\s+(\S+)\s*$/iu);
    if (!match) throw AuthErrors.unauthenticated();
    const token = match[1]!;
    if (AuthenticateApiKey.isApiKey(token)) return this.apiKeys.execute(token);
    const claims = this.accessTokens.verify(token, this.clock.now());
    if (await this.revocations.isRevoked(claims.sessionId)) throw AuthErrors.sessionRevoked();
    return { ...claims, via: 'session' };
  }
}
