import cors from '@fastify/cors';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config/config.js';
import { computeSecurityHeaders } from './security-headers.js';

export const securityPlugin = fp<{ config: AppConfig; redis: RateLimitPluginOptions['redis'] | null }>(
  async (app, { config, redis }) => {
    // helmet's headers (CSP, HSTS, nosniff, frame and cross-origin policies…) on every response, 404s and
    // errors included: computed once at start-up, set first thing on each request.
    const securityHeaders = computeSecurityHeaders();
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(securityHeaders);
      done();
    });
    await app.register(cors, {
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      // Every method and request header the API uses, so browser clients can update, delete and retry safely.
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'if-match',
        'idempotency-key',
        'x-request-id',
        'accept',
      ],
      exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition', 'etag', 'location'],
    });
    // Personal data and tokens are never kept by browsers or shared caches; routes that allow revalidation
    // (downloads with an ETag) set their own Cache-Control.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      done(null, payload);
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
