import { createRequire } from 'node:module';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply } from 'fastify';

/** A fixed-window count as @fastify/rate-limit's stores report it. */
interface Count {
  current: number;
  /** Milliseconds until the window resets. */
  ttl: number;
}

/** The store interface @fastify/rate-limit documents for custom stores (callback style). */
interface CounterStore {
  incr(key: string, done: (error: Error | null, count?: Count) => void, windowMs: number, max: number): void;
}

type StoreClass = new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  ...rest: unknown[]
) => CounterStore;

// The library's own stores: its in-memory LRU, or its Redis Lua script with the same key layout, so
// counters stay shared with the credential routes' limiters and across instances. They are not in its
// typings, hence the require.
const require = createRequire(import.meta.url);
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as StoreClass;
const RedisStore = require('@fastify/rate-limit/store/RedisStore') as StoreClass;

/** What a counter tells the caller about one request. */
export interface Exceeded {
  max: number;
  ttlMs: number;
  retryAfterSeconds: number;
}

export interface CounterOptions {
  max: number;
  windowMs: number;
  /** Shared counters across instances (namespaced like @fastify/rate-limit's), or null for this process. */
  redis: RateLimitPluginOptions['redis'] | null;
  nameSpace: string;
}

/**
 * The two counters every request passes (per client address, then per user), driven through the store's
 * callback. @fastify/rate-limit's own limiter functions wrap each count in four promises; on the hot read
 * paths that was a quarter of the server's time per request, while the in-memory store answers at once (and
 * the Redis one when its reply arrives). The counting itself, the window and the Redis script stay the
 * library's.
 */
export class RequestCounter {
  private readonly store: CounterStore;

  constructor(private readonly options: CounterOptions) {
    this.store = options.redis
      ? new RedisStore(false, false, options.redis, options.nameSpace)
      : new LocalStore(false, false);
  }

  /**
   * Counts one request against `key`. `done` gets the excess when over the limit, or nothing (also when
   * the shared store fails: requests pass rather than the API going down with Redis).
   * `informational` adds the remaining budget to every answer (x-ratelimit-*).
   */
  count(key: string, reply: FastifyReply, informational: boolean, done: (exceeded?: Exceeded) => void): void {
    const { max, windowMs } = this.options;
    this.store.incr(
      key,
      (error, count) => {
        if (error || !count) return done();
        const ttlSeconds = Math.ceil(count.ttl / 1000);
        if (count.current <= max) {
          if (informational) {
            reply.header('x-ratelimit-limit', max);
            reply.header('x-ratelimit-remaining', max - count.current);
            reply.header('x-ratelimit-reset', ttlSeconds);
          }
          return done();
        }
        reply.header('x-ratelimit-limit', max);
        reply.header('x-ratelimit-remaining', 0);
        reply.header('x-ratelimit-reset', ttlSeconds);
        reply.header('retry-after', ttlSeconds);
        done({ max, ttlMs: count.ttl, retryAfterSeconds: ttlSeconds });
      },
      windowMs,
      max,
    );
  }
}

/** The key @fastify/rate-limit gives a client address (IPv6 grouped by /64), so both count alike. */
export const addressKey = (ip: string): string => normalizeIP(ip);
