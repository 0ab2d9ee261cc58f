import type { Authenticate } from '@tailor/application';
import { AuthErrors, type Caller, type SessionCaller } from '@tailor/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../errors/error-envelope.js';

export interface AuthenticationOptions {
  /** Requests one personal API key may make per window (API_KEY_RATE_LIMIT_*). */
  apiKeyRateLimit: { max: number; windowMs: number };
  /** Turns the Authorization header into a caller (an access token or a personal API key). */
  authenticate: Authenticate;
}

/**
 * The one way a request becomes a caller, shared by every authenticated surface (/api/v1, /mcp):
 * `app.authenticateRequest(request, reply)` reads `Authorization: Bearer <accessToken | tlr_ API key>`, sets
 * `request.auth`, refuses API keys on routes marked `config: { sessionOnly: true }` (403
 * `AUTH.API_KEY_FORBIDDEN`) and counts API-key requests against the key's own rate limit.
 */
export const authenticationPlugin = fp<AuthenticationOptions>(
  async (app, { apiKeyRateLimit, authenticate }) => {
    app.decorateRequest('auth', null);
    // The store of @fastify/rate-limit (Redis when configured), so a key's budget is shared by every instance.
    const perKey = app.createRateLimit({
      max: apiKeyRateLimit.max,
      timeWindow: apiKeyRateLimit.windowMs,
      keyGenerator: (request) => `api-key:${request.auth?.via === 'apiKey' ? request.auth.apiKeyId : ''}`,
    });

    app.decorate('authenticateRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const auth = await authenticate.execute(request.headers.authorization);
      request.auth = auth;
      if (auth.via !== 'apiKey') return;
      if (request.routeOptions.config.sessionOnly) throw AuthErrors.apiKeyForbidden();
      const outcome = await perKey(request);
      if (outcome.isAllowed || !outcome.isExceeded) return;
      reply.header('retry-after', outcome.ttlInSeconds);
      throw new HttpError(
        429,
        'RATE_LIMIT.EXCEEDED',
        'Too many requests with this API key. Try again later.',
        {
          limit: outcome.max,
          retryAfterSeconds: outcome.ttlInSeconds,
        },
      );
    });
  },
  { name: 'authentication', dependencies: ['security'] },
);

/**
 * Authenticates every route of the scope it is installed in, unless the route says `config: { public: true }`.
 * Routes never parse tokens: they call `caller(request)`.
 */
export function requireAuthentication(scope: FastifyInstance): void {
  scope.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public) return;
    await scope.authenticateRequest(request, reply);
  });
}

/** The authenticated caller of a protected route (a session or an API key). */
export function caller(request: FastifyRequest): Caller {
  if (!request.auth) throw AuthErrors.unauthenticated();
  return request.auth;
}

/** The caller of a `sessionOnly` route: always a signed-in session, never an API key. */
export function sessionCaller(request: FastifyRequest): SessionCaller {
  const auth = caller(request);
  if (auth.via !== 'session') throw AuthErrors.apiKeyForbidden();
  return auth;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sets `request.auth` from the bearer token or API key (see authenticationPlugin). */
    authenticateRequest(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
  interface FastifyRequest {
    /** The verified caller, set by the authentication plugin on every non-public /api/v1 route. */
    auth: Caller | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a bearer token (register, login, refresh). */
    public?: boolean;
    /** Account-level: a signed-in session only, never an API key (403 AUTH.API_KEY_FORBIDDEN). */
    sessionOnly?: boolean;
  }
}
