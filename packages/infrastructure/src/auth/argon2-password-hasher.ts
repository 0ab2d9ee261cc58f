import argon2 from 'argon2';
import type { IPasswordHasher } from '@tailor/domain';

/**
 * argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane): strong against GPU cracking while
 * keeping a login around 20-40 ms of one core, so the login endpoint is hard to turn into a CPU
 * denial-of-service. Hashing runs on libuv's thread pool, off the event loop. Parameters are stored in each
 * hash, so raising them later keeps old hashes verifiable.
 */
export const ARGON2_PARAMETERS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export class Argon2PasswordHasher implements IPasswordHasher {
  hash(plain: string): Promise<string> {
    return argon2.hash(plain, ARGON2_PARAMETERS);
  }

  async verify(hash: string, plain: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, plain);
    } catch {
      return false;
    }
  }
}
