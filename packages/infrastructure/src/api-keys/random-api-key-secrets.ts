import { createHash, randomBytes } from 'node:crypto';
import { API_KEY_PREFIX, type IApiKeySecrets } from '@tailor/domain';

/**
 * `tlr_` + 32 random bytes in base64url (256 bits). Only the SHA-256 digest is stored. A fast unsalted hash
 * is right here, unlike for passwords: with 256 random bits there is nothing to guess or precompute, so a
 * slow KDF would add only latency to every request, and a deterministic digest keeps the lookup one unique
 * index probe.
 */
export class RandomApiKeySecrets implements IApiKeySecrets {
  generate() {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return { key, hash: this.hash(key) };
  }

  hash(key: string): string {
    return createHash('sha256').update(key).digest('hex');
  }
}
