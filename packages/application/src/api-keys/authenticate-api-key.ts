import {
  API_KEY_LAST_USED_RESOLUTION_MS,
  API_KEY_PREFIX,
  AuthErrors,
  isApiKeyExpired,
  isLastUseStale,
  type ApiKey,
  type ApiKeyCaller,
  type IApiKeyRepository,
  type IApiKeySecrets,
  type IClock,
} from '@tailor/domain';
import { accessValidUntil } from '../auth/session-issuer.js';
import type { RevocationList } from '../auth/revocation-list.js';

/** `tlr_` + base64url; anything else is refused before hashing or querying. */
const WELL_FORMED = /^tlr_[A-Za-z0-9_-]{43,200}$/u;

export interface ApiKeyCacheOptions {
  /** How long a key read from the database is trusted without reading it again. */
  ttlMs: number;
  maxEntries: number;
}

export const API_KEY_CACHE: ApiKeyCacheOptions = { ttlMs: 60_000, maxEntries: 10_000 };

/**
 * Turns a presented `tlr_` key into its owner, cheaply on the hot path: one SHA-256, then a cached row
 * (keyed by digest, trusted for `ttlMs`), else one unique-index lookup.
 *
 * Deletion reaches every instance at once or within one revocation sync (a second): deleting a key puts
 * its id on the same revocation list as ended sessions, which each instance holds in memory and which is
 * consulted on every request, cached row or not. Revocation entries live as long as an access token
 * (15 minutes), far longer than any cached row, so a cache can never outlive the revocation that covers it.
 * Expiry is checked against the clock on every request. `lastUsedAt` is written at most once a minute.
 */
export class AuthenticateApiKey {
  private readonly cache = new Map<string, { key: ApiKey; trustedUntil: number }>();

  constructor(
    private readonly apiKeys: IApiKeyRepository,
    private readonly secrets: IApiKeySecrets,
    private readonly revocations: RevocationList,
    private readonly clock: IClock,
    private readonly options: ApiKeyCacheOptions = API_KEY_CACHE,
  ) {
    if (options.ttlMs >= accessValidUntil(new Date(0)).getTime())
      throw new Error('API key cache must expire before revocation entries do');
  }

  static isApiKey(token: string): boolean {
    return token.startsWith(API_KEY_PREFIX);
  }

  async execute(presented: string): Promise<ApiKeyCaller> {
    if (!WELL_FORMED.test(presented)) throw AuthErrors.invalidApiKey();
    const now = this.clock.now();
    const hash = this.secrets.hash(presented);
    const key = await this.lookUp(hash, now.getTime());
    if (!key || (await this.revocations.isRevoked(key.id))) {
      this.cache.delete(hash);
      throw AuthErrors.invalidApiKey();
    }
    if (isApiKeyExpired(key, now)) throw AuthErrors.apiKeyExpired();
    if (isLastUseStale(key.lastUsedAt, now)) {
      key.lastUsedAt = now;
      await this.apiKeys.touch(key.id, now, new Date(now.getTime() - API_KEY_LAST_USED_RESOLUTION_MS));
    }
    return { via: 'apiKey', userId: key.userId, apiKeyId: key.id };
  }

  private async lookUp(hash: string, now: number): Promise<ApiKey | null> {
    const cached = this.cache.get(hash);
    if (cached && cached.trustedUntil > now) return cached.key;
    const key = await this.apiKeys.findByHash(hash);
    this.cache.delete(hash);
    if (!key) return null;
    // Oldest first out: a Map iterates in insertion order.
    if (this.cache.size >= this.options.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(hash, { key, trustedUntil: now + this.options.ttlMs });
    return key;
  }
}
