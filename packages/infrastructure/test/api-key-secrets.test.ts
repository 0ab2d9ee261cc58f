import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { RandomApiKeySecrets } from '../src/api-keys/random-api-key-secrets.js';

it('makes tlr_ keys of 32 random bytes in base64url, hashed with SHA-256, never the same twice', () => {
  const secrets = new RandomApiKeySecrets();
  const { key, hash } = secrets.generate();
  expect(key).toMatch(/^tlr_[A-Za-z0-9_-]{43}$/u);
  expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(32);
  expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
  expect(hash).not.toContain(key.slice(4));
  expect(secrets.hash(key)).toBe(hash);
  expect(new Set(Array.from({ length: 100 }, () => secrets.generate().key)).size).toBe(100);
});
