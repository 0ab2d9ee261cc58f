import { isDomainError, isErrorCode } from '@tailor/domain';
import fp from 'fastify-plugin';
import { boundErrorBody } from '../errors/bounded-details.js';
import { envelope } from '../errors/error-envelope.js';
import { toErrorResponse } from '../errors/to-error-response.js';

/** One place that turns every failure, and every unknown route, into the error envelope. */
export const errorHandlerPlugin = fp(
  async (app) => {
    app.setErrorHandler((error, request, reply) => {
      const response = toErrorResponse(error, request.id);
      const status = response.status;
      const body = boundErrorBody(response.body);
      // Lockouts and quotas say when to come back; clients (and proxies) read it from the standard header.
      const retryAfter = body.error.details.retryAfterSeconds;
      if (typeof retryAfter === 'number' && !reply.hasHeader('retry-after'))
        reply.header('retry-after', String(retryAfter));
      if (isDomainError(error) && !isErrorCode(error.code))
        request.log.error({ err: error, code: error.code }, 'request failed: error code without a status');
      else if (status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: body.error.code, status }, 'request refused');
      return reply.status(status).send(body);
    });

    app.setNotFoundHandler((request, reply) =>
      reply
        .status(404)
        .send(envelope('HTTP.NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`)),
    );
  },
  { name: 'error-handler' },
);
