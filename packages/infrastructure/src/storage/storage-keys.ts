import { createHash } from 'node:crypto';
import { storageKeySegments, type StoredObject } from '@tailor/domain';

/** Checks a key and returns it as given (every adapter refuses the same keys the same way). */
export const checkedKey = (key: string): string => storageKeySegments(key).join('/');

/**
 * A prefix as whole segments: "users/42/" and "users/42" both mean the key "users/42" itself and everything
 * under "users/42/", never "users/420". Returns the bare path and the folder form.
 */
export function checkedPrefix(prefix: string): { bare: string; folder: string } {
  const bare = storageKeySegments(prefix, true).join('/');
  return { bare, folder: `${bare}/` };
}

export const describeStored = (key: string, bytes: Uint8Array): StoredObject => ({
  key,
  bytes: bytes.byteLength,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});
