import { createRequire } from 'node:module';
import type { IDependencyProbe } from '@tailor/domain';
import type * as IORedis from 'ioredis';
import type { Redis } from 'ioredis';

export type { Redis };

const PING_TIMEOUT_MS = 2_000;

/**
 * The Redis connection instances share (REDIS_URL): rate-limit counters live there so a limit of N holds
 * across every instance. Connects on first use and gives up on a command quickly, so a Redis outage costs a
 * request milliseconds, never a hang.
 */
export function openRedis(url: string): Redis {
  // ioredis is ~2 MB of heap (~9 MB resident) that only an installation with REDIS_URL uses: it is required
  // here, when the container opens the connection, rather than imported by every server.
  const { Redis } = createRequire(import.meta.url)('ioredis') as typeof IORedis;
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    // A command waits for at most one reconnection attempt, then fails (the rate limiter then lets it pass).
    maxRetriesPerRequest: 1,
  });
  // Without a listener an outage would be an unhandled 'error' event; reportOutages tells the log.
  redis.on('error', () => {});
  return redis;
}

/** ioredis reports every failed reconnection attempt; tell once per outage, not several times a second. */
export function reportOutages(redis: Redis, onLost: (error: Error) => void): void {
  let connected = true;
  redis.on('ready', () => (connected = true));
  redis.on('error', (error: Error) => {
    if (connected) onLost(error);
    connected = false;
  });
}

export class RedisProbe implements IDependencyProbe {
  readonly name = 'redis';

  constructor(private readonly redis: Redis) {}

  async check(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('redis ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.redis.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
