import {
  AuthErrors,
  type AccessClaims,
  type IAccessTokens,
  type IApiKeySecrets,
  type IPasswordHasher,
  type IRefreshTokens,
} from '@tailor/domain';

/** Reversible "hashing" for use-case tests: fast, and still never equal to the plain text. */
export class FakePasswordHasher implements IPasswordHasher {
  verifies = 0;

  async hash(plain: string): Promise<string> {
    return `hashed:${plain}`;
  }

  async verify(hash: string, plain: string): Promise<boolean> {
    this.verifies += 1;
    return hash === `hashed:${plain}`;
  }
}

/** Readable tokens (`access.<json>`) with real expiry checks. */
export class FakeAccessTokens implements IAccessTokens {
  private counter = 0;

  issue(input: { userId: string; sessionId: string; now: Date }) {
    this.counter += 1;
    const expiresAt = new Date(input.now.getTime() + 15 * 60 * 1000);
    const claims = {
      userId: input.userId,
      sessionId: input.sessionId,
      tokenId: `jti-${this.counter}`,
      expiresAt,
    };
    return { token: `access.${JSON.stringify(claims)}`, tokenId: claims.tokenId, expiresAt };
  }

  verify(token: string, now: Date): AccessClaims {
    if (!token.startsWith('access.')) throw AuthErrors.invalidToken();
    const raw = JSON.parse(token.slice('access.'.length)) as AccessClaims & { expiresAt: string };
    const claims = { ...raw, expiresAt: new Date(raw.expiresAt) };
    if (claims.expiresAt <= now) throw AuthErrors.tokenExpired();
    return claims;
  }
}

export class FakeRefreshTokens implements IRefreshTokens {
  private counter = 0;

  generate() {
    this.counter += 1;
    const token = `refresh-${this.counter}`;
    return { token, hash: this.hash(token) };
  }

  hash(token: string): string {
    return `h(${token})`;
  }

  seal(token: string, payload: string): string {
    return JSON.stringify({ token, payload });
  }

  unseal(token: string, sealed: string): string | null {
    const opened = JSON.parse(sealed) as { token: string; payload: string };
    return opened.token === token ? opened.payload : null;
  }
}

/** Well-formed, predictable API keys (`tlr_` + 43 characters) with a reversible stand-in digest. */
export class FakeApiKeySecrets implements IApiKeySecrets {
  private counter = 0;

  generate() {
    this.counter += 1;
    const key = `tlr_${String(this.counter).padStart(43, 'k')}`;
    return { key, hash: this.hash(key) };
  }

  hash(key: string): string {
    return `digest:${key}`;
  }
}
