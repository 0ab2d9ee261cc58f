import { randomUUID } from 'node:crypto';
import { AuthErrors, ACCESS_TOKEN_TTL_SECONDS, type AccessClaims, type IAccessTokens } from '@tailor/domain';
import { TokenError, createSigner, createVerifier } from 'fast-jwt';

const VERIFIED_CACHE_SIZE = 1_000;

interface AccessPayload {
  sub: string;
  sid: string;
  jti: string;
  typ: string;
  iat: number;
  exp: number;
}

/**
 * HS256 access tokens. The verifier accepts HS256 only (so `alg: none` and algorithm-confusion tokens fail)
 * and requires `typ: "access"`, so no other token we might ever sign can pass as one.
 */
export class JwtAccessTokens implements IAccessTokens {
  private readonly sign: (payload: Record<string, unknown>) => string;
  private readonly decode: (token: string) => AccessPayload;

  constructor(secret: string) {
    this.sign = createSigner({ key: secret, algorithm: 'HS256', noTimestamp: true });
    // Expiry is checked against the injected clock below, not the machine's.
    const verifySignature = createVerifier({ key: secret, algorithms: ['HS256'], ignoreExpiration: true });
    this.decode = (token) => {
      const known = this.verified.get(token);
      if (known) return known;
      const payload = verifySignature(token) as AccessPayload;
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, payload);
      return payload;
    };
  }

  /**
   * Tokens whose signature was verified, by their exact text: a client sends the same token for up to 15
   * minutes, and re-checking its HMAC (or fast-jwt's own cache, which keys on a SHA-256 of the token) costs
   * more than the rest of authentication. Only verified tokens enter it, an exact string match cannot be
   * forged, expiry is still checked on every call below, and the oldest entry goes when it is full.
   */
  private readonly verified = new Map<string, AccessPayload>();

  issue(input: { userId: string; sessionId: string; now: Date }) {
    const iat = Math.floor(input.now.getTime() / 1000);
    const exp = iat + ACCESS_TOKEN_TTL_SECONDS;
    const tokenId = randomUUID();
    const token = this.sign({
      sub: input.userId,
      sid: input.sessionId,
      jti: tokenId,
      typ: 'access',
      iat,
      exp,
    });
    return { token, tokenId, expiresAt: new Date(exp * 1000) };
  }

  verify(token: string, now: Date): AccessClaims {
    let payload: AccessPayload;
    try {
      payload = this.decode(token);
    } catch (error) {
      if (error instanceof TokenError) throw AuthErrors.invalidToken();
      throw error;
    }
    const wellFormed =
      payload.typ === 'access' &&
      typeof payload.sub === 'string' &&
      typeof payload.sid === 'string' &&
      typeof payload.jti === 'string' &&
      Number.isFinite(payload.exp);
    if (!wellFormed) throw AuthErrors.invalidToken();
    if (payload.exp * 1000 <= now.getTime()) throw AuthErrors.tokenExpired();
    return {
      userId: payload.sub,
      sessionId: payload.sid,
      tokenId: payload.jti,
      expiresAt: new Date(payload.exp * 1000),
    };
  }
}
