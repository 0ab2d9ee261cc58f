import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import { Argon2PasswordHasher, type Argon2Functions } from '../../src/auth/argon2-password-hasher.js';

/** The real argon2, counting how many calls run at the same time. */
function countingArgon() {
  const seen = { running: 0, most: 0 };
  const counted =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      seen.running += 1;
      seen.most = Math.max(seen.most, seen.running);
      try {
        return await call(...args);
      } finally {
        seen.running -= 1;
      }
    };
  const argon: Argon2Functions = {
    hash: counted(argon2.hash) as Argon2Functions['hash'],
    verify: counted(argon2.verify) as Argon2Functions['verify'],
  };
  return { argon, seen };
}

describe('Argon2PasswordHasher', () => {
  it('hashes and verifies a password (argon2id), and refuses a wrong one or a malformed hash', async () => {
    const hasher = new Argon2PasswordHasher();
    const hash = await hasher.hash('Correct-horse-1');
    expect(hash).toMatch(/^\$argon2id\$/u);
    expect(await hasher.verify(hash, 'Correct-horse-1')).toBe(true);
    expect(await hasher.verify(hash, 'Wrong-horse-1')).toBe(false);
    expect(await hasher.verify('not a hash', 'Correct-horse-1')).toBe(false);
  });

  it('runs at most maxConcurrent hashes at once and queues the rest instead of refusing them', async () => {
    const { argon, seen } = countingArgon();
    const hasher = new Argon2PasswordHasher({ maxConcurrent: 2, argon });
    const hashes = await Promise.all(Array.from({ length: 6 }, (_, i) => hasher.hash(`Password-${i}`)));
    expect(seen.most).toBe(2);
    const verified = await Promise.all(hashes.map((hash, i) => hasher.verify(hash, `Password-${i}`)));
    expect(verified).toEqual([true, true, true, true, true, true]);
    expect(seen.most).toBe(2);
    expect(seen.running).toBe(0);
  });

  it('frees its slot when a verification fails, so later logins are not blocked', async () => {
    const { argon, seen } = countingArgon();
    const hasher = new Argon2PasswordHasher({ maxConcurrent: 1, argon });
    const results = await Promise.all([
      hasher.verify('malformed', 'x'),
      hasher.verify('malformed', 'y'),
      hasher.hash('After-failures-1').then((hash) => hasher.verify(hash, 'After-failures-1')),
    ]);
    expect(results).toEqual([false, false, true]);
    expect(seen.most).toBe(1);
  });
});
