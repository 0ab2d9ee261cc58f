import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.js';
import type { Env } from './env-schema.js';

const SECRET_FILE = 'jwt-secret';

// Values copied from READMEs, .env.example files and tutorials. A production deployment that still carries
// one of them signs tokens anyone can forge.
const KNOWN_EXAMPLE_SECRETS = new Set([
  'changeme',
  'change-me',
  'secret',
  'your-secret-key',
  'your_jwt_secret',
  'supersecret',
  'please-change-this-secret-in-production',
  'replace-with-a-long-random-string-of-at-least-32-chars',
  'change-me-to-a-long-random-string-at-least-32-characters',
]);

const looksLikeExample = (secret: string): boolean =>
  KNOWN_EXAMPLE_SECRETS.has(secret.toLowerCase()) || /^(.)\1+$/u.test(secret) || /change.?me/iu.test(secret);

/**
 * The signing secret. In production it must be given (and be neither short nor a known example value):
 * silently generating one would log everybody out whenever a container's disk is replaced. Elsewhere a
 * missing secret is generated once and kept (mode 0600) in the data folder, so restarts keep sessions.
 */
export function resolveJwtSecret(env: Env): string {
  if (env.NODE_ENV === 'production') {
    if (!env.JWT_SECRET) throw new ConfigError('JWT_SECRET: required when NODE_ENV=production');
    if (looksLikeExample(env.JWT_SECRET)) {
      throw new ConfigError(
        'JWT_SECRET: is a known example value; generate a random one (openssl rand -base64 48)',
      );
    }
    return env.JWT_SECRET;
  }
  if (env.JWT_SECRET) return env.JWT_SECRET;

  const file = join(env.DATA_DIR, SECRET_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(env.DATA_DIR, { recursive: true });
  const generated = randomBytes(48).toString('base64url');
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return generated;
}
