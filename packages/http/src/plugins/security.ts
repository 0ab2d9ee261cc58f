import cors from '@fastify/cors';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
    // Every request is counted per client address, authenticated or not: the address limiter runs in a root
    // onRequest hook, which Fastify runs before the /api/v1 scope's authentication hook, so a flood of bad
    // tokens is limited like anything else. Once the caller is known (root preValidation, after
    // authentication) the request is counted again per user, so one account spread over many addresses has
    // the same ceiling. Routes opt out with `config: { rateLimit: false }` (probes, metrics); the credential
    // routes add their stricter limiter (`config: { rateLimit: {...} }`) on top of these two.
    // With Redis the counters are shared, so N means N across every instance. Should Redis fail, requests
    // pass (skipOnError) rather than the whole API going down with it; /ready reports Redis as down.
    const errorResponseBuilder: RateLimitPluginOptions['errorResponseBuilder'] = (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMIT.EXCEEDED',
      message: `Too many requests. Try again in ${context.after}.`,
      details: { limit: context.max, retryAfterSeconds: Math.ceil(context.ttl / 1000) },
    });
    await app.register(rateLimit, {
      global: false,
      ...(redis ? { redis, nameSpace: 'tailor-rate-limit:', skipOnError: true } : {}),
      max: config.rateLimit.max,
      timeWindow: config.rateLimit.windowMs,
      errorResponseBuilder,
    });
    const perAddress = app.createRateLimit();
    const perUser = app.createRateLimit({ keyGenerator: (request) => `user:${request.auth?.userId}` });
    const exempt = (request: FastifyRequest) => request.routeOptions.config.rateLimit === false;
    // `informational`: whether this limiter reports its remaining budget on every answer (the address one).
    const enforce =
      (limit: typeof perAddress, informational: boolean) =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        const outcome = await limit(request);
        if (outcome.isAllowed) return;
        if (!outcome.isExceeded) {
          if (!informational) return;
          reply.header('x-ratelimit-limit', outcome.max);
          reply.header('x-ratelimit-remaining', outcome.remaining);
          reply.header('x-ratelimit-reset', outcome.ttlInSeconds);
          return;
        }
        reply.header('x-ratelimit-limit', outcome.max);
        reply.header('x-ratelimit-remaining', 0);
        reply.header('x-ratelimit-reset', outcome.ttlInSeconds);
        reply.header('retry-after', outcome.ttlInSeconds);
        throw errorResponseBuilder(request, {
          statusCode: 429,
          ban: false,
          max: outcome.max,
          ttl: outcome.ttl,
          after: `${outcome.ttlInSeconds} seconds`,
        });
      };
    const countAddress = enforce(perAddress, true);
    const countUser = enforce(perUser, false);
    app.addHook('onRequest', async (request, reply) => {
      if (!exempt(request)) await countAddress(request, reply);
    });
    app.addHook('preValidation', async (request, reply) => {
      if (request.auth && !exempt(request)) await countUser(request, reply);
    });
  },
  { name: 'security' },
);
