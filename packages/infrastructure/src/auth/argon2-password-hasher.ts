import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { Semaphore } from 'async-mutex';
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

/** The two argon2 calls the hasher makes (the real library by default). */
export type Argon2Functions = Pick<typeof argon2, 'hash' | 'verify'>;

export interface Argon2HasherOptions {
  /** Hashes computed at once; the rest wait their turn. Defaults to the number of cores. */
  maxConcurrent?: number;
  argon?: Argon2Functions;
}

/**
 * Each hash or verification holds 19 MiB while it runs, and libuv's pool would run up to four at once (more
 * with UV_THREADPOOL_SIZE), while also starving file reads and DNS that share the pool. So at most one per
 * core runs at a time and the others queue (never refused): a flood of logins costs latency, not memory —
 * the process holds at most `maxConcurrent` × 19 MiB for hashing whatever the number of connections, and
 * more at once would not finish sooner on those cores anyway.
 */
export class Argon2PasswordHasher implements IPasswordHasher {
  private readonly slots: Semaphore;
  private readonly argon: Argon2Functions;

  constructor(options: Argon2HasherOptions = {}) {
    this.slots = new Semaphore(Math.max(1, options.maxConcurrent ?? availableParallelism()));
    this.argon = options.argon ?? argon2;
  }

  hash(plain: string): Promise<string> {
    return this.slots.runExclusive(() => this.argon.hash(plain, ARGON2_PARAMETERS));
  }

  async verify(hash: string, plain: string): Promise<boolean> {
    try {
      return await this.slots.runExclusive(() => this.argon.verify(hash, plain));
    } catch {
      return false;
    }
  }
}
