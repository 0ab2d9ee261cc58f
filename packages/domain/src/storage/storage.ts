import { StorageErrors } from './storage.errors.js';

export interface StoredObject {
  key: string;
  bytes: number;
  /** Lower-case hex SHA-256 of the stored bytes. */
  sha256: string;
}

/**
 * Blob storage for exports and uploads. Keys are relative paths of safe segments ("users/<id>/exports/<id>.pdf").
 * Anything that could leave the storage root is refused with STORAGE.INVALID_KEY.
 */
export interface IStorage {
  /** Writes atomically (readers see the old bytes or the new, never a torn file); overwrites an existing key. */
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<StoredObject>;
  /** The bytes, or null when the key does not exist. */
  get(key: string): Promise<Uint8Array | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every key under the prefix (account deletion: "users/<id>/"). Returns how many were removed. */
  deletePrefix(prefix: string): Promise<number>;
}

const SEGMENT = /^[A-Za-z0-9._-]+$/u;

/**
 * Checks a key (or, with `allowTrailingSlash`, a prefix) and returns its segments.
 * @throws DomainError STORAGE.INVALID_KEY for empty, absolute, backslashed, NUL-carrying, dot-dot or odd keys.
 */
export function storageKeySegments(key: string, allowTrailingSlash = false): string[] {
  if (key.length === 0) throw StorageErrors.invalidKey(key, 'empty');
  if (key.length > 1024) throw StorageErrors.invalidKey(key.slice(0, 64), 'longer than 1024 characters');
  if (key.includes('\0')) throw StorageErrors.invalidKey(key, 'contains NUL');
  if (key.includes('\\')) throw StorageErrors.invalidKey(key, 'contains a backslash');
  if (key.startsWith('/')) throw StorageErrors.invalidKey(key, 'absolute path');
  const body = allowTrailingSlash && key.endsWith('/') ? key.slice(0, -1) : key;
  const segments = body.split('/');
  for (const segment of segments) {
    if (segment === '') throw StorageErrors.invalidKey(key, 'empty segment');
    if (segment === '.' || segment === '..') throw StorageErrors.invalidKey(key, 'relative segment');
    if (!SEGMENT.test(segment)) throw StorageErrors.invalidKey(key, 'only letters, digits, ".", "_" and "-"');
    if (segment.startsWith('.')) throw StorageErrors.invalidKey(key, 'hidden segment');
  }
  return segments;
}
