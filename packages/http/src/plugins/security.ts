import cors from '@fastify/cors';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config/config.js';
import { HttpError } from '../errors/error-envelope.js';
import { RequestCounter, addressKey, type Exceeded } from './request-counters.js';
import { computeSecurityHeaders } from './security-headers.js';

export const securityPlugin = fp<{ config: AppConfig; redis: RateLimitPluginOptions['redis'] | null }>(
  async (app, { config, redis }) => {
    // helmet's headers (CSP, HSTS, nosniff, frame and cross-origin policies…) on every response, 404s and
    // errors included: computed once at start-up, set first thing on each request. Personal data and tokens
    // are never kept by browsers or shared caches: every /api/ answer says no-store unless its route sets
    // its own Cache-Control (downloads with an ETag allow revalidation).
    const securityHeaders = computeSecurityHeaders();
    const apiHeaders = Object.freeze({ ...securityHeaders, 'cache-control': 'no-store' });
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(request.url.startsWith('/api/') ? apiHeaders : securityHeaders);
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
    // Every request is counted per client address, authenticated or not: the address limiter runs in a root
    // onRequest hook, which Fastify runs before the /api/v1 scope's authentication hook, so a flood of bad
    // tokens is limited like anything else. Once the caller is known (root preValidation, after
    // authentication) the request is counted again per user, so one account spread over many addresses has
    // the same ceiling. Routes opt out with `config: { rateLimit: false }` (probes, metrics); the credential
    // routes add their stricter limiter (`config: { rateLimit: {...} }`) on top of these two.
    // With Redis the counters are shared, so N means N across every instance. Should Redis fail, requests
    // pass (skipOnError) rather than the whole API going down with it; /ready reports Redis as down.
    const errorResponseBuilder = (
      _request: FastifyRequest,
      context: { max: number; ttl: number; after: string },
    ): HttpError =>
      new HttpError(429, 'RATE_LIMIT.EXCEEDED', `Too many requests. Try again in ${context.after}.`, {
        limit: context.max,
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      });
    const nameSpace = 'tailor-rate-limit:';
    await app.register(rateLimit, {
      global: false,
      ...(redis ? { redis, nameSpace, skipOnError: true } : {}),
      max: config.rateLimit.max,
      timeWindow: config.rateLimit.windowMs,
      errorResponseBuilder,
    });
    const counter = new RequestCounter({
      max: config.rateLimit.max,
      windowMs: config.rateLimit.windowMs,
      redis,
      nameSpace,
    });
    const exempt = (request: FastifyRequest) => request.routeOptions.config.rateLimit === false;
    const refusal = (request: FastifyRequest, exceeded?: Exceeded) =>
      exceeded &&
      errorResponseBuilder(request, {
        max: exceeded.max,
        ttl: exceeded.ttlMs,
        after: `${exceeded.retryAfterSeconds} seconds`,
      });
    // Plain (callback) hooks: with the in-memory store they finish without a promise or a tick.
    app.addHook('onRequest', (request, reply, done) => {
      if (exempt(request)) return done();
      counter.count(addressKey(request.ip), reply, true, (exceeded) => done(refusal(request, exceeded)));
    });
    app.addHook('preValidation', (request, reply, done) => {
      if (!request.auth || exempt(request)) return done();
      counter.count(`user:${request.auth.userId}`, reply, false, (exceeded) =>
        done(refusal(request, exceeded)),
      );
    });
  },
  { name: 'security' },
);
