import { createHash, randomBytes } from 'node:crypto';
import type { IRefreshTokens } from '@tailor/domain';

/**
 * Opaque refresh tokens: 256 random bits. Only a SHA-256 digest is stored; a plain hash (not argon2) is
 * enough because the token is random, not a guessable password, and lookups by digest stay indexable.
 */
export class RandomRefreshTokens implements IRefreshTokens {
  generate() {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hash(token) };
  }

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
