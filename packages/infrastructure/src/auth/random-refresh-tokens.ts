import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
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

  /** AES-256-GCM under HKDF-SHA256(token); stored as base64url(iv ‖ tag ‖ ciphertext). */
  seal(token: string, payload: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keyOf(token), iv);
    const body = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  unseal(token: string, sealed: string): string | null {
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length < 28) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', keyOf(token), bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

// A key of its own, unrelated to the stored SHA-256 digest: reading the database does not open the seal.
const keyOf = (token: string): Buffer =>
  Buffer.from(hkdfSync('sha256', token, Buffer.alloc(0), 'tailor refresh-token successor', 32));
