import { AuthErrors, type AccessClaims } from '@tailor/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Turns the bearer token into the caller for every route of the scope it is installed in, unless the route
 * says `config: { public: true }`. Routes never parse tokens: they call `caller(request)`.
 */
export function requireAuthentication(scope: FastifyInstance): void {
  scope.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.public) return;
    request.auth = await scope.useCases.authenticate.execute(request.headers.authorization);
  });
}

/** The authenticated caller of a protected route. */
export function caller(request: FastifyRequest): AccessClaims {
  if (!request.auth) throw AuthErrors.unauthenticated();
  return request.auth;
}
