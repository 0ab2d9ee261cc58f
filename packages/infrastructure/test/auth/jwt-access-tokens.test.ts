import { ACCESS_TOKEN_TTL_SECONDS } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { JwtAccessTokens } from '../../src/auth/jwt-access-tokens.js';

const SECRET = 'test-secret-0123456789abcdef0123456789';
const now = new Date('2026-01-01T10:00:00Z');

describe('JwtAccessTokens', () => {
  it('verifies a token it issued, also the second time (from its cache of verified tokens)', () => {
    const tokens = new JwtAccessTokens(SECRET);
    const { token, tokenId } = tokens.issue({ userId: 'u1', sessionId: 's1', now });
    const first = tokens.verify(token, now);
    expect(first).toMatchObject({ userId: 'u1', sessionId: 's1', tokenId });
    expect(tokens.verify(token, now)).toEqual(first);
  });

  it('still refuses an expired token after it was verified and cached', () => {
    const tokens = new JwtAccessTokens(SECRET);
    const { token } = tokens.issue({ userId: 'u1', sessionId: 's1', now });
    tokens.verify(token, now);
    const later = new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(() => tokens.verify(token, later)).toThrow(
      expect.objectContaining({ code: 'AUTH.TOKEN_EXPIRED' }),
    );
  });

  it('refuses a tampered copy of a cached token and a token signed with another secret', () => {
    const tokens = new JwtAccessTokens(SECRET);
    const { token } = tokens.issue({ userId: 'u1', sessionId: 's1', now });
    tokens.verify(token, now);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'u2' }),
    ).toString('base64url');
    const code = expect.objectContaining({ code: 'AUTH.INVALID_TOKEN' });
    expect(() => tokens.verify(`${header}.${forgedPayload}.${signature}`, now)).toThrow(code);
    const foreign = new JwtAccessTokens(`${SECRET}-other`).issue({ userId: 'u1', sessionId: 's1', now });
    expect(() => tokens.verify(foreign.token, now)).toThrow(code);
  });
});
