import { API_KEY_LIMITS } from './api-key-limits.js';
import { ApiKeyErrors } from './api-keys.errors.js';

export { API_KEY_LIMITS };

/** Every personal API key starts with this, so scanners (and our own authentication) can tell it apart. */
export const API_KEY_PREFIX = 'tlr_';
/** How many leading characters of a key are kept in clear for display ("tlr_AbCd1234…"). */
export const API_KEY_DISPLAY_LENGTH = 12;
/** `lastUsedAt` is written at most this often per key, so a busy script does not write on every request. */
export const API_KEY_LAST_USED_RESOLUTION_MS = 60_000;

/**
 * A personal API key as stored: its SHA-256 digest (never the key) and a short clear prefix to recognise it
 * by. It authenticates as its owner until it expires or is deleted.
 */
export interface ApiKey {
  id: string;
  userId: string;
  name: string;
  /** The first API_KEY_DISPLAY_LENGTH characters of the key, e.g. "tlr_AbCd1234". */
  prefix: string;
  keyHash: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

/** A new key: the invariants every stored key holds (trimmed bounded name, expiry in the future). */
export function newApiKey(input: {
  id: string;
  userId: string;
  name: string;
  key: string;
  keyHash: string;
  expiresAt: Date | null;
  now: Date;
}): ApiKey {
  const name = input.name.trim();
  if (name.length === 0 || name.length > API_KEY_LIMITS.nameLength) throw ApiKeyErrors.invalidName();
  if (input.expiresAt && input.expiresAt.getTime() <= input.now.getTime())
    throw ApiKeyErrors.expiryInPast(input.expiresAt.toISOString());
  return {
    id: input.id,
    userId: input.userId,
    name,
    prefix: input.key.slice(0, API_KEY_DISPLAY_LENGTH),
    keyHash: input.keyHash,
    createdAt: input.now,
    expiresAt: input.expiresAt,
    lastUsedAt: null,
  };
}

export const isApiKeyExpired = (key: Pick<ApiKey, 'expiresAt'>, now: Date): boolean =>
  key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime();

/** Whether a use at `now` should be recorded (at most once per API_KEY_LAST_USED_RESOLUTION_MS). */
export const isLastUseStale = (lastUsedAt: Date | null, now: Date): boolean =>
  lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= API_KEY_LAST_USED_RESOLUTION_MS;

/** Key secrets: generation and the one-way digest they are looked up by. */
export interface IApiKeySecrets {
  /** A new key (`tlr_` + at least 32 random bytes, base64url) and its digest. */
  generate(): { key: string; hash: string };
  /** The digest of a presented key; the same key always gives the same digest. */
  hash(key: string): string;
}

/** API keys as rows; every method but `findByHash` is scoped by the owner. */
export interface IApiKeyRepository {
  add(key: ApiKey): Promise<void>;
  /** The key with this digest, whoever owns it, or `null` (authentication looks keys up this way). */
  findByHash(keyHash: string): Promise<ApiKey | null>;
  /** The user's keys, oldest first. */
  listByUser(userId: string): Promise<ApiKey[]>;
  countByUser(userId: string): Promise<number>;
  /** `false` when missing or another user's. */
  delete(userId: string, id: string): Promise<boolean>;
  /**
   * Records a use, unless one after `notBefore` is already recorded (so concurrent instances write at most
   * once per interval).
   */
  touch(id: string, at: Date, notBefore: Date): Promise<void>;
  /** Removes every key of the user and returns their ids. */
  deleteAllByUser(userId: string): Promise<string[]>;
}
