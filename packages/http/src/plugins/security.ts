import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { Redis } from '@tailor/infrastructure';
import type { AppConfig } from '../config/config.js';

export const securityPlugin = fp<{ config: AppConfig; redis: Redis | null }>(
  async (app, { config, redis }) => {
    await app.register(helmet, {
      // Swagger UI at /docs needs its own scripts and inline styles; nothing else here serves HTML.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
    await app.register(cors, {
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition'],
    });
    // A global per-IP ceiling; routes tighten it with `config: { rateLimit: {...} }` (see authRateLimit).
    // With Redis the counters are shared, so N means N across every instance. Should Redis fail, requests
    // pass (skipOnError) rather than the whole API going down with it; /ready reports Redis as down.
    await app.register(rateLimit, {
      global: true,
      ...(redis ? { redis, nameSpace: 'tailor-rate-limit:', skipOnError: true } : {}),
      max: config.rateLimit.max,
      timeWindow: config.rateLimit.windowMs,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'RATE_LIMIT.EXCEEDED',
        message: `Too many requests. Try again in ${context.after}.`,
        details: { limit: context.max, retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      }),
    });
  },
  { name: 'security' },
);
