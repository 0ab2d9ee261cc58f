import { describe, expect, it } from 'vitest';
import { RandomRefreshTokens } from '../src/auth/random-refresh-tokens.js';

describe('RandomRefreshTokens sealing (the pair kept for a concurrent refresh)', () => {
  const tokens = new RandomRefreshTokens();

  it('opens only with the token it was sealed with', () => {
    const { token, hash } = tokens.generate();
    const other = tokens.generate().token;
    const sealed = tokens.seal(token, '{"refreshToken":"next"}');
    expect(tokens.unseal(token, sealed)).toBe('{"refreshToken":"next"}');
    expect(tokens.unseal(other, sealed)).toBeNull();
    // Whoever reads the database has the digest, not the token: the digest does not open it.
    expect(tokens.unseal(hash, sealed)).toBeNull();
    expect(sealed).not.toContain('next');
  });

  it('refuses a tampered or truncated seal', () => {
    const { token } = tokens.generate();
    const sealed = Buffer.from(tokens.seal(token, 'payload'), 'base64url');
    sealed[sealed.length - 1]! ^= 1;
    expect(tokens.unseal(token, sealed.toString('base64url'))).toBeNull();
    expect(tokens.unseal(token, 'short')).toBeNull();
  });
});
