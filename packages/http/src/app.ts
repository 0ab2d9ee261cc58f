import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { composeApp } from './composition-root.js';
import type { DependencyContainer } from './composition/container.js';
import type { AppConfig } from './config/config.js';
import { frameworkErrorOptions } from './errors/framework-errors.js';
import { redactingSerializers } from './logging/redacting-serializers.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { eventStreamsPlugin } from './plugins/event-streams.js';
import { inputGuardPlugin } from './plugins/input-guard.js';
import { observabilityPlugin } from './plugins/observability.js';
import { authenticationPlugin } from './plugins/authentication.js';
import { openApiPlugin } from './plugins/openapi.js';
import { securityPlugin } from './plugins/security.js';
import { DownloadLinks } from './mcp/download-links.js';
import { apiV1 } from './routes/api-v1.js';
import { mcpRoutes } from './routes/mcp/index.js';
import { systemRoutes } from './routes/system/index.js';
import { compiledSerializerCompiler } from './serialization/compiled-serializer.js';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/u;

function loggerOptions(config: AppConfig, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // Nothing personal in logs: errors without bound values, requests without query strings or headers.
    serializers: redactingSerializers,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    ...(stream ? { stream } : {}),
    ...(config.nodeEnv === 'development'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}

/** Pino's destination: anything with `write(line)`. */
export interface DestinationStream {
  write(line: string): void;
}

export interface BuildOptions {
  /** Where log lines go instead of stdout (tests read them back). */
  logStream?: DestinationStream;
  /** The deadline for a request to arrive (REQUEST_TIMEOUT_MS unless a test shortens it). */
  requestTimeoutMs?: number;
}

/**
 * A request's headers and body must have arrived within this long, else it is answered 408
 * `HTTP.REQUEST_TIMEOUT` and its connection closed. Fastify sets no deadline by default (and turns off Node's):
 * a body sent a byte at a time held its connection, and one of the server's sockets, for as long as the sender
 * liked. Two minutes carries a 5 MB upload at 50 KB/s; an answer being written (an event stream) is not bound.
 */
export const REQUEST_TIMEOUT_MS = 120_000;

/**
 * The whole HTTP application, not yet listening: server.ts listens, tests use `app.inject`. Migrations run
 * when the app becomes ready and the database closes with it.
 */
export async function buildApp(
  config: AppConfig,
  container: DependencyContainer,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout,
    // Node looks for requests past their deadline this often (every 30 s by default), and only once the
    // headers' own deadline (60 s by default) is no later than the request's.
    http: {
      connectionsCheckingInterval: Math.min(30_000, requestTimeout / 4),
      headersTimeout: Math.min(60_000, requestTimeout),
    },
    trustProxy: config.trustProxy,
    // Keep a caller's correlation id when it is sane, so one id follows a request across services.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Idle keep-alive sockets are closed on shutdown; requests in flight are allowed to finish.
    forceCloseConnections: 'idle',
    // The observability plugin writes one line per request, with its route template, status and duration.
    logController: new LogController({ disableRequestLogging: true }),
    ...frameworkErrorOptions,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializerCompiler({ checkAgainstZod: config.nodeEnv !== 'production' }));

  const { adapters, useCases, start, stop } = composeApp(container, app.log);
  app.addHook('onReady', start);
  app.addHook('onClose', stop);
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  await app.register(errorHandlerPlugin);
  await app.register(inputGuardPlugin);
  await app.register(securityPlugin, { config, redis: adapters.redis });
  await app.register(authenticationPlugin, {
    apiKeyRateLimit: config.apiKeyRateLimit,
    authenticate: useCases.accounts.authenticate,
  });
  await app.register(observabilityPlugin, {
    metrics: adapters.metrics,
    metricsToken: config.metricsToken,
    tasks: adapters.taskQueue,
  });
  const { revocations } = useCases.accounts;
  await app.register(eventStreamsPlugin, { isRevoked: (sessionId) => revocations.isRevoked(sessionId) });
  await app.register(openApiPlugin);
  await app.register(systemRoutes, { useCases: useCases.system });
  await app.register(apiV1, { prefix: '/api/v1', config, useCases });
  await app.register(mcpRoutes, { links: new DownloadLinks(config.jwtSecret), useCases });

  return app;
}
